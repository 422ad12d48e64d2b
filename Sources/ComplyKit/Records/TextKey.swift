import Foundation

/// Record text used as a dictionary key, hashed and compared by its UTF-8 bytes.
///
/// `String`'s own hashing normalizes Unicode first, which dominates an index over Chinese names and
/// titles; records are compared as written everywhere else too (see `Value.sameBytes`).
struct TextKey: Hashable, Sendable {
  let text: String

  init(_ text: String) { self.text = text }

  func hash(into hasher: inout Hasher) {
    let hashed: Void? = text.utf8.withContiguousStorageIfAvailable { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    if hashed == nil {
      var copy = text
      copy.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
  }

  static func == (a: TextKey, b: TextKey) -> Bool { Value.sameBytes(a.text, b.text) }
}
