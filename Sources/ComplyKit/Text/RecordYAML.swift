/// Writes a record as YAML in the layout of `records.md` (block mappings and lists, text in double
/// quotes), so that a record read from plain text can be looked at or kept as a structured record.
public enum RecordYAML {
  public static func render(_ record: MappingNode) -> String {
    var out = ""
    write(mapping: record, indent: 0, into: &out)
    return out
  }

  private static func write(mapping: MappingNode, indent: Int, into out: inout String) {
    let pad = String(repeating: "  ", count: indent)
    for (i, entry) in mapping.entries.enumerated() {
      if i > 0 || !out.hasSuffix("- ") { out += pad }
      out += key(entry.key.text) + ":"
      write(value: entry.value, indent: indent + 1, into: &out)
    }
  }

  private static func write(value: Node, indent: Int, into out: inout String) {
    switch value {
    case .scalar(let s):
      out += " " + scalar(s) + "\n"
    case .sequence(let seq):
      if seq.items.isEmpty {
        out += " []\n"
        return
      }
      out += "\n"
      let pad = String(repeating: "  ", count: indent)
      for item in seq.items {
        out += pad + "- "
        switch item {
        case .scalar(let s): out += scalar(s) + "\n"
        case .mapping(let m): write(mapping: m, indent: indent + 1, into: &out)
        case .sequence: write(value: item, indent: indent + 1, into: &out)
        }
      }
    case .mapping(let m):
      if m.entries.isEmpty {
        out += " {}\n"
        return
      }
      out += "\n"
      write(mapping: m, indent: indent, into: &out)
    }
  }

  /// `no` is quoted for YAML 1.1 readers.
  private static func key(_ text: String) -> String {
    text == "no" ? "'no'" : text
  }

  private static func scalar(_ s: ScalarNode) -> String {
    if s.isPlain, !s.text.isEmpty, s.text.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }) {
      return s.text
    }
    var out = "\""
    for c in s.text.unicodeScalars {
      switch c {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\t": out += "\\t"
      default: out.unicodeScalars.append(c)
      }
    }
    return out + "\""
  }
}
