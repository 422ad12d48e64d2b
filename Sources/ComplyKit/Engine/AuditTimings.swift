import Dispatch

/// How long an audit's steps took and where its rules spent their time: what `comply audit --timings`
/// prints, so that a slow rule (one's own, most likely) or a slow step of a large audit can be found
/// without a profiler. Measured only when `AuditOptions.timings` asks: the clock is then read around
/// every rule on every record (about 1% more instructions in an audit).
public struct AuditTimings: Sendable {
  /// The steps of an audit, in the order they run.
  public enum Step: String, Sendable, CaseIterable {
    /// Listing the files under the paths given.
    case list
    /// Reading and parsing the files into node trees.
    case read
    /// The record store: ids, kinds and the join indexes.
    case store
    /// The per-record rules and the schema checks, one pass over the records.
    case records
    /// The schedule rules, organization by organization.
    case schedules
    /// Gathering and sorting the findings, and the month-by-month grid the readable reports show.
    case findings
    /// Rendering the report and writing it (measured by whoever writes it).
    case report
  }

  /// Where one rule's time went: the time spent judging it, summed over the workers (with several
  /// cores, more than the wall time that passed), and how many records (or organizations) it judged.
  public struct RuleTime: Sendable, Equatable {
    /// The rule's id; the schema checks, which run together, as one entry named `schema.*`.
    public let rule: String
    public let nanoseconds: UInt64
    public let judged: Int
  }

  /// Wall time of each step that ran, in nanoseconds.
  public internal(set) var steps: [Step: UInt64] = [:]
  /// Every rule that ran, the slowest first (ties by id).
  public internal(set) var rules: [RuleTime] = []

  public init() {}

  /// Adds `nanoseconds` to a step (a caller's own step: the report it writes).
  public mutating func add(_ step: Step, nanoseconds: UInt64) {
    steps[step, default: 0] &+= nanoseconds
  }

  mutating func add(rules more: [RuleTime]) {
    rules = (rules + more).sorted { ($1.nanoseconds, $0.rule) < ($0.nanoseconds, $1.rule) }
  }

  /// The clock the timings are read from: monotonic, in nanoseconds (also for a caller's own step).
  @inline(__always)
  public static func now() -> UInt64 { DispatchTime.now().uptimeNanoseconds }
}

/// The time one worker spent on each of its rules (a slot each), or nothing when timings are off: then
/// `start` and `stop` only test a flag, so a pass over the records keeps them in its loop at no cost.
struct RuleClock: Sendable {
  let isOn: Bool
  private(set) var nanoseconds: [UInt64]

  init(slots: Int, on: Bool) {
    isOn = on
    nanoseconds = on ? Array(repeating: 0, count: slots) : []
  }

  @inline(__always)
  func start() -> UInt64 { isOn ? AuditTimings.now() : 0 }

  /// Adds the time since `started` (what `start` gave) to `slot`.
  @inline(__always)
  mutating func stop(_ slot: Int, since started: UInt64) {
    if isOn { nanoseconds[slot] &+= AuditTimings.now() &- started }
  }

  /// Another worker's times, slot by slot.
  mutating func add(_ other: RuleClock) {
    for (slot, n) in other.nanoseconds.enumerated() { nanoseconds[slot] &+= n }
  }

  /// The rules' times, rule `r` (of `rules`) from slot `r`, each with what it judged (`judged(rule id)`).
  func times(of rules: [String], judged: (String) -> Int) -> [AuditTimings.RuleTime] {
    rules.indices.map { r in AuditTimings.RuleTime(rule: rules[r], nanoseconds: nanoseconds[r], judged: judged(rules[r])) }
  }
}

/// Times an audit's steps one after another (`lap`) and collects its rules' times; made by `Audit`
/// when timings are asked for, and handed to the loader and the engine as the progress tracker is.
final class StepTimer: @unchecked Sendable {
  private let lock = Lock()
  private var last = AuditTimings.now()
  private var timings = AuditTimings()

  /// The time since the last lap (or since the timer was made) is `step`'s.
  func lap(_ step: AuditTimings.Step) {
    let now = AuditTimings.now()
    lock.withLock {
      timings.add(step, nanoseconds: now &- last)
      last = now
    }
  }

  func add(rules: [AuditTimings.RuleTime]) {
    lock.withLock { timings.add(rules: rules) }
  }

  var result: AuditTimings { lock.withLock { timings } }
}
