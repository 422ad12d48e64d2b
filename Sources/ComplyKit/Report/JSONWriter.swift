/// A small JSON writer with a fixed key order (the contract's), two-space indentation and no
/// escaping of non-ASCII text, so reports are readable and byte-identical run to run.
struct JSONWriter {
  enum Value {
    case string(String)
    case int(Int)
    case bool(Bool)
    case null
    case array([Value])
    /// Keys in the order given.
    case object([(String, Value)])
  }

  static func render(_ value: Value) -> String {
    var out: [UInt8] = []
    out.reserveCapacity(4096)
    write(value, indent: 0, into: &out)
    out.append(UInt8(ascii: "\n"))
    return String(decoding: out, as: UTF8.self)
  }

  private static func newline(_ indent: Int, into out: inout [UInt8]) {
    out.append(UInt8(ascii: "\n"))
    out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: indent * 2))
  }

  static func write(_ value: Value, indent: Int, into out: inout [UInt8]) {
    switch value {
    case .string(let s): quote(s, into: &out)
    case .int(let i): out.append(contentsOf: String(i).utf8)
    case .bool(let b): out.append(contentsOf: (b ? "true" : "false").utf8)
    case .null: out.append(contentsOf: "null".utf8)
    case .array(let items):
      if items.isEmpty { return out.append(contentsOf: "[]".utf8) }
      out.append(UInt8(ascii: "["))
      for (i, item) in items.enumerated() {
        if i > 0 { out.append(UInt8(ascii: ",")) }
        newline(indent + 1, into: &out)
        write(item, indent: indent + 1, into: &out)
      }
      newline(indent, into: &out)
      out.append(UInt8(ascii: "]"))
    case .object(let entries):
      if entries.isEmpty { return out.append(contentsOf: "{}".utf8) }
      out.append(UInt8(ascii: "{"))
      for (i, (key, item)) in entries.enumerated() {
        if i > 0 { out.append(UInt8(ascii: ",")) }
        newline(indent + 1, into: &out)
        quote(key, into: &out)
        out.append(contentsOf: ": ".utf8)
        write(item, indent: indent + 1, into: &out)
      }
      newline(indent, into: &out)
      out.append(UInt8(ascii: "}"))
    }
  }

  static func quote(_ s: String) -> String {
    var out: [UInt8] = []
    quote(s, into: &out)
    return String(decoding: out, as: UTF8.self)
  }

  /// Escapes what JSON requires (quote, backslash, control characters) and copies every other byte,
  /// so non-ASCII text stays readable. Runs of bytes that need no escape are copied whole.
  static func quote(_ s: String, into out: inout [UInt8]) {
    out.append(UInt8(ascii: "\""))
    let copied: Void? = s.utf8.withContiguousStorageIfAvailable { appendEscaped($0, into: &out) }
    if copied == nil { Array(s.utf8).withUnsafeBufferPointer { appendEscaped($0, into: &out) } }
    out.append(UInt8(ascii: "\""))
  }

  private static func appendEscaped(_ bytes: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) {
    var run = 0
    for i in bytes.indices {
      let byte = bytes[i]
      guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
      out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<i]))
      run = i + 1
      switch byte {
      case UInt8(ascii: "\""): out.append(contentsOf: "\\\"".utf8)
      case UInt8(ascii: "\\"): out.append(contentsOf: "\\\\".utf8)
      case UInt8(ascii: "\n"): out.append(contentsOf: "\\n".utf8)
      case UInt8(ascii: "\r"): out.append(contentsOf: "\\r".utf8)
      case UInt8(ascii: "\t"): out.append(contentsOf: "\\t".utf8)
      default:
        let hex = String(byte, radix: 16)
        out.append(contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8)
      }
    }
    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run...]))
  }
}

extension JSONWriter.Value {
  static func optional(_ s: String?) -> Self { s.map { .string($0) } ?? .null }
}
