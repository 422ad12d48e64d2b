extension Engine {
  /// Per-record rules: each record of the rule's kind, dated inside the window or undated.
  func recordFindings(_ store: RecordStore, rules: [Rule], window: AuditWindow?) -> Judged {
    var byKind: [String: [(Rule, RecordRule)]] = [:]
    for rule in rules {
      if case .record(let body) = rule.body { byKind[body.kind, default: []].append((rule, body)) }
    }
    var judged = Judged()
    for kind in byKind.keys.sorted() {
      guard let kindRules = byKind[kind] else { continue }
      let indices = store.indices(of: kind)
      let variables = kindRules.map { baseVariables($0.0, window: window) }
      let chunks = parallel(indices.count) { range -> [Judged] in
        var out: [Finding] = []
        // Per rule of the kind, the records of this chunk it judged.
        var checked = Array(repeating: [String](), count: kindRules.count)
        for position in range {
          let index = indices[position]
          let record = store.records[index]
          for (ruleIndex, (rule, body)) in kindRules.enumerated() {
            var env = Environment(store: store, root: .record(index), scope: .record(index), variables: variables[ruleIndex])
            guard isJudged(record, body: body, env: env, window: window) else { continue }
            if let filter = body.filter, !filter.holds(env) { continue }
            checked[ruleIndex].append(label(record, store))
            for (name, value) in body.lets { env.variables[name] = value.evaluate(env) }
            judge(rule, body.checks, env: env, record: record, period: nil, into: &out, store: store)
          }
        }
        var chunk = Judged(findings: out)
        for (ruleIndex, (rule, _)) in kindRules.enumerated() { chunk.checked[rule.id, default: []] += checked[ruleIndex] }
        return [chunk]
      }
      for chunk in chunks { judged.merge(chunk) }
      tracker?.advance(kindRules.count)
    }
    return judged
  }

  /// Records dated outside the window are context only.
  private func isJudged(_ record: Record, body: RecordRule, env: Environment, window: AuditWindow?) -> Bool {
    guard let window else { return true }
    let day: Day?
    if let date = body.date {
      day = date.evaluate(env).dayValue
    } else if let path = RecordKind(rawValue: record.kind)?.datePath {
      var node: Node? = .mapping(record.root)
      for key in path { node = node?[key] }
      day = node?.scalar?.dayValue
    } else {
      day = nil
    }
    return day.map(window.contains) ?? true
  }
}
