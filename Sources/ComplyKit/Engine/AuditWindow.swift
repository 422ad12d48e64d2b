/// The span an audit judges (`--period 2025`, `--from/--to`). Schedule rules judge only whole
/// periods inside it; per-record rules judge records dated inside it, and undated ones.
public struct AuditWindow: Sendable, Equatable {
  public let from: Day
  public let to: Day

  public init(from: Day, to: Day) {
    self.from = from
    self.to = to
  }

  /// The whole calendar year.
  public init?(year: Int) {
    guard let from = Day(year: year, month: 1, day: 1), let to = Day(year: year, month: 12, day: 31) else { return nil }
    self.init(from: from, to: to)
  }

  public func contains(_ day: Day) -> Bool { day >= from && day <= to }

  /// The span of some dates, rounded out to whole years.
  public static func covering(_ days: some Swift.Sequence<Day>, roundToYears: Bool = true) -> AuditWindow? {
    var low: Day?
    var high: Day?
    for day in days {
      if low.map({ day < $0 }) ?? true { low = day }
      if high.map({ day > $0 }) ?? true { high = day }
    }
    guard let low, let high else { return nil }
    guard roundToYears, let start = Day(year: low.year, month: 1, day: 1), let end = Day(year: high.year, month: 12, day: 31)
    else { return AuditWindow(from: low, to: high) }
    return AuditWindow(from: start, to: end)
  }

  var value: Value { .map(["from": .day(from), "to": .day(to)]) }
}
