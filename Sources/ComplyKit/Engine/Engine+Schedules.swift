extension Engine {
  /// Schedule rules: for each organization the rule applies to, each whole period inside the window
  /// (and inside the organization's life) is judged on the records of that organization in it.
  func scheduleFindings(_ store: RecordStore, rules: [Rule], window: AuditWindow?) -> Judged {
    guard let window else {
      // No dated record, so no period: each schedule rule judged nothing.
      let scheduled = rules.filter { $0.kind == .schedule }
      timer?.add(rules: scheduled.map { AuditTimings.RuleTime(rule: $0.id, nanoseconds: 0, judged: 0) })
      tracker?.advance(scheduled.count)
      return Judged()
    }
    let runs = rules.compactMap { rule -> ScheduleRun? in
      guard case .schedule(let body) = rule.body else { return nil }
      let base = baseVariables(rule, window: window)
      return ScheduleRun(
        rule: rule, body: body, periods: Period.periods(unit(of: body, variables: base, store: store), in: window),
        variables: Variables(base))
    }
    let ruleIDs = runs.map(\.rule.id)
    // Organization by organization, every schedule rule in turn: the rules read the same records of
    // an organization (its meetings, dated and filtered), which stay in the cache from one rule to the
    // next instead of being fetched again from all over the heap once per rule.
    let orgs = store.indices(of: RecordKind.organization.rawValue)
    // A store object and rules of its own for each core when several run them (see `RecordStore.forOneCore`).
    let chunks = parallel(
      orgs.count,
      perWorker: { several in several ? (store: store.forOneCore(), runs: runs.map { $0.forOneCore() }) : (store, runs) }
    ) { [timing = timer != nil] worker, range -> [(Judged, RuleClock)] in
      let (store, runs) = worker
      var out: [Finding] = []
      var checked = Array(repeating: [String](), count: runs.count)
      // Per rule, the time it took (only when timings are asked for; a rule that dates an organization's
      // records first for the rules after it is timed with that work).
      var clock = RuleClock(slots: runs.count, on: timing)
      for position in range {
        // The organization's dated records, shared by the rules whose sets date them alike.
        var dated: [String: [Dated]] = [:]
        for (r, run) in runs.enumerated() {
          let started = clock.start()
          judgeSchedule(run, org: orgs[position], store: store, dated: &dated, into: &out, checked: &checked[r])
          clock.stop(r, since: started)
        }
      }
      return [(Judged(findings: out, labels: checked, of: ruleIDs), clock)]
    }
    var judged = Judged()
    var clock = RuleClock(slots: runs.count, on: timer != nil)
    for (chunk, chunkClock) in chunks {
      judged.merge(chunk)
      clock.add(chunkClock)
    }
    timer?.add(rules: clock.times(of: ruleIDs) { judged.checked[$0]?.count ?? 0 })
    tracker?.advance(runs.count)
    return judged
  }

  /// The rule's period: its own, or the one its parameter names (a month when the parameter says nothing valid).
  func unit(of body: ScheduleRule, variables: [String: Value], store: RecordStore) -> ScheduleRule.Unit {
    body.unit
      ?? body.unitParameter.flatMap { name in
        (variables["params"].map { Value.member(of: $0, name, store: store) })?.textValue.flatMap(ScheduleRule.Unit.init)
      } ?? .month
  }

  private struct Dated {
    let record: Int
    let start: Day
    let end: Day
    /// The record's `type` as `TypeGate` reads it, read once for every rule and period that filters
    /// the organization's records by it (each filter looked the field up again in a record out of cache).
    let type: ScalarNode?
  }

  private func judgeSchedule(
    _ run: ScheduleRun, org: Int, store: RecordStore, dated shared: inout [String: [Dated]], into findings: inout [Finding],
    checked: inout [String]
  ) {
    let (rule, body, periods, variables) = (run.rule, run.body, run.periods, run.variables)
    let record = store.records[org]
    var env = Environment(store: store, root: .record(org), scope: .record(org), variables: variables)
    env.variables["org"] = .record(org)
    guard body.compiledOrganizations.holds(env) else { return }
    let established = record["established"]?.scalar?.dayValue
    let dissolved = record["dissolved"]?.scalar?.dayValue

    // Each set's records of this organization, with the span of time each one covers; a set dated by a
    // plain field (most are: `date`) takes them from an earlier rule's set of the same records.
    let candidates: [[Dated]] = body.sets.map { set in
      let key = set.sharedDating
      if let key, let found = shared[key] { return found }
      let indices = store.lookup(LookupKey(kind: set.kind, path: set.org), record.id)
      let found = indices.indices.compactMap { k -> Dated? in
        let i = indices[k]
        let (type, filed) = store.records.withUnsafeBufferPointer { records in
          // The roots of the records a few places on, fetched ahead of their turn (see `TreePrefetch`).
          for lead in 2...TreePrefetch.leads where k + lead < indices.endIndex {
            TreePrefetch.shared.fetch(records, indices[k + lead], lead: lead)
          }
          return (TypeGate.type(of: records[i].root), records[i].day)
        }
        // A set dated by its kind's date field: the date the record was filed with, when it is one.
        if set.datedByDay, let day = filed {
          return Dated(record: i, start: day, end: day, type: type)
        }
        let value = set.compiledDate.evaluate(Environment(store: store, root: .record(i), scope: .record(i), variables: variables))
        if let day = value.dayValue { return Dated(record: i, start: day, end: day, type: type) }
        if let year = value.intValue, let start = Day(year: year, month: 1, day: 1), let end = Day(year: year, month: 12, day: 31) {
          return Dated(record: i, start: start, end: end, type: type)
        }
        return nil
      }.sorted { ($0.start, $0.record) < ($1.start, $1.record) }
      if let key { shared[key] = found }
      return found
    }

    for period in periods {
      if let established, period.start < established { continue }
      if let dissolved, period.end > dissolved { continue }
      checked.append(AuditResult.checkedLabel(record, in: store, period: period.label))
      var periodEnv = env
      periodEnv.variables["period"] = period.value
      for (set, dated) in zip(body.sets, candidates) {
        var members: [Value] = []
        var low = 0
        var high = dated.count
        while low < high {
          let mid = (low + high) / 2
          if dated[mid].start < period.start { low = mid + 1 } else { high = mid }
        }
        var i = low
        while i < dated.count, dated[i].start <= period.end {
          let item = dated[i]
          i += 1
          guard item.end <= period.end else { continue }
          if let gate = set.gate {
            guard gate.admits(item.type) else { continue }
            // The gate is the whole filter and the record's `type` plain text: admitted is passed.
            if gate.isWholeFilter, item.type != nil {
              members.append(.record(item.record))
              continue
            }
          }
          if let filter = set.compiledFilter {
            var memberEnv = periodEnv
            memberEnv.root = .record(item.record)
            memberEnv.scope = .record(item.record)
            guard filter.holds(memberEnv) else { continue }
          }
          members.append(.record(item.record))
        }
        periodEnv.variables[set.name] = .list(members)
      }
      for (name, value) in body.compiledLets { periodEnv.variables[name] = value.evaluate(periodEnv) }
      judge(rule, body.checks, env: periodEnv, record: record, period: period.label, into: &findings, store: store)
    }
  }
}

/// A schedule rule ready to run over the organizations: its body unwrapped, its periods in the window
/// and its variables worked out once.
struct ScheduleRun: Sendable {
  let rule: Rule
  let body: ScheduleRule
  let periods: [Period]
  let variables: Variables

  /// The rule compiled again and its variables bound again, for one core (see `RecordRuleRun.forOneCore`).
  func forOneCore() -> ScheduleRun {
    ScheduleRun(rule: rule, body: body.recompiled(), periods: periods, variables: variables.rebound())
  }
}
