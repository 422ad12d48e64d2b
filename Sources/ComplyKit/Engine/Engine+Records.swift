extension Engine {
  /// Per-record rules, each record of the rule's kind, dated inside the window or undated; and with
  /// `schema`, the schema checks. Both in one pass over the records, each record checked and then
  /// judged while its tree is in the cache, instead of a pass over every tree for each.
  ///
  /// `early`: the verdicts given as the records were read (`EarlyJudging`): the rules and checks judged
  /// then are not judged again on those records, and their verdicts join these, the window applied.
  func recordFindings(
    _ store: RecordStore, rules: [Rule], window: AuditWindow?, schema: SchemaChecker?, early: EarlyJudging.Verdicts? = nil
  ) -> (judged: Judged, schemaIssues: [SchemaIssue]) {
    // The record rules by kind: `slots` gives each kind's rules as a range of `runs`, so that a
    // record finds its rules with one look-up and every rule's `checked` list sits in one array.
    var byKind: [String: [RecordRuleRun]] = [:]
    for rule in rules {
      if case .record(let body) = rule.body {
        byKind[body.kind, default: []].append(RecordRuleRun(rule: rule, body: body, variables: Variables(baseVariables(rule, window: window))))
      }
    }
    var runs: [RecordRuleRun] = []
    // With each kind, whether a rule of it has a filter that a record's `type` may settle (`TypeGate`).
    var slots = KindSlots()
    for kind in byKind.keys.sorted() {
      let kindRules = byKind[kind] ?? []
      slots.set(kind, (runs.count..<runs.count + kindRules.count, kindRules.contains { $0.gate != nil }))
      runs += kindRules
    }
    let records = store.records
    let ruleIDs = runs.map(\.rule.id)
    // Per run, whether its rule was judged as the records were read; per record, whether it was.
    let judgedEarly = runs.map { early?.rules.contains($0.rule.id) ?? false }
    let earlyRecords = early?.judged ?? []
    let schemaEarly = early?.checksSchema ?? false
    // With several cores, each works on a store object, rules and schema tables of its own (see
    // `RecordStore.forOneCore`): the objects every record's evaluation retains are then not shared.
    let chunks = parallel(
      records.count,
      perWorker: { [runs] several in
        guard several else { return (store: store, runs: runs, schema: schema) }
        let own = store.forOneCore()
        return (store: own, runs: runs.map { $0.forOneCore() }, schema: schema?.on(own))
      }
    ) { [slots, timing = timer != nil] worker, range -> [(Judged, [SchemaIssue], RuleClock)] in
      let (store, runs, schema) = worker
      var out: [Finding] = []
      var sink = SchemaChecker.Sink()
      // Per rule, the records of this chunk it judged.
      var checked = Array(repeating: [Int](), count: runs.count)
      // Per rule, and last for the schema checks, the time they took (only when timings are asked for).
      var clock = RuleClock(slots: runs.count + 1, on: timing)
      let prefetch = TreePrefetch.shared
      records.withUnsafeBufferPointer { buffer in
        for index in range {
          // The trees of the next few records, fetched a level at a time ahead of their turn.
          for lead in 1...TreePrefetch.leads where index + lead < range.upperBound {
            prefetch.fetch(buffer, index + lead, lead: lead)
          }
          let early = !earlyRecords.isEmpty && earlyRecords[index]
          let schemaStarted = clock.start()
          if !(early && schemaEarly) { schema?.check(record: index, into: &sink) }
          clock.stop(runs.count, since: schemaStarted)
          let record = records[index]
          guard let (kindRules, gated) = slots.slot(of: record) else { continue }
          // The record's own date, read once for all the rules that place it by it.
          let inWindow = window.map { w in record.day.map(w.contains) ?? true } ?? true
          // Its `type`, read once for the rules whose filter begins with it (see `TypeGate`).
          let type = gated ? TypeGate.type(of: record.root) : nil
          // One environment for the record, its variables set for each rule in turn (making one per rule
          // took and dropped a reference to the store each time; a rule's `let`s change only its variables).
          var env = Environment(store: store, root: .record(index), scope: .record(index), variables: [:])
          for r in kindRules {
            if early, judgedEarly[r] { continue }
            let started = clock.start()
            if runs[r].gate?.admits(type) ?? true {
              judge(
                runs[r], record: record, at: index, inWindow: inWindow, window: window, env: &env, store: store, into: &out,
                checked: &checked[r])
            }
            clock.stop(r, since: started)
          }
        }
      }
      return [(Judged(findings: out, records: checked, of: ruleIDs), sink.issues, clock)]
    }
    var judged = Judged()
    var issues: [SchemaIssue] = []
    var clock = RuleClock(slots: runs.count + 1, on: timer != nil)
    for (chunk, chunkIssues, chunkClock) in chunks {
      judged.merge(chunk)
      issues += chunkIssues
      clock.add(chunkClock)
    }
    if let early {
      // A record dated outside the window is not judged by these rules (see `judge`): its verdicts go.
      let inWindow = { (i: Int) -> Bool in window.map { w in records[i].day.map(w.contains) ?? true } ?? true }
      var verdicts = Judged()
      verdicts.findings = early.findings.compactMap { inWindow($0.record) ? $0.finding : nil }
      for (rule, judgedRecords) in early.checked { verdicts.checkedRecords[rule] = judgedRecords.filter(inWindow) }
      judged.merge(verdicts)
      issues += early.schemaIssues
    }
    if let timer {
      var times = clock.times(of: ruleIDs) { judged.checkedRecords[$0]?.count ?? 0 }
      if schema != nil {
        let known = records.reduce(0) { $0 + ($1.knownKind == nil ? 0 : 1) }
        times.append(AuditTimings.RuleTime(rule: "schema.*", nanoseconds: clock.nanoseconds[runs.count], judged: known))
      }
      timer.add(rules: times)
    }
    tracker?.advance(runs.count)
    return (judged, issues)
  }

  /// One record rule on one record, in the record's environment: skipped when the record is dated
  /// outside the window or the rule's filter passes it over; else its `let`s are set and its checks judged.
  /// `index`: the record's place in `store` (-1 for a record in no store, `EarlyJudging`'s); `label`: what
  /// `checked` lists it by (its index, unless given).
  @inline(__always)
  func judge(
    _ run: RecordRuleRun, record: Record, at index: Int, label: Int? = nil, inWindow: Bool, window: AuditWindow?,
    env: inout Environment, store: RecordStore, into out: inout [Finding], checked: inout [Int]
  ) {
    let label = label ?? index
    if run.body.compiledDate == nil {
      guard inWindow else { return }
    } else {
      env.variables = run.variables
      guard isJudged(body: run.body, env: env, window: window) else { return }
    }
    // A shipped rule written out as Swift settles the records it certainly passes, before the rule's
    // variables are bound; the interpreter judges the rest, and writes every finding.
    if let prejudge = run.body.prejudge {
      switch prejudge(store, index, record.root) {
      case .skipped: return
      case .passed:
        checked.append(label)
        return
      case .unsure: break
      }
    }
    env.variables = run.variables
    if let filter = run.body.compiledFilter, !filter.holds(env) { return }
    checked.append(label)
    for (name, value) in run.body.compiledLets { env.variables[name] = value.evaluate(env) }
    judge(run.rule, run.body.checks, env: env, record: record, period: nil, into: &out, store: store)
  }

  /// Records dated outside the window are context only (a rule with its own `date:`).
  private func isJudged(body: RecordRule, env: Environment, window: AuditWindow?) -> Bool {
    guard let window, let date = body.compiledDate else { return true }
    return date.evaluate(env).dayValue.map(window.contains) ?? true
  }
}

/// A record rule ready to run: held by reference, so the loop over records copies no rule.
final class RecordRuleRun: Sendable {
  let rule: Rule
  let body: RecordRule
  let variables: Variables
  /// What the filter says first about the record's `type`, if it begins with that.
  let gate: TypeGate?

  init(rule: Rule, body: RecordRule, variables: Variables) {
    self.rule = rule
    self.body = body
    self.variables = variables
    gate = TypeGate(body.filter)
  }

  /// The rule with its expressions compiled again and its variables bound again, for one core: the
  /// closures' contexts and the bindings are retained at every record, and with one copy for all the
  /// cores their reference counts would be written by every core in turn.
  func forOneCore() -> RecordRuleRun {
    RecordRuleRun(rule: rule, body: body.recompiled(), variables: variables.rebound())
  }
}
