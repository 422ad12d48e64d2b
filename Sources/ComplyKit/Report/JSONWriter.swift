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
    var out = ""
    write(value, indent: 0, into: &out)
    out += "\n"
    return out
  }

  static func write(_ value: Value, indent: Int, into out: inout String) {
    let pad = String(repeating: "  ", count: indent + 1)
    let closePad = String(repeating: "  ", count: indent)
    switch value {
    case .string(let s): out += quote(s)
    case .int(let i): out += String(i)
    case .bool(let b): out += b ? "true" : "false"
    case .null: out += "null"
    case .array(let items):
      if items.isEmpty {
        out += "[]"
        return
      }
      out += "[\n"
      for (i, item) in items.enumerated() {
        out += pad
        write(item, indent: indent + 1, into: &out)
        out += i == items.count - 1 ? "\n" : ",\n"
      }
      out += closePad + "]"
    case .object(let entries):
      if entries.isEmpty {
        out += "{}"
        return
      }
      out += "{\n"
      for (i, (key, item)) in entries.enumerated() {
        out += pad + quote(key) + ": "
        write(item, indent: indent + 1, into: &out)
        out += i == entries.count - 1 ? "\n" : ",\n"
      }
      out += closePad + "}"
    }
  }

  static func quote(_ s: String) -> String {
    var out = "\""
    for scalar in s.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      default:
        if scalar.value < 0x20 {
          let hex = String(scalar.value, radix: 16)
          out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    return out + "\""
  }
}

extension JSONWriter.Value {
  static func optional(_ s: String?) -> Self { s.map { .string($0) } ?? .null }
}
