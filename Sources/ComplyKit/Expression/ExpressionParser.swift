/// What an expression may name, checked when it is compiled: an unknown variable or parameter is a
/// load error in the rule file, not a surprise during an audit.
public struct ExpressionContext: Sendable {
  public var variables: Set<String>
  public var parameters: Set<String>

  public init(variables: Set<String> = [], parameters: Set<String> = []) {
    self.variables = variables
    self.parameters = parameters
  }
}

/// A recursive-descent parser for the rule language.
public struct ExpressionParser {
  private var tokens: [Token]
  private var position = 0
  private let context: ExpressionContext
  /// How deep the expression nests (a chain `a + b + c` counts as deep as it is long, since it is a
  /// tree of that height); bounded so that a hostile rule cannot exhaust the stack.
  private var depth = 0
  private static let maxDepth = 64

  public static func parse(_ source: String, context: ExpressionContext) throws(ExpressionError) -> Expr {
    var parser = ExpressionParser(tokens: try Lexer.tokens(source), context: context)
    let expr = try parser.parseOr()
    if case .end = parser.current.kind { return expr }
    throw ExpressionError("unexpected \(parser.describe(parser.current))", at: parser.current.offset)
  }

  private init(tokens: [Token], context: ExpressionContext) {
    self.tokens = tokens
    self.context = context
  }

  private var current: Token { tokens[position] }

  private mutating func advance() { if position < tokens.count - 1 { position += 1 } }

  private func describe(_ token: Token) -> String {
    switch token.kind {
    case .number(let n): "number \(n)"
    case .string(let s): "string '\(s)'"
    case .identifier(let s): "'\(s)'"
    case .variable(let s): "'$\(s)'"
    case .symbol(let s): "'\(s)'"
    case .end: "end of expression"
    }
  }

  // Compared by length first: most tokens tested are not the one asked for, and String's `==` on two
  // different texts takes its slow path.
  private func isSymbol(_ s: String) -> Bool {
    guard case .symbol(let t) = current.kind else { return false }
    return t.utf8.count == s.utf8.count && t == s
  }

  private func isKeyword(_ s: String) -> Bool {
    guard case .identifier(let t) = current.kind else { return false }
    return t.utf8.count == s.utf8.count && t == s
  }

  private mutating func expect(_ s: String) throws(ExpressionError) {
    guard isSymbol(s) else { throw ExpressionError("expected '\(s)', found \(describe(current))", at: current.offset) }
    advance()
  }

  private mutating func nest() throws(ExpressionError) {
    depth += 1
    if depth > Self.maxDepth { throw ExpressionError("expression nested too deeply", at: current.offset) }
  }

  private mutating func parseOr() throws(ExpressionError) -> Expr {
    var lhs = try parseAnd()
    let outer = depth
    defer { depth = outer }
    while isKeyword("or") {
      advance()
      try nest()
      lhs = .binary(.or, lhs, try parseAnd())
    }
    return lhs
  }

  private mutating func parseAnd() throws(ExpressionError) -> Expr {
    var lhs = try parseNot()
    let outer = depth
    defer { depth = outer }
    while isKeyword("and") {
      advance()
      try nest()
      lhs = .binary(.and, lhs, try parseNot())
    }
    return lhs
  }

  private mutating func parseNot() throws(ExpressionError) -> Expr {
    if isKeyword("not") {
      advance()
      try nest()
      defer { depth -= 1 }
      return .not(try parseNot())
    }
    return try parseComparison()
  }

  private static func comparison(_ symbol: String) -> BinaryOperator? {
    switch symbol {
    case "==": .equal
    case "!=": .notEqual
    case "<": .less
    case "<=": .lessOrEqual
    case ">": .greater
    case ">=": .greaterOrEqual
    default: nil
    }
  }

  private mutating func parseComparison() throws(ExpressionError) -> Expr {
    let lhs = try parseCoalesce()
    if case .symbol(let s) = current.kind, let op = Self.comparison(s) {
      advance()
      return .binary(op, lhs, try parseCoalesce())
    }
    if isKeyword("in") {
      advance()
      return .binary(.isIn, lhs, try parseCoalesce())
    }
    if isKeyword("not"), position + 1 < tokens.count, tokens[position + 1].kind == .identifier("in") {
      advance()
      advance()
      return .binary(.notIn, lhs, try parseCoalesce())
    }
    if isKeyword("matches") {
      advance()
      let token = current
      guard case .string(let pattern) = token.kind else {
        throw ExpressionError("'matches' takes a quoted regular expression", at: token.offset)
      }
      advance()
      do throws(Pattern.Failure) {
        return .matches(lhs, try RegexBox(source: pattern))
      } catch {
        // The pattern starts after the opening quote (offsets are exact unless it holds doubled quotes).
        throw ExpressionError("invalid regular expression: \(error.message)", at: token.offset + 1 + error.offset)
      }
    }
    return lhs
  }

  private mutating func parseCoalesce() throws(ExpressionError) -> Expr {
    var lhs = try parseAdditive()
    let outer = depth
    defer { depth = outer }
    while isSymbol("??") {
      advance()
      try nest()
      lhs = .binary(.coalesce, lhs, try parseAdditive())
    }
    return lhs
  }

  private mutating func parseAdditive() throws(ExpressionError) -> Expr {
    var lhs = try parseMultiplicative()
    let outer = depth
    defer { depth = outer }
    while true {
      if isSymbol("+") || isSymbol("-") { try nest() }
      if isSymbol("+") {
        advance()
        lhs = .binary(.add, lhs, try parseMultiplicative())
      } else if isSymbol("-") {
        advance()
        lhs = .binary(.subtract, lhs, try parseMultiplicative())
      } else {
        return lhs
      }
    }
  }

  private mutating func parseMultiplicative() throws(ExpressionError) -> Expr {
    var lhs = try parseUnary()
    let outer = depth
    defer { depth = outer }
    while true {
      let op: BinaryOperator
      if isSymbol("*") { op = .multiply } else if isSymbol("/") { op = .divide } else if isSymbol("%") {
        op = .remainder
      } else {
        return lhs
      }
      advance()
      try nest()
      lhs = .binary(op, lhs, try parseUnary())
    }
  }

  private mutating func parseUnary() throws(ExpressionError) -> Expr {
    if isSymbol("-") {
      advance()
      try nest()
      defer { depth -= 1 }
      return .negate(try parseUnary())
    }
    return try parsePostfix()
  }

  private mutating func parsePostfix() throws(ExpressionError) -> Expr {
    var expr = try parsePrimary()
    let outer = depth
    defer { depth = outer }
    while true {
      if isSymbol(".") || isSymbol("[") { try nest() }
      if isSymbol(".") {
        advance()
        guard case .identifier(let name) = current.kind else {
          throw ExpressionError("expected a field name after '.'", at: current.offset)
        }
        advance()
        expr = .member(expr, name)
      } else if isSymbol("[") {
        advance()
        let index = try parseOr()
        try expect("]")
        expr = .index(expr, index)
      } else {
        return expr
      }
    }
  }

  private mutating func parsePrimary() throws(ExpressionError) -> Expr {
    try nest()
    defer { depth -= 1 }
    let token = current
    switch token.kind {
    case .number(let n):
      advance()
      return .literal(.int(n))
    case .string(let s):
      advance()
      return .literal(.string(s))
    case .variable(let name):
      advance()
      if name.isEmpty { return .root }
      if name == "params" {
        guard isSymbol(".") else { return .variable(name) }
        advance()
        guard case .identifier(let param) = current.kind else {
          throw ExpressionError("expected a parameter name after '$params.'", at: current.offset)
        }
        guard context.parameters.contains(param) else {
          throw ExpressionError("unknown parameter '\(param)'", at: current.offset)
        }
        advance()
        return .member(.variable("params"), param)
      }
      guard context.variables.contains(name) else {
        throw ExpressionError("unknown variable '$\(name)'", at: token.offset)
      }
      return .variable(name)
    case .identifier(let name):
      advance()
      switch name {
      case "true": return .literal(.bool(true))
      case "false": return .literal(.bool(false))
      case "null": return .literal(.missing)
      case "it": return .scope
      case "and", "or", "not", "in", "matches":
        throw ExpressionError("unexpected '\(name)'", at: token.offset)
      default: break
      }
      if isSymbol("(") {
        guard let function = Function(rawValue: name) else {
          throw ExpressionError("unknown function '\(name)'", at: token.offset)
        }
        advance()
        var args: [Expr] = []
        if !isSymbol(")") {
          while true {
            let argToken = current
            if function.isLiteralArgument(args.count) {
              guard case .string = argToken.kind else {
                throw ExpressionError("argument \(args.count + 1) of \(name)() must be a quoted literal", at: argToken.offset)
              }
            }
            args.append(try parseOr())
            if isSymbol(",") { advance() } else { break }
          }
        }
        try expect(")")
        guard function.arity.contains(args.count), function != .lookup || args.count % 2 == 1 else {
          throw ExpressionError("\(name)() takes \(Self.describe(function.arity)) arguments, not \(args.count)", at: token.offset)
        }
        return .call(function, args)
      }
      return .field(name)
    case .symbol("("):
      advance()
      let inner = try parseOr()
      try expect(")")
      return inner
    case .symbol("["):
      advance()
      var items: [Expr] = []
      if !isSymbol("]") {
        while true {
          items.append(try parseOr())
          if isSymbol(",") { advance() } else { break }
        }
      }
      try expect("]")
      // A list of literals is itself a literal, built once.
      var literals: [Value] = []
      for item in items {
        guard case .literal(let value) = item else { return .list(items) }
        literals.append(value)
      }
      return .literal(.list(literals))
    default:
      throw ExpressionError("unexpected \(describe(token))", at: token.offset)
    }
  }

  private static func describe(_ range: ClosedRange<Int>) -> String {
    range.lowerBound == range.upperBound ? "\(range.lowerBound)" : "\(range.lowerBound)–\(range.upperBound)"
  }
}
