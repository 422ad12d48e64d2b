/// How comply reads scalar text. YAML 1.2 core-schema for plain scalars, with two deliberate choices:
/// `yes`/`no`/`on`/`off` stay strings (YAML 1.1 would make them booleans), and a date is recognised
/// only where a date is expected, quoted or not.
extension ScalarNode {
  /// Whether a plain scalar could read as null, a boolean or a number: only when its first byte is
  /// one of `~ n N t T f F + - 0-9` or it is empty. Lets most text skip the typed readings.
  var mayBeTyped: Bool {
    guard isPlain else { return false }
    guard let first = text.utf8.first else { return true }
    switch first {
    case UInt8(ascii: "~"), UInt8(ascii: "n"), UInt8(ascii: "N"), UInt8(ascii: "t"), UInt8(ascii: "T"),
      UInt8(ascii: "f"), UInt8(ascii: "F"), UInt8(ascii: "+"), UInt8(ascii: "-"):
      return true
    default:
      return first >= 48 && first <= 57
    }
  }

  /// `~`, `null`, `Null`, `NULL` or an empty plain scalar.
  public var isNull: Bool {
    guard isPlain else { return tag == "tag:yaml.org,2002:null" }
    guard mayBeTyped else { return false }
    // By length first: most typed-looking text (numbers, dates) is none of these.
    switch text.utf8.count {
    case 0: return true
    case 1: return text.utf8.first == UInt8(ascii: "~")
    case 4: return text == "null" || text == "Null" || text == "NULL"
    default: return false
    }
  }

  public var boolValue: Bool? {
    guard mayBeTyped else { return nil }
    switch text.utf8.count {
    case 4: return text == "true" || text == "True" || text == "TRUE" ? true : nil
    case 5: return text == "false" || text == "False" || text == "FALSE" ? false : nil
    default: return nil
    }
  }

  /// A decimal integer (`12`, `-3`, `+4`), plain only.
  public var intValue: Int? {
    guard mayBeTyped, !text.isEmpty else { return nil }
    return Int(text)
  }

  /// A `YYYY-MM-DD` date, quoted or not.
  public var dayValue: Day? {
    Day(iso: text)
  }

  /// A `YYYY-MM` month, quoted or not: the first day of that month.
  public var monthValue: Day? {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 2, parts[0].count == 4, parts[1].count == 2,
      let year = Int(parts[0]), let month = Int(parts[1])
    else { return nil }
    return Day(year: year, month: month, day: 1)
  }
}
