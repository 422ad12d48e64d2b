/// The hash of record text by its UTF-8 bytes, for the store's indexes (`TextIndex`, `JoinKey`) and
/// the reader's cache of scalar texts.
///
/// `String`'s own hashing normalizes Unicode first, which dominates an index over Chinese names and
/// titles; records are compared as written everywhere else too (see `Value.sameBytes`). The bytes are
/// mixed eight at a time with multiply–xorshift steps and a final avalanche instead of being fed to the
/// standard SipHash `Hasher` (a fifth of the cost for ids and names, whose look-ups every reference
/// check and join makes). The texts are the audit's own records, so a hash chosen to resist hostile
/// inputs buys nothing here.
enum TextHash {
  /// The hash of `text`'s bytes, mixed with `seed`.
  static func of(_ text: String, seed: Int = 0) -> Int {
    if let hash = text.utf8.withContiguousStorageIfAvailable({ mix($0, seed: seed) }) { return hash }
    var copy = text
    return copy.withUTF8 { mix($0, seed: seed) }
  }

  /// The hash of `bytes` (also the reader's, for its cache of scalar texts).
  static func mix(_ bytes: UnsafeBufferPointer<UInt8>, seed: Int) -> Int {
    let raw = UnsafeRawBufferPointer(bytes)
    let count = raw.count
    var h = UInt64(UInt(bitPattern: seed)) ^ (UInt64(count) &* 0x9E37_79B9_7F4A_7C15)
    var i = 0
    while i + 8 <= count {
      h = (h ^ raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0xFF51_AFD7_ED55_8CCD
      h ^= h >> 32
      i += 8
    }
    if i < count, let base = raw.baseAddress {
      // The last one to seven bytes: read as the last eight (overlapping what was mixed) when the text
      // has eight, else as `word` reads them, so that no byte is read one at a time.
      let tail = count >= 8 ? raw.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self) : word(base, count: count)
      h = (h ^ tail) &* 0xC4CE_B9FE_1A85_EC53
      h ^= h >> 29
    }
    // The finalizer of MurmurHash3: every input bit reaches every output bit.
    h ^= h >> 33
    h &*= 0xFF51_AFD7_ED55_8CCD
    h ^= h >> 33
    h &*= 0xC4CE_B9FE_1A85_EC53
    h ^= h >> 33
    return Int(bitPattern: UInt(h))
  }

  /// One to eight bytes at `p` in one word, by overlapping loads rather than byte by byte: for a given
  /// count, different bytes give different words (also the reader's, to pack short scalar texts).
  @inline(__always)
  static func word(_ p: UnsafeRawPointer, count: Int) -> UInt64 {
    if count >= 4 {
      return UInt64(p.loadUnaligned(as: UInt32.self)) << 32 | UInt64(p.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self))
    }
    let bytes = p.assumingMemoryBound(to: UInt8.self)
    return UInt64(bytes[0]) << 16 | UInt64(bytes[count / 2]) << 8 | UInt64(bytes[count - 1])
  }
}
