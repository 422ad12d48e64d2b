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
    /// Written already, at the indentation where it goes (see `ObjectWriter`).
    case raw([UInt8])
  }

  /// `capacity`: room to reserve at once (a report knows about how long its findings are).
  static func render(_ value: Value, capacity: Int = 4096) -> String {
    var out: [UInt8] = []
    out.reserveCapacity(capacity)
    write(value, indent: 0, into: &out)
    out.append(UInt8(ascii: "\n"))
    return String(decoding: out, as: UTF8.self)
  }

  fileprivate static func newline(_ indent: Int, into out: inout [UInt8]) {
    out.append(UInt8(ascii: "\n"))
    out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: indent * 2))
  }

  static func write(_ value: Value, indent: Int, into out: inout [UInt8]) {
    switch value {
    case .string(let s): quote(s, into: &out)
    case .int(let i): writeInt(i, into: &out)
    case .bool(let b): out.append(contentsOf: (b ? "true" : "false").utf8)
    case .null: out.append(contentsOf: "null".utf8)
    case .raw(let bytes): out.append(contentsOf: bytes)
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

  /// Decimal digits without going through a String.
  static func writeInt(_ i: Int, into out: inout [UInt8]) {
    if i < 0 { out.append(UInt8(ascii: "-")) }
    // Lowest digit first, then turned around in place.
    let start = out.count
    var rest = i.magnitude
    repeat {
      out.append(UInt8(ascii: "0") + UInt8(rest % 10))
      rest /= 10
    } while rest > 0
    out[start...].reverse()
  }

  /// Writes one object's entries straight into bytes, laid out as `write` lays out `.object`: for
  /// the many small objects of a report (a finding each), without building a `Value` per entry.
  struct ObjectWriter {
    private(set) var out: [UInt8] = []
    private let indent: Int
    private var entries = 0

    init(indent: Int, capacity: Int = 512) {
      self.indent = indent
      out.reserveCapacity(capacity)
      out.append(UInt8(ascii: "{"))
    }

    private mutating func key(_ key: String) {
      if entries > 0 { out.append(UInt8(ascii: ",")) }
      entries += 1
      JSONWriter.newline(indent + 1, into: &out)
      JSONWriter.quote(key, into: &out)
      out.append(contentsOf: ": ".utf8)
    }

    mutating func string(_ key: String, _ value: String) {
      self.key(key)
      JSONWriter.quote(value, into: &out)
    }

    mutating func optional(_ key: String, _ value: String?) {
      guard let value else {
        self.key(key)
        return out.append(contentsOf: "null".utf8)
      }
      string(key, value)
    }

    mutating func int(_ key: String, _ value: Int) {
      self.key(key)
      JSONWriter.writeInt(value, into: &out)
    }

    /// The object's bytes, closed.
    consuming func finish() -> [UInt8] {
      if entries == 0 { return Array("{}".utf8) }
      JSONWriter.newline(indent, into: &out)
      out.append(UInt8(ascii: "}"))
      return out
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
