/// How comply reads scalar text. YAML 1.2 core-schema for plain scalars, with two deliberate choices:
/// `yes`/`no`/`on`/`off` stay strings (YAML 1.1 would make them booleans), and a date is recognised
/// only where a date is expected, quoted or not.
extension ScalarNode {
  /// `~`, `null`, `Null`, `NULL` or an empty plain scalar.
  public var isNull: Bool {
    guard isPlain else { return tag == "tag:yaml.org,2002:null" }
    guard mayBeTyped else { return false }
    // By length first: most typed-looking text (numbers, dates) is none of these.
    switch shortLength {
    case 0: return true
    case 1: return firstByte == UInt8(ascii: "~")
    case 4: return text == "null" || text == "Null" || text == "NULL"
    default: return false
    }
  }

  public var boolValue: Bool? {
    guard mayBeTyped else { return nil }
    switch shortLength {
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
    isoDay
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
