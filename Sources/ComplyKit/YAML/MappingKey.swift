/// A key looked up in many mappings (a field name of a compiled rule path): its UTF-8 length and
/// first byte, which `MappingNode` compares before any text, are worked out once instead of at
/// every look-up.
struct MappingKey: Sendable {
  let text: String
  let length: UInt16
  let firstByte: UInt8

  init(_ text: String) {
    self.text = text
    length = UInt16(clamping: text.utf8.count)
    firstByte = text.utf8.first ?? 0
  }

  /// With the text's UTF-8 length and first byte given (generated code: nothing to count at run time).
  init(text: String, length: UInt16, firstByte: UInt8) {
    self.text = text
    self.length = length
    self.firstByte = firstByte
  }
}

extension MappingNode {
  /// Where `key` is: its first entry, as `self[key.text]` finds it.
  @inline(__always)
  func index(of key: MappingKey) -> Int? {
    index(ofText: key.text, length: key.length, firstByte: key.firstByte)
  }

  /// The value under `key`, as `self[key.text]` finds it. Inlined: where the caller only looks at the
  /// node, the optimizer can then read it in place rather than take a reference to it.
  @inline(__always)
  subscript(key: MappingKey) -> Node? {
    index(of: key).map { entries[$0].value }
  }

  /// Whether the value at `key` is a scalar that can only read as text, with the bytes of `text`; nil
  /// when there is no such scalar there.
  func value(at key: MappingKey, isText text: String) -> Bool? {
    guard let i = index(of: key) else { return nil }
    return entries.withUnsafeBufferPointer { $0[i].value.isText(text) }
  }

  /// Whether `key` is there with a value other than null, read in place.
  func hasValue(at key: MappingKey) -> Bool {
    guard let i = index(of: key) else { return false }
    return entries.withUnsafeBufferPointer { !$0[i].value.isNullScalar }
  }
}
