@testable import ComplyKit

/// Prints a loaded rule set as Swift source that builds the same values: how `ShippedPack.swift` is
/// generated from `Rules/`, and how a test tells that the generated pack is the one the YAML gives
/// (both are printed, and the texts compared).
struct ShippedPackRenderer {
  struct Unsupported: Error, CustomStringConvertible {
    let description: String
  }

  /// The whole generated file.
  static func file(_ ruleSet: RuleSet) throws -> String {
    var out = """
      // Generated from Rules/ by `COMPLY_RECORD=1 swift test --filter ShippedRulesTests`. Do not edit.
      // The shipped rule pack as Swift values, without its examples: an audit or a check starts without
      // reading the pack's YAML (see `RuleSet.compiledPack`). `ShippedRules.swift` holds the same files as
      // text, which `comply rules test` and the explaining commands read, examples included.

      enum ShippedPack {
        static func ruleSet() throws(Pattern.Failure) -> RuleSet {
          RuleSet(
            rules: [

      """
    for index in ruleSet.rules.indices { out += "        try rule\(index)(),\n" }
    out += "      ],\n      calendars: [\n"
    for index in ruleSet.calendars.indices { out += "        calendar\(index)(),\n" }
    out += "      ])\n  }\n"
    for (index, rule) in ruleSet.rules.enumerated() {
      out += "\n  // \(rule.source)\n"
      out += "  private static func rule\(index)() throws(Pattern.Failure) -> Rule {\n"
      out += try "    " + Self.rule(rule, indent: "    ") + "\n  }\n"
    }
    for (index, calendar) in ruleSet.calendars.enumerated() {
      out += "\n  private static func calendar\(index)() -> WorkCalendar {\n"
      out += "    " + Self.calendar(calendar) + "\n  }\n"
    }
    out += "}\n"
    return out
  }

  static func rule(_ rule: Rule, indent: String) throws -> String {
    guard rule.examples.isEmpty else {
      throw Unsupported(description: "\(rule.id): the compiled pack is printed without examples")
    }
    let inner = indent + "  "
    var parts = [
      "id: \(string(rule.id))",
      "severity: .\(rule.severity)",
      "title: \(localized(rule.title))",
      "rationale: \(optional(rule.rationale.map(localized)))",
      "remedy: \(optional(rule.remedy.map(localized)))",
      "basis: [\(rule.basis.map(basis).joined(separator: ", "))]",
      try "parameters: [\(rule.parameters.map(parameter).joined(separator: ", "))]",
    ]
    parts.append(try "body: " + body(rule.body, indent: inner))
    parts.append("examples: []")
    parts.append("source: \(location(rule.source))")
    return "Rule(\n" + parts.map { inner + $0 }.joined(separator: ",\n") + ")"
  }

  static func body(_ body: RuleBody, indent: String) throws -> String {
    let inner = indent + "  "
    switch body {
    case .record(let r):
      let parts = [
        "kind: \(string(r.kind))",
        "filter: \(try optional(r.filter.map(expr)))",
        "date: \(try optional(r.date.map(expr)))",
        "lets: \(try lets(r.lets))",
        "checks: \(try checks(r.checks, indent: inner + "  "))",
      ]
      return ".record(\n\(inner)RecordRule(\n" + parts.map { inner + "  " + $0 }.joined(separator: ",\n") + "))"
    case .schedule(let s):
      let sets = try s.sets.map { set in
        "ScheduleRule.RecordSet(name: \(string(set.name)), kind: \(string(set.kind)), "
          + "filter: \(try optional(set.filter.map(expr))), date: \(try expr(set.date)), org: \(string(set.org)))"
      }
      let parts = [
        "organizations: \(try expr(s.organizations))",
        "unit: \(optional(s.unit.map { ".\($0)" }))",
        "unitParameter: \(optional(s.unitParameter.map(string)))",
        "sets: [\n" + sets.map { inner + "    " + $0 + ",\n" }.joined() + inner + "  ]",
        "lets: \(try lets(s.lets))",
        "checks: \(try checks(s.checks, indent: inner + "  "))",
      ]
      return ".schedule(\n\(inner)ScheduleRule(\n" + parts.map { inner + "  " + $0 }.joined(separator: ",\n") + "))"
    case .schema(let s):
      return ".schema(SchemaRule(check: .\(s.check), checks: \(try checks(s.checks, indent: inner))))"
    }
  }

  static func checks(_ checks: [Check], indent: String) throws -> String {
    guard !checks.isEmpty else { return "[]" }
    let items = try checks.map { check in
      let parts = [
        "when: \(try optional(check.when.map(expr)))",
        "forEach: \(try optional(check.forEach.map(expr)))",
        "binding: \(optional(check.binding.map(string)))",
        "require: \(try expr(check.require))",
        "at: \(try optional(check.at.map(expr)))",
        "message: MessageTemplate(zh: \(try pieces(check.message.zh)), en: \(try pieces(check.message.en)))",
        "severity: \(optional(check.severity.map { ".\($0)" }))",
        "name: \(string(check.name))",
      ]
      return indent + "  Check(\n" + parts.map { indent + "    " + $0 }.joined(separator: ",\n") + ")"
    }
    return "[\n" + items.joined(separator: ",\n") + ",\n" + indent + "]"
  }

  static func lets(_ lets: [(name: String, value: Expr)]) throws -> String {
    "[" + (try lets.map { "(\(string($0.name)), \(try expr($0.value)))" }.joined(separator: ", ")) + "]"
  }

  static func pieces(_ pieces: [MessageTemplate.Piece]) throws -> String {
    let items = try pieces.map { piece -> String in
      switch piece {
      case .text(let text): return ".text(\(string(text)))"
      case .expr(let e): return ".expr(\(try expr(e)))"
      }
    }
    return "[" + items.joined(separator: ", ") + "]"
  }

  /// An expression as the enum's constructors, rooted in `Expr.` so that every part below has its type.
  static func expr(_ e: Expr) throws -> String { "Expr" + (try node(e)) }

  private static func node(_ e: Expr) throws -> String {
    switch e {
    case .literal(let value): return ".literal(\(try self.value(value)))"
    case .scope: return ".scope"
    case .root: return ".root"
    case .variable(let name): return ".variable(\(string(name)))"
    case .field(let name): return ".field(\(string(name)))"
    case .member(let base, let name): return ".member(\(try node(base)), \(string(name)))"
    case .index(let base, let index): return ".index(\(try node(base)), \(try node(index)))"
    case .list(let items): return ".list([\(try items.map(node).joined(separator: ", "))])"
    case .negate(let inner): return ".negate(\(try node(inner)))"
    case .not(let inner): return ".not(\(try node(inner)))"
    case .binary(let op, let lhs, let rhs): return ".binary(.\(op), \(try node(lhs)), \(try node(rhs)))"
    case .matches(let lhs, let regex): return ".matches(\(try node(lhs)), try RegexBox(source: \(string(regex.source))))"
    case .call(let function, let args): return ".call(.\(function), [\(try args.map(node).joined(separator: ", "))])"
    }
  }

  static func value(_ value: Value) throws -> String {
    switch value {
    case .missing: return ".missing"
    case .bool(let b): return ".bool(\(b))"
    case .int(let i): return ".int(\(i))"
    case .string(let s): return ".string(\(string(s)))"
    case .day(let d): return ".day(Day(ordinal: \(d.ordinal)))"
    case .list(let items): return ".list([\(try items.map(self.value).joined(separator: ", "))])"
    case .map(let map):
      let entries = try map.sorted { $0.key < $1.key }.map { "\(string($0.key)): \(try self.value($0.value))" }
      return entries.isEmpty ? ".map([:])" : ".map([\(entries.joined(separator: ", "))])"
    case .node, .record:
      throw Unsupported(description: "a value read from YAML or the records cannot be compiled in: \(value)")
    }
  }

  static func parameter(_ p: Parameter) throws -> String {
    "Parameter(name: \(string(p.name)), defaultValue: \(try value(p.defaultValue)), "
      + "description: \(optional(p.description.map(localized))), "
      + "choices: \(optional(p.choices.map { "[" + $0.map(string).joined(separator: ", ") + "]" })))"
  }

  static func basis(_ b: Basis) -> String {
    "Basis(regulation: \(string(b.regulation)), year: \(optional(b.year.map(String.init))), "
      + "article: \(optional(b.article.map(string))), confidence: \(optional(b.confidence.map(string))), "
      + "local: \(b.local), quote: \(optional(b.quote.map(string))))"
  }

  static func calendar(_ c: WorkCalendar) -> String {
    func days(_ set: Set<Day>) -> String {
      "[" + set.sorted().map { "Day(ordinal: \($0.ordinal))" }.joined(separator: ", ") + "]"
    }
    return "WorkCalendar(holidays: \(days(c.holidays)), workdays: \(days(c.workdays)), "
      + "years: [\(c.years.sorted().map(String.init).joined(separator: ", "))])"
  }

  static func localized(_ l: Localized) -> String { "Localized(zh: \(string(l.zh)), en: \(string(l.en)))" }

  static func location(_ s: SourceLocation) -> String {
    "SourceLocation(path: \(string(s.path)), line: \(s.mark.line), column: \(s.mark.column))"
  }

  static func optional(_ text: String?) -> String { text ?? "nil" }

  /// A Swift string literal for any text.
  static func string(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\\": out += "\\\\"
      case "\"": out += "\\\""
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      default:
        if scalar.value < 0x20 || scalar.value == 0x7F || (0x80..<0xA0).contains(scalar.value) {
          out += "\\u{\(String(scalar.value, radix: 16))}"
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    return out + "\""
  }
}
