#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A file the loader read but did not parse: one that can hold nothing but meetings, parsed and
/// judged once every other file is read (see `EarlyJudging`).
struct SetAsideFile: Sendable {
  /// Index into the load's files.
  let file: Int
  /// Emptied once the file is parsed (`Slots.take`).
  var bytes: [UInt8]

  /// The set-aside files while the cores parse them: each takes the bytes of the files of its chunks
  /// (every index once), so that each file's bytes are let go as soon as it is parsed and their memory
  /// serves the trees that follow, not kept until every file is parsed.
  struct Slots: @unchecked Sendable {
    let base: UnsafeMutablePointer<SetAsideFile>

    func take(_ k: Int) -> (file: Int, bytes: [UInt8]) {
      let bytes = base[k].bytes
      base[k].bytes = []
      return (base[k].file, bytes)
    }
  }

  /// Whether `bytes` can hold nothing but meetings: every document (the text before the first `---`
  /// line, and after each) begins, after blank and comment lines, with the line `kind: meeting`; every
  /// `---` line is that alone, and no line ends a document (`...`) or gives a directive. Each document
  /// is then a mapping whose first key is `kind`, or an empty one. Conservative: a file this says no to
  /// is parsed with the others, as every file was; one it wrongly says yes to is found out once parsed.
  static func holdsOnlyMeetings(_ bytes: [UInt8]) -> Bool {
    bytes.withUnsafeBufferPointer { buffer in
      guard let base = buffer.baseAddress else { return false }
      let count = buffer.count
      var i = 0
      if count >= 3, base[0] == 0xEF, base[1] == 0xBB, base[2] == 0xBF { i = 3 }
      var expectingKind = true
      var meetings = 0
      while i < count {
        // The line [i, end), without its line break.
        let next = memchr(base + i, 0x0A, count - i).map { base.distance(to: $0.assumingMemoryBound(to: UInt8.self)) } ?? count
        var end = next
        if end > i, base[end - 1] == 0x0D { end -= 1 }
        let length = end - i
        let first = length > 0 ? base[i] : 0
        if length >= 3, base[i + 1] == first, base[i + 2] == first, first == 0x2D || first == 0x2E {
          // A document's start, alone on its line; never a document's end.
          guard first == 0x2D, length == 3 else { return false }
          expectingKind = true
        } else if expectingKind {
          if length == 0 || first == UInt8(ascii: "#") {
            // A blank or comment line before the document's first key.
          } else if length == Self.head.count, Self.head.withUnsafeBufferPointer({ head in head.baseAddress.map { memcmp(base + i, $0, length) == 0 } ?? false }) {
            expectingKind = false
            meetings += 1
          } else {
            return false
          }
        }
        i = next + 1
      }
      return meetings > 0
    }
  }

  private static let head = Array("kind: meeting".utf8)
}
