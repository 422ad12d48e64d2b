extension Engine {
  /// Per-record rules: each record of the rule's kind, dated inside the window or undated.
  func recordFindings(_ store: RecordStore, rules: [Rule], window: AuditWindow?) -> Judged {
    var byKind: [String: [RecordRuleRun]] = [:]
    for rule in rules {
      if case .record(let body) = rule.body {
        byKind[body.kind, default: []].append(RecordRuleRun(rule: rule, body: body, variables: Variables(baseVariables(rule, window: window))))
      }
    }
    var judged = Judged()
    for kind in byKind.keys.sorted() {
      guard let kindRules = byKind[kind] else { continue }
      let indices = store.indices(of: kind)
      let chunks = parallel(indices.count) { range -> [Judged] in
        var out: [Finding] = []
        // Per rule of the kind, the records of this chunk it judged.
        var checked = Array(repeating: [String](), count: kindRules.count)
        for position in range {
          let index = indices[position]
          let record = store.records[index]
          // The record's own date, read once for all the rules that place it by it.
          let inWindow = window.map { w in record.day.map(w.contains) ?? true } ?? true
          let recordLabel = label(record, store)
          for (ruleIndex, run) in kindRules.enumerated() {
            var env = Environment(store: store, root: .record(index), scope: .record(index), variables: run.variables)
            guard run.body.compiledDate == nil ? inWindow : isJudged(body: run.body, env: env, window: window) else { continue }
            if let filter = run.body.compiledFilter, !filter.holds(env) { continue }
            checked[ruleIndex].append(recordLabel)
            for (name, value) in run.body.compiledLets { env.variables[name] = value.evaluate(env) }
            judge(run.rule, run.body.checks, env: env, record: record, period: nil, into: &out, store: store)
          }
        }
        var chunk = Judged(findings: out)
        for (ruleIndex, run) in kindRules.enumerated() { chunk.checked[run.rule.id, default: []] += checked[ruleIndex] }
        return [chunk]
      }
      for chunk in chunks { judged.merge(chunk) }
      tracker?.advance(kindRules.count)
    }
    return judged
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

  init(rule: Rule, body: RecordRule, variables: Variables) {
    self.rule = rule
    self.body = body
    self.variables = variables
  }
}
