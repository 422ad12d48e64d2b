import Foundation
import Testing

@testable import ComplyKit

/// The shipped calendars, read from `Rules/calendars/*.yaml` with a plain text scan (the files are flow
/// lists of dates on one line each), so the data is tested independently of the YAML reader.
private enum ShippedCalendars {
  static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Rules/calendars")

  static func load(_ id: String) throws -> WorkCalendar {
    let text = try String(contentsOf: directory.appendingPathComponent("\(id).yaml"), encoding: .utf8)
    func days(_ key: String) throws -> Set<Day> {
      let line = try #require(text.split(separator: "\n").first { $0.hasPrefix("\(key):") })
      let open = try #require(line.firstIndex(of: "["))
      let close = try #require(line.lastIndex(of: "]"))
      let items = line[line.index(after: open)..<close].split(separator: ",")
      return Set(try items.map { try #require(Day(iso: $0.trimmingCharacters(in: .whitespaces))) })
    }
    let holidays = try days("holidays")
    let workdays = try days("workdays")
    let years = Set(holidays.map(\.year)).union(workdays.map(\.year))
    return WorkCalendar(holidays: holidays, workdays: workdays, years: years)
  }

  static func all() throws -> WorkCalendar {
    try ["cn-2024", "cn-2025", "cn-2026"].map(load).reduce(WorkCalendar.empty) { $0.merging($1) }
  }
}

private func day(_ text: String) -> Day {
  guard let day = Day(iso: text) else { fatalError("bad test date \(text)") }
  return day
}

@Suite struct WorkCalendarTests {
  @Test func nationalDay2025() throws {
    let calendar = try ShippedCalendars.all()
    #expect(calendar.isWorkday(day("2025-09-28")))  // Sunday, make-up
    #expect(calendar.isWorkday(day("2025-10-11")))  // Saturday, make-up
    for d in 1...8 { #expect(!calendar.isWorkday(day("2025-10-0\(d)"))) }
    #expect(!calendar.isWorkday(day("2025-10-12")))  // ordinary Sunday
    #expect(calendar.isWorkday(day("2025-10-09")))
    // 09-26 Fri, 09-27 Sat (off), 09-28 Sun (make-up), 09-29, 09-30.
    #expect(calendar.workdays(from: day("2025-09-26"), through: day("2025-09-30")) == 4)
    #expect(
      calendar.workdayList(from: day("2025-09-26"), through: day("2025-09-30")).map(\.description) == [
        "2025-09-26", "2025-09-28", "2025-09-29", "2025-09-30",
      ])
  }

  @Test func fiveWorkingDaysOnlyThroughMakeUpSaturday() throws {
    let calendar = try ShippedCalendars.all()
    // 09-29, 09-30, (10-01…10-08 off), 10-09, 10-10, 10-11 (Saturday, make-up).
    #expect(calendar.workdays(from: day("2025-09-29"), through: day("2025-10-10")) == 4)
    #expect(calendar.workdays(from: day("2025-09-29"), through: day("2025-10-11")) == 5)
    #expect(
      calendar.workdayList(from: day("2025-09-29"), through: day("2025-10-11")).map(\.description) == [
        "2025-09-29", "2025-09-30", "2025-10-09", "2025-10-10", "2025-10-11",
      ])
    // By weekdays alone the same span would have 10.
    #expect(WorkCalendar.empty.workdays(from: day("2025-09-29"), through: day("2025-10-11")) == 10)
  }

  @Test func springFestival2025() throws {
    let calendar = try ShippedCalendars.all()
    // 01-26 Sun make-up; 01-28…02-04 off; 02-08 Sat make-up.
    #expect(calendar.workdays(from: day("2025-01-25"), through: day("2025-02-09")) == 1 + 1 + 3 + 1)
  }

  @Test func spansAcrossYearEnds() throws {
    let calendar = try ShippedCalendars.all()
    // 2024-12-30, 12-31, (2025-01-01 off), 01-02, 01-03.
    #expect(calendar.workdays(from: day("2024-12-30"), through: day("2025-01-03")) == 4)
    // 2025-12-29…31, (2026-01-01…03 off), 01-04 (Sunday, make-up), 01-05.
    #expect(calendar.workdays(from: day("2025-12-29"), through: day("2026-01-05")) == 5)
    #expect(calendar.uncoveredYears(from: day("2024-12-30"), through: day("2026-01-05")).isEmpty)
    // Whole year: 2025 has 261 weekdays, 18 of them days off, and 5 make-up days.
    #expect(calendar.workdays(from: day("2025-01-01"), through: day("2025-12-31")) == 261 - 18 + 5)
  }

  @Test func yearWithoutCalendar() throws {
    let calendar = try ShippedCalendars.all()
    #expect(calendar.uncoveredYears(from: day("2023-12-25"), through: day("2024-01-05")) == [2023])
    #expect(calendar.uncoveredYears(from: day("2026-12-28"), through: day("2028-01-03")) == [2027, 2028])
    #expect(calendar.uncoveredYears(from: day("2022-06-01"), through: day("2022-06-30")) == [2022])
    // 2027-01-01 is a Friday: with no 2027 calendar it counts as a working day.
    #expect(calendar.isWorkday(day("2027-01-01")))
    #expect(calendar.workdays(from: day("2026-12-28"), through: day("2027-01-03")) == 5)
    // 2024 New Year's Day (Monday) is off; 2023-12-25 Mon … 12-29 Fri count by weekdays alone.
    #expect(calendar.workdays(from: day("2023-12-25"), through: day("2024-01-05")) == 5 + 4)
  }

  @Test func emptyAndReversedRanges() throws {
    let calendar = try ShippedCalendars.all()
    #expect(calendar.workdays(from: day("2025-10-11"), through: day("2025-10-10")) == 0)
    #expect(calendar.workdayList(from: day("2025-10-11"), through: day("2025-10-10")).isEmpty)
    #expect(calendar.uncoveredYears(from: day("2028-01-02"), through: day("2027-01-01")).isEmpty)
    // A single day.
    #expect(calendar.workdays(from: day("2025-10-11"), through: day("2025-10-11")) == 1)
    #expect(calendar.workdays(from: day("2025-10-01"), through: day("2025-10-01")) == 0)
    #expect(calendar.workdays(from: day("2025-10-12"), through: day("2025-10-12")) == 0)
    #expect(WorkCalendar.empty.workdays(from: day("2025-10-13"), through: day("2025-10-13")) == 1)
    #expect(WorkCalendar.empty.uncoveredYears(from: day("2025-10-13"), through: day("2025-10-13")) == [2025])
  }

  @Test func shippedDataMatchesTheNotices() throws {
    let counts = [("cn-2024", 28, 8), ("cn-2025", 28, 5), ("cn-2026", 33, 6)]
    for (id, holidays, workdays) in counts {
      let calendar = try ShippedCalendars.load(id)
      #expect(calendar.holidays.count == holidays, "\(id)")
      #expect(calendar.workdays.count == workdays, "\(id)")
      #expect(calendar.workdays.allSatisfy { $0.isWeekend }, "\(id): make-up days fall on weekends")
      #expect(calendar.years == [Int(id.dropFirst(3)) ?? 0])
    }
  }

  @Test func mergingLetsTheLaterCalendarWin() {
    let shipped = WorkCalendar(holidays: [day("2025-10-08")], workdays: [day("2025-10-11")], years: [2025])
    let local = WorkCalendar(holidays: [day("2025-10-11")], workdays: [day("2025-10-08")], years: [2025])
    let merged = shipped.merging(local)
    #expect(merged.isWorkday(day("2025-10-08")))
    #expect(!merged.isWorkday(day("2025-10-11")))
    #expect(merged.workdays(from: day("2025-10-06"), through: day("2025-10-12")) == 5)
    let other = WorkCalendar(holidays: [day("2027-01-01")], workdays: [], years: [2027])
    #expect(shipped.merging(other).years == [2025, 2027])
    #expect(!shipped.merging(other).isWorkday(day("2027-01-01")))
  }

  /// The arithmetic count agrees with counting day by day, over many spans (also before 1970).
  @Test func countMatchesDayByDay() throws {
    let calendar = try ShippedCalendars.all()
    var generator = SystemRandomNumberGenerator()
    let low = day("2023-06-01").ordinal
    let high = day("2027-06-30").ordinal
    for _ in 0..<400 {
      let a = Int.random(in: low...high, using: &generator)
      let b = Int.random(in: a...min(a + 400, high), using: &generator)
      let start = Day(ordinal: a)
      let end = Day(ordinal: b)
      let slow = (a...b).count { calendar.isWorkday(Day(ordinal: $0)) }
      #expect(calendar.workdays(from: start, through: end) == slow, "\(start)…\(end)")
      #expect(calendar.workdayList(from: start, through: end).count == slow)
    }
    for a in -20...20 {
      for length in 0...15 {
        let slow = (a...(a + length)).count { !Day(ordinal: $0).isWeekend }
        #expect(WorkCalendar.empty.workdays(from: Day(ordinal: a), through: Day(ordinal: a + length)) == slow)
      }
    }
  }
}
