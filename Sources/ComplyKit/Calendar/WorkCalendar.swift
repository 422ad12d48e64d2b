/// Working days: Monday–Friday, minus statutory days off, plus make-up working days (调休上班日).
///
/// Counting is arithmetic: the weekdays of a span come from whole-week arithmetic, then the span is
/// corrected by binary search over two sorted lists — days off that fall on a weekday, and make-up
/// working days that fall on a weekend. Days off on a weekend and make-up days on a weekday change
/// nothing and are kept only in `holidays` / `workdays`.
public struct WorkCalendar: Sendable {
  /// Days off as the notices list them (weekend days inside a holiday included).
  public let holidays: Set<Day>
  /// Make-up working days. A day listed both as a day off and as a working day is a working day.
  public let workdays: Set<Day>
  /// The years that some calendar covers; other years are counted by weekdays alone.
  public let years: Set<Int>

  /// Ordinals of days off that would otherwise be working days (Mon–Fri), sorted.
  private let weekdayHolidays: [Int]
  /// Ordinals of make-up working days that would otherwise be days off (Sat/Sun), sorted.
  private let weekendWorkdays: [Int]

  public init(holidays: Set<Day>, workdays: Set<Day>, years: Set<Int>) {
    let holidays = holidays.subtracting(workdays)
    self.holidays = holidays
    self.workdays = workdays
    self.years = years
    weekdayHolidays = holidays.filter { !$0.isWeekend }.map(\.ordinal).sorted()
    weekendWorkdays = workdays.filter(\.isWeekend).map(\.ordinal).sorted()
  }

  public static let empty = WorkCalendar(holidays: [], workdays: [], years: [])

  /// Both calendars together. Where they disagree about a day, `other` wins (a calendar given with
  /// the input overrides the shipped one).
  public func merging(_ other: WorkCalendar) -> WorkCalendar {
    WorkCalendar(
      holidays: holidays.subtracting(other.workdays).union(other.holidays),
      workdays: workdays.subtracting(other.holidays).union(other.workdays),
      years: years.union(other.years))
  }

  public func isWorkday(_ day: Day) -> Bool {
    if workdays.contains(day) { return true }
    return !day.isWeekend && !holidays.contains(day)
  }

  /// Working days from `start` through `end`, both included (0 when end < start).
  public func workdays(from start: Day, through end: Day) -> Int {
    guard start <= end else { return 0 }
    let weekdays = Self.weekdaysBefore(end.ordinal + 1) - Self.weekdaysBefore(start.ordinal)
    let off = Self.count(in: weekdayHolidays, from: start.ordinal, through: end.ordinal)
    let madeUp = Self.count(in: weekendWorkdays, from: start.ordinal, through: end.ordinal)
    return weekdays - off + madeUp
  }

  /// The years between start and end that no calendar covers (counted by weekdays alone).
  public func uncoveredYears(from start: Day, through end: Day) -> [Int] {
    guard start <= end else { return [] }
    return (start.year...end.year).filter { !years.contains($0) }
  }

  /// The working days themselves, for a message that shows which dates were counted.
  public func workdayList(from start: Day, through end: Day) -> [Day] {
    guard start <= end else { return [] }
    return (start.ordinal...end.ordinal).lazy.map(Day.init(ordinal:)).filter(isWorkday)
  }

  /// Mondays–Fridays among the ordinals below `ordinal`, relative to a fixed Monday origin (ordinal -3,
  /// 1969-12-29). Only differences of this function are meaningful; it is correct for negative ordinals.
  private static func weekdaysBefore(_ ordinal: Int) -> Int {
    let shifted = ordinal + 3  // 0 is a Monday
    let weeks = shifted >= 0 ? shifted / 7 : -((-shifted + 6) / 7)
    let rest = shifted - weeks * 7  // 0...6
    return weeks * 5 + min(rest, 5)
  }

  /// How many of the sorted `values` lie in `low...high`.
  private static func count(in values: [Int], from low: Int, through high: Int) -> Int {
    lowerBound(values, high + 1) - lowerBound(values, low)
  }

  private static func lowerBound(_ values: [Int], _ target: Int) -> Int {
    var low = 0
    var high = values.count
    while low < high {
      let mid = (low + high) / 2
      if values[mid] < target { low = mid + 1 } else { high = mid }
    }
    return low
  }
}
