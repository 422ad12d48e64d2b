/// One key of a join index: the texts a record gives at a lookup's paths, hashed and compared by
/// their UTF-8 bytes as `TextIndex` does.
///
/// The key holds the record's own texts rather than one text composed of them: an organization and
/// an agenda title are two references to texts the trees hold already (a title met again is one text,
/// from the reader's cache), where a composed text was an allocation for every key, kept shared through
/// a set of every key met — at a million meetings a table of a million long texts that no cache held.
/// A lookup of three paths or more keeps the texts after the first joined by `LookupKey.separator`.
struct JoinKey: Hashable, Sendable {
  /// The text at the first path.
  let first: String
  /// The text at the second path (and the later ones, joined); nil for a lookup of one path.
  let rest: String?
  /// The texts' bytes hashed once, when the key is made: the loader makes a record's keys on the core
  /// that parsed it, so the store files them (and picks their part of the index, see `JoinIndex`)
  /// without reading the texts again; a look-up hashes its key once for both.
  let hash: Int

  init(_ first: String, _ rest: String? = nil) {
    self.first = first
    self.rest = rest
    let head = TextHash.of(first)
    hash = rest.map { TextHash.of($0, seed: head) } ?? head
  }

  func hash(into hasher: inout Hasher) {
    hasher.combine(hash)
  }

  /// The stored hash, mixed with a dictionary's seed by one multiply–xorshift step.
  func _rawHashValue(seed: Int) -> Int {
    var h = UInt64(UInt(bitPattern: hash ^ seed)) &* 0xFF51_AFD7_ED55_8CCD
    h ^= h >> 32
    return Int(bitPattern: UInt(h))
  }

  static func == (a: JoinKey, b: JoinKey) -> Bool {
    guard a.hash == b.hash, Value.sameBytes(a.first, b.first) else { return false }
    switch (a.rest, b.rest) {
    case (nil, nil): return true
    case (let x?, let y?): return Value.sameBytes(x, y)
    default: return false
    }
  }
}
