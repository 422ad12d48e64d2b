import Dispatch

/// Runs a rule set over a record store. The rules are compiled already; the engine only groups them
/// by the kind of record they judge, so each record meets only the rules for its kind.
public struct Engine: Sendable {
  public let ruleSet: RuleSet
  public let options: AuditOptions
  /// Told of each rule judged (the audit's progress), when someone asked; `Audit` sets it up and
  /// counts the rules in before the files are read.
  var tracker: ProgressTracker?
  /// Told of each step's end and of the rules' times, when the options ask for timings.
  var timer: StepTimer?

  public init(ruleSet: RuleSet, options: AuditOptions) {
    self.ruleSet = ruleSet
    self.options = options
  }

  /// The rules that run: enabled ones.
  public var activeRules: [Rule] { ruleSet.rules.filter { !options.disabledRules.contains($0.id) } }

  /// The join indexes the active rules need; build the store with them.
  public var lookupKeys: Set<LookupKey> { activeRules.reduce(into: Set()) { $0.formUnion($1.lookupKeys) } }

  public func run(_ store: RecordStore) -> AuditResult {
    run(store, early: nil)
  }

  /// `early`: what was judged of the records as they were read (`EarlyJudging`), merged here.
  func run(_ store: RecordStore, early: EarlyJudging.Verdicts?) -> AuditResult {
    let window = options.window ?? defaultWindow(store)
    let rules = activeRules
    var judged = Judged()
    // The schema checks run in the pass of the per-record rules, record by record (see there).
    let schema = schemaRules(rules)
    let checker = schema.isEmpty ? nil : SchemaChecker(store: store, checkReferences: options.checkReferences)
    let perRecord = recordFindings(store, rules: rules, window: window, schema: checker, early: early)
    judged.merge(schemaFindings(store, rules: schema, issues: perRecord.schemaIssues))
    tracker?.advance(rules.filter { $0.kind == .schema }.count)
    judged.merge(perRecord.judged)
    timer?.lap(.records)
    judged.merge(scheduleFindings(store, rules: rules, window: window))
    timer?.lap(.schedules)
    // Sorted by index and then moved into that order in place: sorting the findings themselves would
    // copy each one (a dozen references) at every step of the merge, and gathering them into a new list
    // would copy each once more and drop the old list, all on one core.
    var findings = judged.takeFindings()
    let order = findings.withUnsafeBufferPointer { found in
      found.indices.sorted { Finding.reportOrder(found[$0], before: found[$1]) }
    }
    findings.permute(to: order)
    var result = AuditResult(
      findings: findings, window: window, files: store.files.count, records: store.records.count, rules: rules,
      judgedLabels: judged.checked, judgedRecords: judged.checkedRecords, judgedAllFiles: judged.checkedAllFiles,
      schedule: options.buildsScheduleGrid ? scheduleGrid(store, rules: rules, window: window) : [])
    result.store = store
    if let timer {
      timer.lap(.findings)
      result.timings = timer.result
    }
    return result
  }

  /// The span of the records' own dates, for the default window. Dates after the end of the audit's
  /// year are left out of it, unless every date is.
  func defaultWindow(_ store: RecordStore) -> AuditWindow? {
    // Each record's date read where it is (a copy of each record would retain all it holds).
    let days = store.records.withUnsafeBufferPointer { records in
      var days: [Day] = []
      days.reserveCapacity(records.count)
      for i in records.indices { if let day = records[i].day { days.append(day) } }
      return days
    }
    let round = options.roundWindowToYears
    guard let today = options.today, let end = Day(year: today.year, month: 12, day: 31) else {
      return AuditWindow.covering(days, roundToYears: round)
    }
    return AuditWindow.covering(days.filter { $0 <= end }, roundToYears: round)
      ?? AuditWindow.covering(days, roundToYears: round)
  }

  // MARK: - Shared

  func baseVariables(_ rule: Rule, window: AuditWindow?) -> [String: Value] {
    var params: [String: Value] = [:]
    for parameter in rule.parameters { params[parameter.name] = parameter.defaultValue }
    for (name, value) in options.parameters[rule.id] ?? [:] { params[name] = value }
    var variables: [String: Value] = ["params": .map(params)]
    if let window { variables["window"] = window.value }
    return variables
  }

  /// A finding's message in Chinese, and in English unless the options leave it out.
  func message(_ template: MessageTemplate, _ env: Environment) -> Localized {
    let zh = template.render(.zh, env)
    return Localized(zh: zh, en: options.rendersEnglish ? template.render(.en, env) : zh)
  }

  func severity(_ rule: Rule, _ check: Check) -> Severity {
    check.severity ?? options.severities[rule.id] ?? rule.severity
  }

  /// Runs `work` over `0..<count` on `options.jobs` cores, with something each worker makes once for its
  /// chunks, and joins the results in order (see `ChunkPlan.map`).
  func parallel<T: Sendable, State>(
    _ count: Int, perWorker: @Sendable (_ several: Bool) -> State, _ work: @Sendable (State, Range<Int>) -> [T]
  ) -> [T] {
    ChunkPlan.map(count, jobs: options.jobs, perWorker: perWorker, work)
  }

  /// Evaluates a rule's checks in `env` and appends a finding for each that fails.
  func judge(
    _ rule: Rule, _ checks: [Check], env: Environment, record: Record, period: String?, into findings: inout [Finding],
    store: RecordStore
  ) {
    for check in checks {
      if let when = check.compiledWhen, !when.holds(env) { continue }
      guard let forEach = check.compiledForEach else {
        judgeOne(rule, check, env: env, fallback: nil, element: .none, record: record, period: period, into: &findings, store: store)
        continue
      }
      var index = 0
      Function.forEachItem(forEach.evaluate(env)) { item in
        var inner = env.with(scope: item)
        if let binding = check.binding { inner.variables[binding] = item }
        judgeOne(
          rule, check, env: inner, fallback: item.mark, element: .item(item, index), record: record, period: period,
          into: &findings, store: store)
        index += 1
        return true
      }
    }
  }

  /// Which element of a `for_each` a finding is about; spelled out only for a finding.
  private enum Element {
    case none
    case item(Value, Int)

    /// The element's text (a person, a field name) or its position: tells findings at one node apart.
    var label: String? {
      guard case .item(let value, let index) = self else { return nil }
      return value.textValue ?? "#\(index)"
    }
  }

  private func judgeOne(
    _ rule: Rule, _ check: Check, env: Environment, fallback: Mark?, element: Element, record: Record, period: String?,
    into findings: inout [Finding], store: RecordStore
  ) {
    guard check.compiledRequire.evaluate(env).truth == false else { return }
    let at = check.compiledAt?.evaluate(env)
    let mark = at.flatMap { pointMark($0) } ?? fallback ?? record.mark
    var variant = rule.body.checkCount > 1 ? check.name : ""
    if let element = element.label { variant += "/" + element }
    findings.append(
      Finding(
        rule: rule.id, severity: severity(rule, check), record: record.id.isEmpty ? nil : record.id, kind: record.kind,
        org: record.kind == RecordKind.organization.rawValue ? record.id : record.text("org"), period: period,
        file: store.files[record.file], mark: mark,
        message: message(check.message, env),
        basis: rule.citation, fieldPath: record.root.path(to: mark), variant: variant))
  }

  /// Where an `at:` value points: its node, or the first element of a list of nodes.
  private func pointMark(_ value: Value) -> Mark? {
    if let mark = value.mark { return mark }
    if case .list(let items) = value { return items.lazy.compactMap { $0.mark }.first }
    return nil
  }
}

extension RuleBody {
  var checkCount: Int {
    switch self {
    case .record(let r): r.checks.count
    case .schedule(let s): s.checks.count
    case .schema(let s): s.checks.count
    }
  }
}

/// What one part of the engine found, and what each rule judged (labels unsorted, may repeat).
struct Judged: Sendable {
  /// This part's own findings (see `takeFindings` for all of them).
  var findings: [Finding] = []
  /// The findings of the parts merged into this one, each part's list as it was made: a merge adds the
  /// list, not a copy of each finding (a dozen references), and the lists are joined once, at the end.
  private var merged: [[Finding]] = []
  /// Rule id → what it judged, by label (a schedule's periods, the files read).
  var checked: [String: [String]] = [:]
  /// Rule id → the records it judged, by index in the store: labelled only if a report asks (see
  /// `AuditResult.checked`), so that the per-record pass keeps integers, not texts.
  var checkedRecords: [String: [Int]] = [:]
  /// The rules that judged every file read (`schema.parse`): labelled by the files' paths only if a
  /// report asks, as `checkedRecords` are.
  var checkedAllFiles: Set<String> = []

  init() {}

  /// A chunk's findings and what each rule judged in it: `labels[i]` for the rule `ruleIDs[i]`.
  init(findings: [Finding], labels: [[String]], of ruleIDs: [String]) {
    self.findings = findings
    for (id, judged) in zip(ruleIDs, labels) { checked[id, default: []] += judged }
  }

  /// A chunk's findings and the records each rule judged in it: `records[i]` for the rule `ruleIDs[i]`.
  init(findings: [Finding], records: [[Int]], of ruleIDs: [String]) {
    self.findings = findings
    for (id, judged) in zip(ruleIDs, records) { checkedRecords[id, default: []] += judged }
  }

  mutating func merge(_ other: Judged) {
    if !other.findings.isEmpty { merged.append(other.findings) }
    merged += other.merged
    for (rule, labels) in other.checked { checked[rule, default: []] += labels }
    for (rule, records) in other.checkedRecords { checkedRecords[rule, default: []] += records }
    checkedAllFiles.formUnion(other.checkedAllFiles)
  }

  /// Every finding, this part's own and then the merged parts' in the order they were merged, in one
  /// list; the parts are let go. A single part is taken as it is.
  ///
  /// Each finding is moved, not copied: taken off the end of its part (`popLast` on a list no one
  /// else holds) and put in its place in the whole. Appending the parts copied every finding, a dozen
  /// references taken, and dropping the parts let them go again, all on one core after the rules.
  mutating func takeFindings() -> [Finding] {
    var parts = merged
    merged = []
    if !findings.isEmpty { parts.insert(findings, at: 0) }
    findings = []
    guard parts.count > 1 else { return parts.first ?? [] }
    let total = parts.reduce(0) { $0 + $1.count }
    return [Finding](unsafeUninitializedCapacity: total) { buffer, initialized in
      initialized = 0
      guard let base = buffer.baseAddress else { return }
      var end = total
      for i in parts.indices.reversed() {
        while let finding = parts[i].popLast() {
          end -= 1
          (base + end).initialize(to: finding)
        }
      }
      initialized = total
    }
  }
}

/// How `count` items are cut into contiguous chunks for `jobs` cores: each chunk a quarter of a core's
/// share of what is left after the chunks before it, none smaller than 16 items. The first chunks are
/// large and the last ones small, so that the cores end together: with chunks of one size (an eighth
/// of a core's share), the core that took the last one went on alone for half a chunk on average,
/// at 20,000 files some 15 ms of reading with the other core idle. The cut depends only on `count` and
/// `jobs`, never on timing.
struct ChunkPlan: Sendable {
  /// Where each chunk starts, and last `count` (the end of the last one).
  private let bounds: [Int]

  init(count total: Int, jobs: Int) {
    let parts = 4 * max(1, jobs)
    var bounds = [0]
    var start = 0
    while start < total {
      start = min(total, start + max(16, (total - start + parts - 1) / parts))
      bounds.append(start)
    }
    self.bounds = bounds
  }

  var count: Int { bounds.count - 1 }

  func range(_ chunk: Int) -> Range<Int> { bounds[chunk]..<bounds[chunk + 1] }

  /// The chunks in the order the cores take them: first those that hold one of `heavy` (items known to
  /// cost many times the others, such as a registry file many records long), then the rest, each group
  /// in item order. Taken last, a chunk with such an item kept one core busy long after the others were
  /// done (at 20,000 meetings the person registry, sorted after the meetings' folder, is 6 ms of
  /// parsing); taken first, the small chunks at the end even the cores out again.
  func order(heavy: [Int]) -> [Int] {
    guard !heavy.isEmpty else { return Array(0..<count) }
    var first = Set<Int>()
    for item in heavy where item >= 0 && item < bounds[count] {
      // The chunk whose range holds `item`: the last bound at or below it.
      var low = 0
      var high = count - 1
      while low < high {
        let middle = (low + high + 1) / 2
        if bounds[middle] <= item { low = middle } else { high = middle - 1 }
      }
      first.insert(low)
    }
    return first.sorted() + (0..<count).filter { !first.contains($0) }
  }

  /// Runs `work` over `0..<count` on up to `jobs` cores and joins the results in order.
  ///
  /// The range is cut into contiguous chunks, several per core, which each core takes in turn as it
  /// becomes free: items differ in cost (a person with relatives against a meeting, a branch with a
  /// year of meetings against an empty one), and equal shares left one core idle at the end. Fewer
  /// than 64 items a core are not worth a thread.
  static func map<T: Sendable>(_ count: Int, jobs: Int, _ work: @Sendable (Range<Int>) -> [T]) -> [T] {
    map(count, jobs: jobs, perWorker: { _ in () }, { _, range in work(range) })
  }

  /// `map` with something each worker makes once for all the chunks it takes (`perWorker` is told
  /// whether there are several workers) and hands to `work` with each of them.
  /// `heavy`: items known to cost many times the others, whose chunks are taken first (see `order`).
  static func map<T: Sendable, State>(
    _ count: Int, jobs: Int, heavy: [Int] = [], perWorker: @Sendable (_ several: Bool) -> State,
    _ work: @Sendable (State, Range<Int>) -> [T]
  ) -> [T] {
    let jobs = min(jobs, max(1, count / 64))
    if jobs <= 1 { return work(perWorker(false), 0..<count) }
    let chunks = ChunkPlan(count: count, jobs: jobs)
    let order = chunks.order(heavy: heavy)
    let results = ResultSlots<[T]>(count: chunks.count)
    let next = ChunkCounter()
    DispatchQueue.concurrentPerform(iterations: jobs) { _ in
      let state = perWorker(true)
      while let k = next.take(below: order.count) {
        let c = order[k]
        results.set(c, work(state, chunks.range(c)))
      }
    }
    return results.values.flatMap { $0 ?? [] }
  }
}

/// Hands out the numbers 0, 1, 2, … (places in a plan's order of chunks) to whichever worker asks next.
final class ChunkCounter: @unchecked Sendable {
  private var next = 0
  private let lock = Lock()

  func take(below limit: Int) -> Int? {
    lock.withLock {
      guard next < limit else { return nil }
      defer { next += 1 }
      return next
    }
  }
}

/// Slots written once each from parallel workers.
final class ResultSlots<T: Sendable>: @unchecked Sendable {
  private var storage: [T?]
  private let lock = Lock()

  init(count: Int) { storage = Array(repeating: nil, count: count) }

  func set(_ index: Int, _ value: T) {
    lock.withLock { storage[index] = value }
  }

  var values: [T?] { lock.withLock { storage } }
}
