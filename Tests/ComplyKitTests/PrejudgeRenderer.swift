@testable import ComplyKit

/// Writes the shipped record rules' conditions out as Swift (`ShippedPrejudges.swift`): a function per
/// rule that settles the records the rule certainly passes, with no interpreter step between the rule
/// and the nodes (see `Prejudge`).
///
/// Each expression is given a Swift type by its shape: a condition is `Bool?`, a field `Node?`, a
/// count or sum `Int?`, a lookup's records `[Int]`. The helpers it calls give what the interpreter
/// gives for the shapes they accept and throw `Prejudge.Unsure` for any other, so that the record
/// goes to the interpreter. A rule whose expressions use a form written out here in no way (a
/// function of dates, a rule parameter, a text built with `+`) gets no pre-judge and is interpreted
/// as before; `unsupported` says which form stopped it.
struct PrejudgeRenderer {
  struct Unsupported: Error, CustomStringConvertible {
    let description: String
  }

  /// The Swift type an expression's code has.
  enum Kind: Equatable {
    /// `Bool?`: true, false or unknown.
    case condition
    /// `Node?`: a value in the records (nil when absent; a null scalar is missing too).
    case node
    /// `Int?`.
    case int
    /// `String`: a quoted text in the rule.
    case text
    /// `[Int]`: records, by index in the store.
    case records
    /// `Int?`: one record, by index in the store.
    case record
    /// `Int`: how many of `missing(…)`'s fields lack (only `count` reads it).
    case lacking
    /// `Value`: the interpreter's own value, for a mix of kinds the helpers do not compare.
    case value
  }

  struct Code {
    let text: String
    let kind: Kind
  }

  /// What bare field names are read from.
  enum Scope {
    /// The record judged (`root`, its top-level mapping).
    case root
    /// An element of a list in the records, a `Node` held in the named Swift constant.
    case node(String)
    /// A record found by a lookup, by its index in the named Swift constant.
    case record(String)
  }

  struct Context {
    var scope: Scope
    var variables: [String: Code]
  }

  /// The look-up keys the rules use, each a constant of the generated file.
  private var lookups: [LookupKey] = []
  private var names = 0

  // MARK: - The file

  static let header = """
    // Generated from Rules/ by `COMPLY_RECORD=1 swift test --filter ShippedRulesTests`. Do not edit.
    // The shipped record rules' conditions written out as Swift, run before the interpreter to settle
    // the records a rule certainly passes (see `Prejudge`). Rules not listed are interpreted only.

    """

  /// The whole generated file, and the rules left out with the reason.
  static func file(_ ruleSet: RuleSet) -> (text: String, unsupported: [(rule: String, reason: String)]) {
    var renderer = PrejudgeRenderer()
    var functions: [(id: String, name: String, text: String)] = []
    var unsupported: [(rule: String, reason: String)] = []
    for rule in ruleSet.rules {
      guard case .record(let body) = rule.body else { continue }
      let name = "rule\(functions.count)"
      let saved = renderer
      do {
        functions.append((rule.id, name, try renderer.function(name, rule: rule, body: body)))
      } catch {
        renderer = saved
        unsupported.append((rule.id, "\(error)"))
      }
    }
    var out = header + "\n// swift-format-ignore-file\nenum ShippedPrejudges {\n"
    out += "  static let table: [String: Prejudge.Function] = [\n"
    for function in functions { out += "    \(ShippedPackRenderer.string(function.id)): \(function.name),\n" }
    out += "  ]\n"
    for (index, key) in renderer.lookups.enumerated() {
      let paths = key.paths.map(ShippedPackRenderer.string).joined(separator: ", ")
      out += "\n  private static let lookup\(index) = LookupKey(kind: \(ShippedPackRenderer.string(key.kind)), paths: [\(paths)])\n"
    }
    for function in functions { out += "\n" + function.text }
    out += "}\n"
    return (out, unsupported)
  }

  private mutating func function(_ name: String, rule: Rule, body: RecordRule) throws -> String {
    var lines: [String] = []
    var context = Context(scope: .root, variables: [:])
    if let filter = body.filter {
      lines.append("guard (\(try condition(filter, context))) == true else { return .skipped }")
    }
    for (variable, value) in body.lets {
      let code = try expression(value, context)
      let local = fresh("let_")
      lines.append("let \(local) = \(code.text)")
      context.variables[variable] = Code(text: local, kind: code.kind)
    }
    for check in body.checks { lines += try self.check(check, context) }
    lines.append("return .passed")
    let inner = lines.flatMap { $0.split(separator: "\n", omittingEmptySubsequences: false) }.map { "      " + $0 }
    return """
        // \(rule.id)
        private static func \(name)(_ store: RecordStore, _ index: Int, _ root: MappingNode) -> Prejudge.Verdict {
          do throws(Prejudge.Unsure) {
      \(inner.joined(separator: "\n"))
          } catch {
            return .unsure
          }
        }

      """
  }

  /// A check: `.unsure` as soon as its condition may be false for the record or an element.
  private mutating func check(_ check: Check, _ context: Context) throws -> [String] {
    var lines: [String] = []
    var indent = ""
    var context = context
    if let when = check.when {
      lines.append("if (\(try condition(when, context))) == true {")
      indent += "  "
    }
    if let forEach = check.forEach {
      let item = fresh("item")
      var list = forEach
      var keep: Expr?
      if case .call(.filter, let args) = forEach {
        list = args[0]
        keep = args[1]
      }
      let items = try self.items(list, context)
      let scope: Scope = items.kind == .records ? .record(item) : .node(item)
      var inner = context
      inner.scope = scope
      let element = Code(text: item, kind: items.kind == .records ? .record : .node)
      var clause = ""
      if let keep { clause = " where (\(try condition(keep, inner))) == true" }
      lines.append(indent + "for \(item) in \(items.text)\(clause) {")
      indent += "  "
      if let binding = check.binding { inner.variables[binding] = element }
      context = inner
    }
    if case .literal(.bool(false)) = check.require {
      lines.append(indent + "return .unsure")
    } else {
      lines.append(indent + "if (\(try condition(check.require, context))) == false { return .unsure }")
    }
    while !indent.isEmpty {
      indent.removeLast(2)
      lines.append(indent + "}")
    }
    return lines
  }

  // MARK: - Expressions

  private mutating func fresh(_ stem: String) -> String {
    names += 1
    return "\(stem)\(names)"
  }

  /// The code of a condition, as `Bool?`.
  mutating func condition(_ e: Expr, _ context: Context) throws -> String {
    let code = try expression(e, context)
    switch code.kind {
    case .condition: return code.text
    case .node: return "Prejudge.truth(\(code.text))"
    case .value: return "(\(code.text)).truth"
    case .int, .text, .records, .record, .lacking: return "(nil as Bool?)"
    }
  }

  /// A list to walk, and whether its elements are records or nodes: `[Int]` or `[Node]`.
  private mutating func items(_ e: Expr, _ context: Context) throws -> Code {
    let code = try expression(e, context)
    switch code.kind {
    case .records: return code
    case .node: return Code(text: "Prejudge.items(\(code.text))", kind: .node)
    default: throw Unsupported(description: "a list of \(code.kind) is not walked")
    }
  }

  /// A quantifier's body, `(element) throws(Prejudge.Unsure) -> Bool?`, over the elements of `list`.
  private mutating func quantified(_ function: String, _ list: Expr, _ body: Expr, _ context: Context) throws -> String {
    let items = try self.items(list, context)
    let item = fresh("item")
    var inner = context
    inner.scope = items.kind == .records ? .record(item) : .node(item)
    let type = items.kind == .records ? "Int" : "Node"
    let condition = try self.condition(body, inner)
    return "try Prejudge.\(function)(\(items.text)) { (\(item): \(type)) throws(Prejudge.Unsure) -> Bool? in \(condition) }"
  }

  private static func key(_ name: String) -> String {
    "MappingKey(text: \(ShippedPackRenderer.string(name)), length: \(name.utf8.count), firstByte: \(name.utf8.first ?? 0))"
  }

  private func field(_ name: String, _ scope: Scope) -> Code {
    switch scope {
    case .root: Code(text: "root[\(Self.key(name))]", kind: .node)
    case .node(let item): Code(text: "try Prejudge.member(\(item), \(Self.key(name)))", kind: .node)
    case .record(let item): Code(text: "store.field(\(item), \(Self.key(name)))", kind: .node)
    }
  }

  mutating func expression(_ e: Expr, _ context: Context) throws -> Code {
    switch e {
    case .literal(.string(let text)): return Code(text: ShippedPackRenderer.string(text), kind: .text)
    case .literal(.int(let n)): return Code(text: "(\(n) as Int?)", kind: .int)
    case .literal(.bool(let b)): return Code(text: "(\(b) as Bool?)", kind: .condition)
    case .scope:
      guard case .node(let item) = context.scope else { throw Unsupported(description: "`it` of a record") }
      return Code(text: item, kind: .node)
    case .variable(let name):
      guard let code = context.variables[name] else { throw Unsupported(description: "the variable $\(name)") }
      return code
    case .field(let name): return field(name, context.scope)
    case .member(.root, let name): return field(name, .root)
    case .member(let base, let name):
      let code = try expression(base, context)
      switch code.kind {
      case .node: return Code(text: "try Prejudge.member(\(code.text), \(Self.key(name)))", kind: .node)
      case .record: return Code(text: "(\(code.text)).flatMap { store.field($0, \(Self.key(name))) }", kind: .node)
      default: throw Unsupported(description: "a member of a \(code.kind)")
      }
    case .index(let base, .literal(.int(let n))):
      let code = try expression(base, context)
      guard code.kind == .node else { throw Unsupported(description: "an element of a \(code.kind)") }
      return Code(text: "try Prejudge.element(\(code.text), \(n))", kind: .node)
    case .not(let inner):
      return Code(text: "(\(try condition(inner, context))).map { !$0 }", kind: .condition)
    case .binary(let op, let lhs, let rhs): return try binary(op, lhs, rhs, context)
    case .call(let function, let args): return try call(function, args, context)
    default:
      throw Unsupported(description: "the expression \(e)")
    }
  }

  /// Any code as the interpreter's `Value`.
  private func value(_ code: Code) throws -> String {
    switch code.kind {
    case .value: code.text
    case .node: "((\(code.text)).map(Value.node) ?? .missing)"
    case .int, .record: "((\(code.text)).map(\(code.kind == .int ? "Value.int" : "Value.record")) ?? .missing)"
    case .condition: "((\(code.text)).map(Value.bool) ?? .missing)"
    case .text: "Value.string(\(code.text))"
    case .records: "Value.list((\(code.text)).map(Value.record))"
    case .lacking: throw Unsupported(description: "missing() as a value")
    }
  }

  private mutating func binary(_ op: BinaryOperator, _ lhs: Expr, _ rhs: Expr, _ context: Context) throws -> Code {
    switch op {
    case .and, .or:
      let a = try condition(lhs, context)
      let b = try condition(rhs, context)
      let name = op == .and ? "and" : "or"
      return Code(text: "try Logic.\(name)(\(a), { () throws(Prejudge.Unsure) -> Bool? in \(b) })", kind: .condition)
    case .isIn, .notIn:
      let a = try expression(lhs, context)
      let negate = op == .notIn ? ".map { !$0 }" : ""
      if a.kind == .node, let texts = Self.texts(rhs) {
        let list = texts.map(ShippedPackRenderer.string).joined(separator: ", ")
        return Code(text: "(try Prejudge.isIn(\(a.text), texts: [\(list)]))\(negate)", kind: .condition)
      }
      let b = try expression(rhs, context)
      return Code(text: "Value.contains(\(try value(b)), \(try value(a)), store)\(negate)", kind: .condition)
    default:
      break
    }
    let a = try expression(lhs, context)
    let b = try expression(rhs, context)
    switch op {
    case .coalesce:
      if a.kind == .node, b.kind == .node {
        return Code(text: "try Prejudge.coalesce(\(a.text), { () throws(Prejudge.Unsure) -> Node? in \(b.text) })", kind: .node)
      }
      return Code(text: "try { () throws(Prejudge.Unsure) -> Value in let a = \(try value(a)); return a.isMissing ? \(try value(b)) : a }()", kind: .value)
    case .equal, .notEqual:
      let negate = op == .notEqual ? ".map { !$0 }" : ""
      switch (a.kind, b.kind) {
      case (.node, .text): return Code(text: "(try Prejudge.equals(\(a.text), text: \(b.text)))\(negate)", kind: .condition)
      case (.text, .node): return Code(text: "(try Prejudge.equals(\(b.text), text: \(a.text)))\(negate)", kind: .condition)
      case (.node, .node): return Code(text: "(try Prejudge.equals(\(a.text), \(b.text)))\(negate)", kind: .condition)
      case (.int, .int), (.lacking, .int), (.int, .lacking):
        return Code(text: "Prejudge.compare(\(a.text), \(b.text)).map { $0 \(op == .equal ? "==" : "!=") 0 }", kind: .condition)
      default:
        return Code(text: "Value.equals(\(try value(a)), \(try value(b)), store)\(negate)", kind: .condition)
      }
    case .less, .lessOrEqual, .greater, .greaterOrEqual:
      let test = "$0 \(op.rawValue) 0"
      switch (a.kind, b.kind) {
      case (.node, .node):
        return Code(text: "(try Prejudge.compare(\(a.text), \(b.text))).map { \(test) }", kind: .condition)
      case (.int, .int):
        return Code(text: "Prejudge.compare(\(a.text), \(b.text)).map { \(test) }", kind: .condition)
      default:
        return Code(text: "Value.compare(\(try value(a)), \(try value(b))).map { \(test) }", kind: .condition)
      }
    case .add, .subtract, .multiply, .divide, .remainder:
      // `+` on a field may join texts; only integers already counted add here.
      if op == .add, a.kind != .int || b.kind != .int {
        return Code(text: "Value.arithmetic(.add, \(try value(a)), \(try value(b)))", kind: .value)
      }
      guard let x = operand(a), let y = operand(b) else {
        return Code(text: "Value.arithmetic(.\(op), \(try value(a)), \(try value(b)))", kind: .value)
      }
      return Code(text: "Prejudge.arithmetic(.\(op), \(x), \(y))", kind: .int)
    default:
      throw Unsupported(description: "the operator \(op.rawValue)")
    }
  }

  /// An operand of arithmetic on integers, as `Int?`.
  private func operand(_ code: Code) -> String? {
    switch code.kind {
    case .int: code.text
    case .node: "(try Prejudge.operand(\(code.text)))"
    default: nil
    }
  }

  /// The texts of a literal list of texts (`['a', 'b']`).
  private static func texts(_ e: Expr) -> [String]? {
    var items: [Value] = []
    switch e {
    case .literal(.list(let values)): items = values
    case .list(let exprs):
      for expr in exprs {
        guard case .literal(let value) = expr else { return nil }
        items.append(value)
      }
    default: return nil
    }
    let texts = items.compactMap { item -> String? in
      if case .string(let text) = item { return text }
      return nil
    }
    return texts.count == items.count ? texts : nil
  }

  private mutating func call(_ function: Function, _ args: [Expr], _ context: Context) throws -> Code {
    switch function {
    case .exists:
      let a = try expression(args[0], context)
      switch a.kind {
      case .node: return Code(text: "(Prejudge.exists(\(a.text)) as Bool?)", kind: .condition)
      case .int, .condition, .record: return Code(text: "(((\(a.text)) != nil) as Bool?)", kind: .condition)
      case .lacking, .text, .records: return Code(text: "(true as Bool?)", kind: .condition)
      case .value: return Code(text: "(!(\(a.text)).isMissing as Bool?)", kind: .condition)
      }
    case .count where args.count == 1:
      let a = try expression(args[0], context)
      switch a.kind {
      case .node: return Code(text: "(Prejudge.count(\(a.text)) as Int?)", kind: .int)
      case .records: return Code(text: "((\(a.text)).count as Int?)", kind: .int)
      case .lacking: return Code(text: "(\(a.text) as Int?)", kind: .int)
      default: throw Unsupported(description: "count of a \(a.kind)")
      }
    case .count:
      return Code(text: "(\(try quantified("count", args[0], args[1], context)) as Int?)", kind: .int)
    case .any:
      return Code(text: "(\(try quantified("any", args[0], args[1], context)) as Bool?)", kind: .condition)
    case .none:
      return Code(text: "(!(\(try quantified("any", args[0], args[1], context))) as Bool?)", kind: .condition)
    case .all:
      return Code(text: try quantified("all", args[0], args[1], context), kind: .condition)
    case .missing:
      var parts: [String] = []
      for arg in args {
        guard case .literal(.string(let path)) = arg else { throw Unsupported(description: "missing() of a computed path") }
        let steps = path.split(separator: ".").map(String.init)
        var code = field(steps[0], context.scope).text
        for step in steps.dropFirst() { code = "try Prejudge.member(\(code), \(Self.key(step)))" }
        parts.append("(Prejudge.lacking(\(code)) ? 1 : 0)")
      }
      return Code(text: "(" + parts.joined(separator: " + ") + ")", kind: .lacking)
    case .year:
      let a = try expression(args[0], context)
      guard a.kind == .node else { throw Unsupported(description: "year of a \(a.kind)") }
      return Code(text: "Prejudge.year(\(a.text))", kind: .int)
    case .ref:
      let a = try expression(args[0], context)
      guard a.kind == .node else { throw Unsupported(description: "ref of a \(a.kind)") }
      return Code(text: "Prejudge.ref(store, \(a.text))", kind: .record)
    case .lookup:
      guard let key = Function.lookupKey(args), (1...2).contains(key.paths.count) else {
        throw Unsupported(description: "a lookup of more than two paths")
      }
      var values: [String] = []
      for index in stride(from: 2, to: args.count, by: 2) {
        let code = try expression(args[index], context)
        guard code.kind == .node else { throw Unsupported(description: "a lookup by a \(code.kind)") }
        values.append(code.text)
      }
      if values.count == 1 { values.append("nil") }
      let constant: Int
      if let known = lookups.firstIndex(of: key) {
        constant = known
      } else {
        constant = lookups.count
        lookups.append(key)
      }
      return Code(text: "try Prejudge.lookup(store, lookup\(constant), \(values.joined(separator: ", ")))", kind: .records)
    case .ifThen:
      let c = try condition(args[0], context)
      let a = try expression(args[1], context)
      let b = try expression(args[2], context)
      guard a.kind == b.kind, a.kind == .node || a.kind == .int else {
        throw Unsupported(description: "if() of a \(a.kind) and a \(b.kind)")
      }
      let type = a.kind == .node ? "Node" : "Int"
      return Code(
        text: "try Prejudge.ifThen(\(c), { () throws(Prejudge.Unsure) -> \(type)? in \(a.text) }, { () throws(Prejudge.Unsure) -> \(type)? in \(b.text) })",
        kind: a.kind)
    default:
      throw Unsupported(description: "the function \(function.rawValue)()")
    }
  }
}
