/// `comply check`: one document judged before it is published. The document is file 0; the context
/// (calendars, registries, the records it refers to) is read beside it but never judged, and references
/// to records that were not given are not findings.
public enum DocumentCheck {
  public struct Outcome: Sendable {
    /// The findings about the document alone; `files` is 1 and `records` counts the document's records.
    public let result: AuditResult
    /// What was read from the document (a notice's period and working days, a report's counts).
    public let documents: [DocumentSummary]
  }

  /// Reads the document (`bytes`, named by `document`; YAML, JSON or plain text) and the context paths
  /// (YAML and JSON only, as `audit` reads them), then judges the document.
  public static func run(
    document: SourceFile, bytes: [UInt8]?, context: [String], ruleSet: RuleSet, options: AuditOptions
  ) throws(RecordLoader.LoadError) -> Outcome {
    let loader = RecordLoader(jobs: options.jobs)
    let own = loader.parseDocument(document, bytes: bytes)
    let rest = try loader.load(paths: context)
    return run(own.appending(rest), ruleSet: ruleSet, options: options)
  }

  /// Judges file 0 of `loaded` with the rest as context. With no window given, the window is the span of
  /// the document's own dates (published, its period), rounded out to whole years.
  public static func run(_ loaded: RecordLoader.Output, ruleSet: RuleSet, options: AuditOptions) -> Outcome {
    var options = options
    options.checkReferences = false
    let store = RecordStore(
      files: loaded.files, documents: loaded.documents, parseIssues: loaded.issues, calendars: ruleSet.calendars,
      lookups: Engine(ruleSet: ruleSet, options: options).lookupKeys)
    let own = store.records.filter { $0.file == 0 }
    if options.window == nil {
      options.window = AuditWindow.covering(own.flatMap(dates), roundToYears: options.roundWindowToYears)
    }
    let full = Engine(ruleSet: ruleSet, options: options).run(store)
    let file = store.files.first
    let findings = full.findings.filter { $0.file == file }
    // What each rule judged of the document: its records (or the file, for one that could not be read).
    let labels = Set(
      own.map { AuditResult.checkedLabel($0, in: store) }
        + (file.map { [$0.relativePath] } ?? []))
    let result = AuditResult(
      findings: findings, window: full.window, files: 1, records: own.count, rules: full.rules,
      judgedLabels: full.checked.mapValues { $0.filter(labels.contains) })
    let fromNextDay = countFromNextDay(ruleSet: ruleSet, options: options)
    let documents = own.compactMap { record in
      file.flatMap {
        DocumentSummary(record: record, file: $0, calendar: store.calendar, countFromNextDay: fromNextDay)
      }
    }
    return Outcome(result: result, documents: documents)
  }

  /// The dates that place a record in time: the date of its kind, and a notice's period.
  static func dates(_ record: Record) -> [Day] {
    var days = record.day.map { [$0] } ?? []
    for key in ["start", "end"] {
      if let day = record["period"]?[key]?.scalar?.dayValue { days.append(day) }
    }
    return days
  }

  /// `notice.period`'s `count_from_next_day`, as configured.
  static func countFromNextDay(ruleSet: RuleSet, options: AuditOptions) -> Bool {
    let id = "notice.period"
    let name = "count_from_next_day"
    if let value = options.parameters[id]?[name] { return value.boolValue ?? false }
    return ruleSet.rule(id)?.parameters.first { $0.name == name }?.defaultValue.boolValue ?? false
  }
}
