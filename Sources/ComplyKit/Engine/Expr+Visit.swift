extension Expr {
  /// Calls `body` on this expression and every expression inside it.
  func visit(_ body: (Expr) -> Void) {
    body(self)
    switch self {
    case .literal, .scope, .root, .variable, .field: break
    case .member(let base, _): base.visit(body)
    case .index(let base, let index):
      base.visit(body)
      index.visit(body)
    case .list(let items): items.forEach { $0.visit(body) }
    case .negate(let inner), .not(let inner), .matches(let inner, _): inner.visit(body)
    case .binary(_, let lhs, let rhs):
      lhs.visit(body)
      rhs.visit(body)
    case .call(_, let args): args.forEach { $0.visit(body) }
    }
  }
}

extension Rule {
  /// Every expression of the rule, for static analysis (which join indexes it needs).
  var expressions: [Expr] {
    func ofChecks(_ checks: [Check]) -> [Expr] {
      checks.flatMap { check -> [Expr] in
        var exprs = [check.require]
        exprs += [check.when, check.forEach, check.at].compactMap { $0 }
        for pieces in [check.message.zh, check.message.en] {
          for case .expr(let e) in pieces { exprs.append(e) }
        }
        return exprs
      }
    }
    switch body {
    case .record(let r):
      return [r.filter, r.date].compactMap { $0 } + r.lets.map(\.value) + ofChecks(r.checks)
    case .schedule(let s):
      return [s.organizations] + s.sets.flatMap { [$0.filter, $0.date].compactMap { $0 } } + s.lets.map(\.value)
        + ofChecks(s.checks)
    case .schema(let s):
      return ofChecks(s.checks)
    }
  }

  /// The join indexes the rule's `lookup(…)` calls and schedule sets need.
  var lookupKeys: Set<LookupKey> {
    var keys = Set<LookupKey>()
    for expr in expressions {
      expr.visit { e in
        if case .call(.lookup, let args) = e, let key = Function.lookupKey(args) { keys.insert(key) }
      }
    }
    if case .schedule(let s) = body {
      for set in s.sets { keys.insert(LookupKey(kind: set.kind, path: set.org)) }
    }
    return keys
  }
}
