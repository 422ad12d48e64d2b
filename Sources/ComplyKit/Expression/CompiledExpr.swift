/// An expression compiled, once when its rule is built, into a tree of closures that the engine runs
/// per record instead of walking the `Expr` enum: a walk copies each node's payload (with a retain
/// and a release per child) and decides again, at every record, what the expression's shape decided
/// already. The closures give exactly what `Expr.evaluate` gives; the common shapes (paths, a field
/// compared with a text, `and`/`or`, `exists`) get closures of their own.
struct CompiledExpr: Sendable {
  typealias Code = @Sendable (Environment) -> Value

  let evaluate: Code

  init(_ expr: Expr) {
    evaluate = Self.compile(expr)
  }

  /// `true` only when the condition holds for certain (unknown is not true).
  func holds(_ env: Environment) -> Bool { evaluate(env).truth == true }

  static func compile(_ expr: Expr) -> Code {
    switch expr {
    case .literal(let value): return { _ in value }
    case .scope: return { env in env.scope }
    case .root: return { env in env.root }
    case .variable(let name): return { env in env.variables[name] ?? .missing }
    case .field, .member: return compilePath(expr)
    case .index(let base, let index):
      let base = compile(base)
      let index = compile(index)
      return { env in Value.element(of: base(env), index(env), store: env.store) }
    case .list(let items):
      // Kept as `CompiledExpr`s: an array of bare closures holds them at the most general
      // abstraction, and every call would go through a conversion thunk.
      let items = items.map(CompiledExpr.init)
      return { env in .list(items.map { $0.evaluate(env) }) }
    case .negate(let inner):
      let inner = compile(inner)
      return { env in
        guard let i = inner(env).intValue else { return .missing }
        return .int(-i)
      }
    case .not(let inner):
      let inner = compile(inner)
      return { env in
        guard let b = inner(env).truth else { return .missing }
        return .bool(!b)
      }
    case .binary(let op, let lhs, let rhs): return compileBinary(op, lhs, rhs)
    case .matches(let lhs, let regex):
      let lhs = compile(lhs)
      return { env in
        guard let text = lhs(env).textValue else { return .missing }
        return .bool(regex.matches(text))
      }
    case .call(let function, let args): return compileCall(function, args)
    }
  }

  /// A path (`steps.decision.date`): its names read in a loop from where it starts, without a
  /// closure per name, each name's look-up prepared once; a missing value ends it early (a member
  /// of missing is missing).
  private static func compilePath(_ expr: Expr) -> Code {
    var names: [MappingKey] = []
    var base = expr
    while case .member(let inner, let name) = base {
      names.append(MappingKey(name))
      base = inner
    }
    names.reverse()
    if case .field(let name) = base {
      let first = MappingKey(name)
      let rest = names
      if rest.isEmpty { return { env in Value.member(of: env.scope, first, store: env.store) } }
      return { env in
        var value = Value.member(of: env.scope, first, store: env.store)
        for name in rest {
          if case .missing = value { return .missing }
          value = Value.member(of: value, name, store: env.store)
        }
        return value
      }
    }
    let start = compile(base)
    let path = names
    return { env in
      var value = start(env)
      for name in path {
        if case .missing = value { return .missing }
        value = Value.member(of: value, name, store: env.store)
      }
      return value
    }
  }

  private static func compileBinary(_ op: BinaryOperator, _ lhs: Expr, _ rhs: Expr) -> Code {
    let left = compile(lhs)
    let right = compile(rhs)
    switch op {
    case .and:
      return { env in Logic.and(left(env).truth) { right(env).truth }.map(Value.bool) ?? .missing }
    case .or:
      return { env in Logic.or(left(env).truth) { right(env).truth }.map(Value.bool) ?? .missing }
    case .coalesce:
      return { env in
        let a = left(env)
        return a.isMissing ? right(env) : a
      }
    case .equal, .notEqual:
      // A field compared with a quoted text: when the field can only read as text, its bytes are
      // compared in place (the first case of `Value.equals`), without evaluating the literal.
      if case .literal(.string(let text)) = rhs {
        let literal = Value.string(text)
        let equal = op == .equal
        if case .field(let name) = lhs {
          // A field of the scope: its scalar compared where it is, without making it a `Value`.
          let key = MappingKey(name)
          return { env in
            if let same = Value.member(of: env.scope, key, store: env.store, isText: text) { return .bool(same == equal) }
            return Expr.apply(op, left(env), literal, env.store)
          }
        }
        return { env in
          let a = left(env)
          if case .node(.scalar(let s)) = a, !s.hasTag, !s.mayBeTyped { return .bool(Value.sameBytes(s.text, text) == equal) }
          return Expr.apply(op, a, literal, env.store)
        }
      }
    case .isIn, .notIn:
      // A field in a list of quoted texts (`type in ['党组会议', '党委会议']`): a field that can only
      // read as text is compared with each by its bytes, as `Value.contains` would.
      if case .literal(let list) = rhs, case .list(let items) = list {
        let texts = items.compactMap { item -> String? in
          if case .string(let text) = item { return text }
          return nil
        }
        let member = op == .isIn
        if texts.count == items.count {
          return { env in
            let a = left(env)
            if case .node(.scalar(let s)) = a, !s.hasTag, !s.mayBeTyped {
              for text in texts where Value.sameBytes(text, s.text) { return .bool(member) }
              return .bool(!member)
            }
            return Expr.apply(op, a, list, env.store)
          }
        }
      }
    default:
      break
    }
    return { env in Expr.apply(op, left(env), right(env), env.store) }
  }

  private static func compileCall(_ function: Function, _ args: [Expr]) -> Code {
    let arguments = CompiledArguments(function, args)
    switch function {
    case .exists:
      // `exists(name)`, a field of the scope: its value is looked at where it is, not made a `Value`
      // (which takes a reference to its node and drops it again).
      if case .field(let name) = args[0] {
        let key = MappingKey(name)
        return { env in .bool(Value.hasMember(of: env.scope, key, store: env.store)) }
      }
      let inner = arguments.codes[0].evaluate
      return { env in .bool(!inner(env).isMissing) }
    default:
      return { env in function.call(arguments, env) }
    }
  }
}

/// A call's arguments, compiled; the literal paths and the join index resolved once.
struct CompiledArguments: CallArguments, Sendable {
  let codes: [CompiledExpr]
  private let literals: [String?]
  let lookupKey: LookupKey?

  init(_ function: Function, _ args: [Expr]) {
    codes = args.map(CompiledExpr.init)
    literals = args.indices.map { args.literalText($0) }
    lookupKey = function == .lookup && !args.isEmpty ? Function.lookupKey(args) : nil
  }

  var count: Int { codes.count }

  func evaluate(_ index: Int, _ env: Environment) -> Value { codes[index].evaluate(env) }

  func literalText(_ index: Int) -> String? { literals[index] }
}
