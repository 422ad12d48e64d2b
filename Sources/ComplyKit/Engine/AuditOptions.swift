/// Everything that shapes one audit, decided before it starts and never changed during it.
public struct AuditOptions: Sendable {
  /// nil: the span of the records' dates, rounded out to whole years.
  public var window: AuditWindow?
  /// Worker threads (1 = no parallelism). Output is the same whatever the number.
  public var jobs: Int
  /// In `comply check`, references to records that are not given are not findings.
  public var checkReferences: Bool
  /// Rule id → parameter name → value, over the rule's defaults.
  public var parameters: [String: [String: Value]]
  public var disabledRules: Set<String>
  public var severities: [String: Severity]
  /// Round a window found from the records out to whole years (examples use the exact span).
  public var roundWindowToYears: Bool
  /// The day of the audit. A window found from the records ends no later than the end of its year:
  /// a date typed years ahead (`8714-03-11`) would otherwise stretch it over millennia of "missed"
  /// meetings. nil: no such bound.
  public var today: Day?
  /// Build `AuditResult.schedule`, the month-by-month grid the readable reports show (false: leave it
  /// empty; findings are the same).
  public var buildsScheduleGrid: Bool
  /// Render each finding's English message as well as its Chinese one (false: a run whose reports are
  /// all in Chinese; `Finding.message.en` then holds the Chinese text). Findings are the same otherwise.
  public var rendersEnglish: Bool
  /// Called as the audit goes, with the steps done and the steps known so far (files read, rules
  /// judged), from whichever thread did the step, one call at a time. It never changes the result.
  public var progress: (@Sendable (_ done: Int, _ total: Int) -> Void)?
  /// Measure how long each step and each rule took (`AuditResult.timings`). It never changes the result.
  public var timings: Bool
  /// Called once the files are listed, before any is read, with their number (the executable stops
  /// readying memory for the records then: see its `MemoryWarmer`). It never changes the result.
  public var listed: (@Sendable (_ files: Int) -> Void)?
  /// Whether an audit of paths keeps the meetings' trees whole or cut down (`RecordKeeping`; by default
  /// by the input's size). A program that reads `AuditResult.store` after the audit asks for `.whole`.
  /// Findings are the same either way.
  public var recordKeeping = RecordKeeping.automatic

  public init(
    window: AuditWindow? = nil, jobs: Int = 1, checkReferences: Bool = true, parameters: [String: [String: Value]] = [:],
    disabledRules: Set<String> = [], severities: [String: Severity] = [:], roundWindowToYears: Bool = true,
    today: Day? = nil, buildsScheduleGrid: Bool = true, rendersEnglish: Bool = true, progress: (@Sendable (_ done: Int, _ total: Int) -> Void)? = nil,
    timings: Bool = false
  ) {
    self.window = window
    self.jobs = max(1, jobs)
    self.checkReferences = checkReferences
    self.parameters = parameters
    self.disabledRules = disabledRules
    self.severities = severities
    self.roundWindowToYears = roundWindowToYears
    self.today = today
    self.buildsScheduleGrid = buildsScheduleGrid
    self.rendersEnglish = rendersEnglish
    self.progress = progress
    self.timings = timings
  }
}

/// What an audit found, with the counts a summary shows.
public struct AuditResult: Sendable {
  public internal(set) var findings: [Finding]
  public let window: AuditWindow?
  public let files: Int
  public let records: Int
  public let rules: [Rule]
  /// Rule id → what the rule judged, as gathered (unsorted, may repeat); see `checked`.
  var judgedLabels: [String: [String]] = [:]
  /// Rule id → the records of `store` the rule judged, labelled by `checked`.
  var judgedRecords: [String: [Int]] = [:]
  /// The rules that judged every file of `store` (`schema.parse`), labelled by `checked`.
  var judgedAllFiles: Set<String> = []
  /// Each organization's meetings month by month over the window (for the HTML and Markdown reports).
  public internal(set) var schedule: [OrganizationSchedule] = []
  /// The records judged, indexed: for a program that wants to look further into them. (A command
  /// that exits right after its report also spares itself tearing them down.)
  public internal(set) var store: RecordStore?
  /// How long the steps and the rules took, when `AuditOptions.timings` asked.
  public var timings: AuditTimings?

  /// Rule id → what the rule judged, sorted and unique: record ids (a file's relative path for a
  /// record without one), `org-id 2025-03` for a schedule rule's periods, file paths for `schema.parse`.
  /// Every active rule has an entry. Reports that list passes as well as findings (JUnit) use it; it is
  /// put in order when asked for, since most reports never ask.
  public var checked: [String: [String]] {
    var checked: [String: [String]] = [:]
    for rule in rules {
      var labels = judgedLabels[rule.id] ?? []
      if let store, let records = judgedRecords[rule.id] {
        labels += records.map { Self.checkedLabel(store.records[$0], in: store) }
      }
      if let store, judgedAllFiles.contains(rule.id) { labels += store.files.map(\.relativePath) }
      checked[rule.id] = Array(Set(labels)).sorted()
    }
    return checked
  }

  /// The label `checked` uses for a record (and a schedule rule's period): its id, or its file's path
  /// when it has none.
  static func checkedLabel(_ record: Record, in store: RecordStore, period: String? = nil) -> String {
    checkedLabel(record: record.id.isEmpty ? nil : record.id, file: store.files[record.file], period: period)
  }

  /// The label `checked` uses for what a finding is about: the record (or the file), then the period.
  public static func checkedLabel(record: String?, file: SourceFile, period: String?) -> String {
    let subject = record ?? file.relativePath
    return period.map { "\(subject) \($0)" } ?? subject
  }
}
