/// One month, quarter or year that a schedule rule judges.
struct Period: Sendable {
  let label: String
  let start: Day
  let end: Day
  /// `$period` as rules read it: made once, since every organization is judged on the same periods.
  let value: Value

  init(label: String, start: Day, end: Day) {
    self.label = label
    self.start = start
    self.end = end
    value = .map(["label": .string(label), "start": .day(start), "end": .day(end), "year": .int(start.year)])
  }

  /// The whole periods of `unit` inside the window, in order.
  static func periods(_ unit: ScheduleRule.Unit, in window: AuditWindow) -> [Period] {
    var result: [Period] = []
    var year = window.from.year
    var month = 1
    while year <= window.to.year {
      let months: Int
      let label: String
      switch unit {
      case .month:
        months = 1
        label = "\(year)-\(Day.pad(month, 2))"
      case .quarter:
        months = 3
        label = "\(year)-Q\((month - 1) / 3 + 1)"
      case .year:
        months = 12
        label = "\(year)"
      }
      let lastMonth = month + months - 1
      if let start = Day(year: year, month: month, day: 1),
        let end = Day(year: year, month: lastMonth, day: Day.daysIn(year: year, month: lastMonth)),
        start >= window.from, end <= window.to
      {
        result.append(Period(label: label, start: start, end: end))
      }
      month += months
      if month > 12 {
        month = 1
        year += 1
      }
    }
    return result
  }
}
