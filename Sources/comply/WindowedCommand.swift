import ArgumentParser
import ComplyKit

/// What `audit` and `check` share beyond their option groups: the window (`--period` or
/// `--from`/`--to`), `--jobs` and `--today`, checked the same way. The options themselves stay
/// declared in each command, whose help words them for what that command does.
protocol WindowedCommand {
  var period: Int? { get }
  var from: String? { get }
  var to: String? { get }
  var jobs: Int { get }
  var today: String? { get }
}

extension WindowedCommand {
  /// A usage error (exit status 2) for a window, job count or day that cannot be used.
  func validateWindowOptions() throws {
    if period != nil, from != nil || to != nil { throw ValidationError("give --period or --from/--to, not both") }
    if (from == nil) != (to == nil) { throw ValidationError("--from and --to go together") }
    if let from, Day(iso: from) == nil { throw ValidationError("--from must be a date YYYY-MM-DD") }
    if let to, Day(iso: to) == nil { throw ValidationError("--to must be a date YYYY-MM-DD") }
    if let from = from.flatMap(Day.init(iso:)), let to = to.flatMap(Day.init(iso:)), to < from {
      throw ValidationError("--to is before --from")
    }
    if let period, AuditWindow(year: period) == nil {
      throw ValidationError("--period must be \(Day.yearsDescription)")
    }
    if jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    if let today, Day(iso: today) == nil { throw ValidationError("--today must be a date YYYY-MM-DD") }
  }

  /// The window the options give, or nil to find it from the records.
  var window: AuditWindow? {
    if let period { return AuditWindow(year: period) }
    if let from = from.flatMap(Day.init(iso:)), let to = to.flatMap(Day.init(iso:)) { return AuditWindow(from: from, to: to) }
    return nil
  }
}
