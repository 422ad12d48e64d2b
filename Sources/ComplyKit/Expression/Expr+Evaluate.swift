extension Expr {
  func evaluate(_ env: Environment) -> Value {
    switch self {
    case .literal(let value): return value
    case .scope: return env.scope
    case .root: return env.root
    case .variable(let name): return env.variables[name] ?? .missing
    case .field(let name): return Value.member(of: env.scope, name, store: env.store)
    case .member(let base, let name): return Value.member(of: base.evaluate(env), name, store: env.store)
    case .index(let base, let index): return Value.element(of: base.evaluate(env), index.evaluate(env), store: env.store)
    case .list(let items): return .list(items.map { $0.evaluate(env) })
    case .negate(let inner):
      guard let i = inner.evaluate(env).intValue else { return .missing }
      return .int(-i)
    case .not(let inner):
      guard let b = inner.evaluate(env).truth else { return .missing }
      return .bool(!b)
    case .binary(let op, let lhs, let rhs): return Self.binary(op, lhs, rhs, env)
    case .matches(let lhs, let regex):
      guard let text = lhs.evaluate(env).textValue else { return .missing }
      return .bool(regex.matches(text))
    case .call(let function, let args): return function.call(args, env)
    }
  }

  /// `true` only when the condition holds for certain (unknown is not true).
  func holds(_ env: Environment) -> Bool { evaluate(env).truth == true }

  private static func binary(_ op: BinaryOperator, _ lhs: Expr, _ rhs: Expr, _ env: Environment) -> Value {
    switch op {
    case .and:
      return Logic.and(lhs.evaluate(env).truth) { rhs.evaluate(env).truth }.map(Value.bool) ?? .missing
    case .or:
      return Logic.or(lhs.evaluate(env).truth) { rhs.evaluate(env).truth }.map(Value.bool) ?? .missing
    case .coalesce:
      let a = lhs.evaluate(env)
      return a.isMissing ? rhs.evaluate(env) : a
    default:
      break
    }
    return apply(op, lhs.evaluate(env), rhs.evaluate(env), env.store)
  }

  /// A binary operator that evaluates both its operands, applied to their values.
  static func apply(_ op: BinaryOperator, _ a: Value, _ b: Value, _ store: RecordStore) -> Value {
    switch op {
    case .equal: return Value.equals(a, b, store).map(Value.bool) ?? .missing
    case .notEqual: return Value.equals(a, b, store).map { .bool(!$0) } ?? .missing
    case .less: return Value.compare(a, b).map { .bool($0 < 0) } ?? .missing
    case .lessOrEqual: return Value.compare(a, b).map { .bool($0 <= 0) } ?? .missing
    case .greater: return Value.compare(a, b).map { .bool($0 > 0) } ?? .missing
    case .greaterOrEqual: return Value.compare(a, b).map { .bool($0 >= 0) } ?? .missing
    case .isIn: return Value.contains(b, a, store).map(Value.bool) ?? .missing
    case .notIn: return Value.contains(b, a, store).map { .bool(!$0) } ?? .missing
    case .add, .subtract, .multiply, .divide, .remainder: return Value.arithmetic(op, a, b)
    case .and, .or, .coalesce: return .missing
    }
  }
}
