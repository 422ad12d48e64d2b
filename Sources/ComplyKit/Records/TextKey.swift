import Foundation

/// Record text used as a dictionary key, hashed and compared by its UTF-8 bytes.
///
/// `String`'s own hashing normalizes Unicode first, which dominates an index over Chinese names and
/// titles; records are compared as written everywhere else too (see `Value.sameBytes`).
struct TextKey: Hashable, Sendable {
  let text: String

  init(_ text: String) { self.text = text }

  func hash(into hasher: inout Hasher) {
    let hashed: Void? = text.utf8.withContiguousStorageIfAvailable { Self.hash($0, into: &hasher) }
    if hashed == nil {
      var copy = text
      copy.withUTF8 { Self.hash($0, into: &hasher) }
    }
  }

  /// Short keys (ids, most names) are fed to the hasher as two words and a length, which it takes
  /// faster than a byte buffer; equal bytes give equal words, so equal keys hash alike.
  private static func hash(_ bytes: UnsafeBufferPointer<UInt8>, into hasher: inout Hasher) {
    guard bytes.count <= 16, let base = bytes.baseAddress else {
      hasher.combine(bytes: UnsafeRawBufferPointer(bytes))
      return
    }
    var words: (UInt64, UInt64) = (0, 0)
    withUnsafeMutableBytes(of: &words) { $0.baseAddress?.copyMemory(from: base, byteCount: bytes.count) }
    hasher.combine(words.0)
    hasher.combine(words.1)
    hasher.combine(UInt8(truncatingIfNeeded: bytes.count))
  }

  static func == (a: TextKey, b: TextKey) -> Bool { Value.sameBytes(a.text, b.text) }
}
