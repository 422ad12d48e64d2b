#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A file the loader read but did not parse: one that can hold nothing but one meeting, parsed and
/// judged once every other file is read (see `EarlyJudging`).
struct SetAsideFile: Sendable {
  /// Index into the load's files.
  let file: Int
  let bytes: [UInt8]

  /// Whether `bytes` can hold nothing but one meeting: they begin with the line `kind: meeting` (after
  /// a byte-order mark, if any) and no line begins a document or ends one (`---`, `...`), so that
  /// libyaml reads one document at most, a mapping whose first key is `kind`. Conservative: a file this
  /// says no to is parsed with the others, as every file was.
  static func holdsOneMeeting(_ bytes: [UInt8]) -> Bool {
    bytes.withUnsafeBufferPointer { buffer in
      guard let base = buffer.baseAddress else { return false }
      let count = buffer.count
      var start = 0
      if count >= 3, base[0] == 0xEF, base[1] == 0xBB, base[2] == 0xBF { start = 3 }
      let head = Self.head
      guard count > start + head.count else { return false }
      for k in 0..<head.count where base[start + k] != head[k] { return false }
      var i = start + head.count
      if base[i] == 0x0D { i += 1 }
      guard i < count, base[i] == 0x0A else { return false }
      // No line may begin with `---` or `...` (a document's start or end): each line's start looked at,
      // the line breaks found by `memchr`.
      while i < count {
        i += 1
        if i + 2 < count, base[i] == base[i + 1], base[i] == base[i + 2], base[i] == 0x2D || base[i] == 0x2E { return false }
        guard i < count, let next = memchr(base + i, 0x0A, count - i) else { break }
        i = base.distance(to: next.assumingMemoryBound(to: UInt8.self))
      }
      return true
    }
  }

  private static let head = Array("kind: meeting".utf8)
}
