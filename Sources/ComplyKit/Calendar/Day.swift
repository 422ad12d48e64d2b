/// A calendar date (no time, no zone), stored as days since 1970-01-01 (proleptic Gregorian).
public struct Day: Sendable, Hashable, Comparable, CustomStringConvertible {
  public let ordinal: Int

  public init(ordinal: Int) { self.ordinal = ordinal }

  /// The years a date may have: those `YYYY-MM-DD` can spell. Arithmetic that would leave them gives no
  /// date (and cannot overflow).
  public static var years: ClosedRange<Int> { 0...9999 }

  /// How messages name `years`: "a year from 0 to 9999".
  public static var yearsDescription: String { "a year from \(years.lowerBound) to \(years.upperBound)" }

  /// `nil` when the date does not exist (2025-02-30) or its year is outside `Day.years`.
  public init?(year: Int, month: Int, day: Int) {
    guard year >= Day.years.lowerBound, year <= Day.years.upperBound, month >= 1, month <= 12, day >= 1, day <= Day.daysIn(year: year, month: month) else {
      return nil
    }
    // Howard Hinnant's days_from_civil.
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let mp = (month + 9) % 12
    let doy = (153 * mp + 2) / 5 + day - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    ordinal = era * 146_097 + doe - 719_468
  }

  /// Reads exactly `YYYY-MM-DD`.
  public init?(iso text: String) {
    // Ten bytes or not a date; read in place (most texts are not ten bytes long).
    guard text.utf8.count == 10 else { return nil }
    let fields = text.utf8.withContiguousStorageIfAvailable(Self.isoFields) ?? Self.isoFields(Array(text.utf8))
    guard let fields else { return nil }
    self.init(year: fields.year, month: fields.month, day: fields.day)
  }

  /// `YYYY-MM-DD` read from ten bytes.
  private static func isoFields(_ bytes: some RandomAccessCollection<UInt8>) -> (year: Int, month: Int, day: Int)? {
    var fields = (year: 0, month: 0, day: 0)
    for (position, byte) in bytes.enumerated() {
      if position == 4 || position == 7 {
        guard byte == UInt8(ascii: "-") else { return nil }
        continue
      }
      guard byte >= 48, byte <= 57 else { return nil }
      let digit = Int(byte - 48)
      if position < 4 {
        fields.year = fields.year * 10 + digit
      } else if position < 7 {
        fields.month = fields.month * 10 + digit
      } else {
        fields.day = fields.day * 10 + digit
      }
    }
    return fields
  }

  public var components: (year: Int, month: Int, day: Int) {
    let z = ordinal + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let doe = z - era * 146_097
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let d = doy - (153 * mp + 2) / 5 + 1
    let m = mp < 10 ? mp + 3 : mp - 9
    return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
  }

  public var year: Int { components.year }
  public var month: Int { components.month }
  public var day: Int { components.day }

  /// 1 = Monday … 7 = Sunday (ISO 8601).
  public var weekday: Int {
    // 1970-01-01 was a Thursday (4).
    let w = (ordinal + 3) % 7
    return (w < 0 ? w + 7 : w) + 1
  }

  public var isWeekend: Bool { weekday >= 6 }

  /// The first and last days of `Day.years`.
  static let first = Day(ordinal: -719_528)
  static let last = Day(ordinal: 2_932_896)

  /// `days` later, or nil outside `Day.years`.
  public func offset(days: Int) -> Day? {
    let (sum, overflow) = ordinal.addingReportingOverflow(days)
    guard !overflow, sum >= Day.first.ordinal, sum <= Day.last.ordinal else { return nil }
    return Day(ordinal: sum)
  }

  /// The same day `months` later (the last day of the month when that day does not exist: 01-31 + 1 →
  /// 02-28), or nil outside `Day.years`.
  public func offset(months: Int) -> Day? {
    guard months.magnitude <= UInt(12 * Day.years.count) else { return nil }
    let (y, m, d) = components
    let total = y * 12 + (m - 1) + months
    let year = total >= 0 ? total / 12 : (total - 11) / 12
    let month = total - year * 12 + 1
    return Day(year: year, month: month, day: min(d, Day.daysIn(year: year, month: month)))
  }

  /// `days` later, kept inside `Day.years` (see `offset(days:)`).
  public func adding(days: Int) -> Day {
    offset(days: days) ?? (days < 0 ? Day.first : Day.last)
  }

  /// `months` later, kept inside `Day.years` (see `offset(months:)`).
  public func adding(months: Int) -> Day {
    offset(months: months) ?? (months < 0 ? Day.first : Day.last)
  }

  public static func - (lhs: Day, rhs: Day) -> Int { lhs.ordinal - rhs.ordinal }

  public static func < (lhs: Day, rhs: Day) -> Bool { lhs.ordinal < rhs.ordinal }

  public static func isLeap(_ year: Int) -> Bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
  }

  public static func daysIn(year: Int, month: Int) -> Int {
    switch month {
    case 2: isLeap(year) ? 29 : 28
    case 4, 6, 9, 11: 30
    default: 31
    }
  }

  public var description: String {
    let (y, m, d) = components
    return "\(Day.pad(y, 4))-\(Day.pad(m, 2))-\(Day.pad(d, 2))"
  }

  static func pad(_ value: Int, _ width: Int) -> String {
    let text = String(value)
    return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
  }
}
