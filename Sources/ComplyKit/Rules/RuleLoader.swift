/// Turns one rule file into a compiled `Rule`, or the list of everything wrong with it.
struct RuleLoader {
  static let topKeys = [
    "id", "kind", "severity", "title", "rationale", "remedy", "basis", "parameters", "applies_to", "organizations",
    "period", "sets", "check", "let", "checks", "when", "for_each", "as", "require", "at", "message", "examples",
  ]
  static let checkKeys = ["name", "when", "for_each", "as", "require", "at", "message", "severity"]
  /// Variables a schema rule's messages may use: what the reader found.
  static let schemaVariables: Set<String> = [
    "field", "problem", "expected", "expected_zh", "found", "target", "target_kind", "id", "first", "kind", "error",
  ]

  var reader: NodeReader
  /// The file's examples were cut off before it was read (see `RuleSet.Source.examplesOmitted`).
  let examplesOmitted: Bool

  init(path: String, examplesOmitted: Bool = false) {
    reader = NodeReader(path: path)
    self.examplesOmitted = examplesOmitted
  }

  mutating func load(_ root: Node) -> Rule? {
    guard let map = reader.mapping(root, allowed: Self.topKeys, what: "rule") else { return nil }
    let idNode = reader.requireValue(map, "id", what: "rule")
    let id = idNode.flatMap { reader.text($0, what: "id") }
    if let id, let idNode, !Self.isValidID(id) {
      reader.error("rule id '\(id)' must be lowercase words joined by '.' and '-' (area.name)", at: idNode.mark)
    }
    let kind = reader.requireValue(map, "kind", what: "rule").flatMap {
      reader.choice($0, RuleKind.self, all: RuleKind.allCases, what: "rule kind")
    }
    let severity = reader.requireValue(map, "severity", what: "rule").flatMap {
      reader.choice($0, Severity.self, all: Severity.allCases, what: "severity")
    }
    let title = reader.requireValue(map, "title", what: "rule").flatMap { reader.localized($0, what: "title") }
    let rationale = map["rationale"].flatMap { reader.localized($0, what: "rationale") }
    let remedy = map["remedy"].flatMap { reader.localized($0, what: "remedy") }
    let basis = reader.requireValue(map, "basis", what: "rule").map { loadBasis($0) } ?? []
    let parameters = map["parameters"].map { loadParameters($0) } ?? []

    var context = ExpressionContext(variables: ["window", "params"], parameters: Set(parameters.map(\.name)))
    let body: RuleBody?
    switch kind {
    case .record?: body = loadRecordBody(map, kind: .record, context: &context)
    case .schedule?: body = loadScheduleBody(map, parameters: parameters, context: &context)
    case .schema?: body = loadSchemaBody(map, context: &context)
    case nil: body = nil
    }
    let examples = map["examples"].map { loadExamples($0) } ?? []
    if map["examples"] == nil, !examplesOmitted {
      reader.error("rule needs 'examples' with at least one passing and one failing example", at: map.mark)
    }
    guard reader.errors.isEmpty, let id, let severity, let title, let body else { return nil }
    return Rule(
      id: id, severity: severity, title: title, rationale: rationale, remedy: remedy, basis: basis,
      parameters: parameters, body: body, examples: examples, source: reader.location(map.mark))
  }

  static func isValidID(_ id: String) -> Bool {
    let parts = id.split(separator: ".", omittingEmptySubsequences: false)
    return parts.count >= 2
      && parts.allSatisfy { part in
        !part.isEmpty && part.allSatisfy { ($0 >= "a" && $0 <= "z") || ($0 >= "0" && $0 <= "9") || $0 == "-" }
      }
  }

  // MARK: - Header

  mutating func loadBasis(_ node: Node) -> [Basis] {
    let items = reader.list(node, what: "basis")
    if items.isEmpty, node.sequence != nil { reader.error("basis must cite at least one source", at: node.mark) }
    return items.compactMap { item in
      guard
        let map = reader.mapping(
          item, allowed: ["regulation", "year", "article", "confidence", "local", "quote"], what: "basis entry"),
        let regulation = reader.requireValue(map, "regulation", what: "basis entry").flatMap({
          reader.text($0, what: "regulation")
        })
      else { return nil }
      let confidence = map["confidence"].flatMap { reader.text($0, what: "confidence") }
      if let confidence, !["F", "F2", "R", "L"].contains(confidence), let node = map["confidence"] {
        reader.error("confidence must be F, F2, R or L", at: node.mark)
      }
      return Basis(
        regulation: regulation,
        year: map["year"].flatMap { reader.int($0, what: "year") },
        article: map["article"].flatMap { reader.text($0, what: "article") },
        confidence: confidence,
        local: map["local"].flatMap { reader.bool($0, what: "local") } ?? (confidence == "L"),
        quote: map["quote"].flatMap { reader.text($0, what: "quote") })
    }
  }

  mutating func loadParameters(_ node: Node) -> [Parameter] {
    guard let map = node.mapping else {
      reader.error("parameters must be a mapping of name → {default, description}", at: node.mark)
      return []
    }
    return map.entries.compactMap { entry in
      guard
        let spec = reader.mapping(entry.value, allowed: ["default", "description", "choices"], what: "parameter"),
        let defaultNode = reader.requireValue(spec, "default", what: "parameter '\(entry.key.text)'")
      else { return nil }
      let choices = spec["choices"].map { reader.list($0, what: "choices").compactMap { reader.text($0, what: "choice") } }
      let value = Value.node(defaultNode).normalized
      if let choices, let text = value.textValue, !choices.contains(text) {
        reader.error("default '\(text)' is not one of the choices", at: defaultNode.mark)
      }
      return Parameter(
        name: entry.key.text, defaultValue: value,
        description: spec["description"].flatMap { reader.localized($0, what: "description") }, choices: choices)
    }
  }

  // MARK: - Bodies

  mutating func loadLets(_ map: MappingNode, context: inout ExpressionContext) -> [(name: String, value: Expr)] {
    guard let node = map["let"] else { return [] }
    guard let lets = node.mapping else {
      reader.error("let must be a mapping of name → expression", at: node.mark)
      return []
    }
    var result: [(name: String, value: Expr)] = []
    for entry in lets.entries {
      if let expr = reader.expression(entry.value, context: context, what: "let \(entry.key.text)") {
        result.append((entry.key.text, expr))
      }
      context.variables.insert(entry.key.text)
    }
    return result
  }

  mutating func loadChecks(_ map: MappingNode, context: ExpressionContext, implicitRequire: Bool = false) -> [Check] {
    let defaultMessage = map["message"]
    if let checksNode = map["checks"] {
      for key in ["when", "for_each", "as", "require", "at"] where map[key] != nil {
        reader.error("'\(key)' belongs inside one of 'checks' when 'checks' is given", at: map.entry(key)?.key.mark ?? map.mark)
      }
      let items = reader.list(checksNode, what: "checks")
      if items.isEmpty { reader.error("checks must not be empty", at: checksNode.mark) }
      return items.enumerated().compactMap { index, item in
        guard let check = reader.mapping(item, allowed: Self.checkKeys, what: "check") else { return nil }
        return loadCheck(check, defaultMessage: defaultMessage, context: context, index: index, implicitRequire: implicitRequire)
      }
    }
    if map["require"] == nil, !implicitRequire {
      reader.error("rule needs 'require' (or 'checks')", at: map.mark)
      return []
    }
    return loadCheck(
      map, defaultMessage: defaultMessage, context: context, index: 0, implicitRequire: implicitRequire, ruleLevel: true
    ).map { [$0] } ?? []
  }

  mutating func loadCheck(
    _ map: MappingNode, defaultMessage: Node?, context: ExpressionContext, index: Int, implicitRequire: Bool,
    ruleLevel: Bool = false
  ) -> Check? {
    var context = context
    let when = map["when"].flatMap { reader.expression($0, context: context, what: "when") }
    let forEach = map["for_each"].flatMap { reader.expression($0, context: context, what: "for_each") }
    var binding: String?
    if let asNode = map["as"] {
      binding = reader.text(asNode, what: "as")
      if forEach == nil { reader.error("'as' needs 'for_each'", at: asNode.mark) }
      if let binding { context.variables.insert(binding) }
    }
    let require: Expr?
    if let node = map["require"] {
      require = reader.expression(node, context: context, what: "require")
    } else if implicitRequire {
      require = .literal(.bool(false))
    } else {
      reader.error("check needs 'require'", at: map.mark)
      require = nil
    }
    let at = map["at"].flatMap { reader.expression($0, context: context, what: "at") }
    // At the top of a rule file, `severity` is the rule's own (read already).
    let severity =
      ruleLevel ? nil : map["severity"].flatMap { reader.choice($0, Severity.self, all: Severity.allCases, what: "severity") }
    guard let messageNode = map["message"] ?? defaultMessage else {
      reader.error("check needs a 'message' (or the rule one)", at: map.mark)
      return nil
    }
    let message = reader.message(messageNode, context: context, what: "message")
    let name = map["name"].flatMap { reader.text($0, what: "name") } ?? "\(index)"
    guard let require, let message else { return nil }
    return Check(
      when: when, forEach: forEach, binding: binding, require: require, at: at, message: message, severity: severity,
      name: name)
  }

  mutating func loadRecordBody(_ map: MappingNode, kind: RuleKind, context: inout ExpressionContext) -> RuleBody? {
    for key in ["organizations", "period", "sets", "check"] where map[key] != nil {
      reader.error("'\(key)' does not belong in a record rule", at: map.entry(key)?.key.mark ?? map.mark)
    }
    // Read everything even when a part is wrong, so that every mistake is reported at once.
    let applies = reader.requireValue(map, "applies_to", what: "record rule").flatMap {
      reader.mapping($0, allowed: ["kind", "where", "date"], what: "applies_to")
    }
    let recordKind = applies.flatMap { reader.requireValue($0, "kind", what: "applies_to") }.flatMap {
      reader.choice($0, RecordKind.self, all: RecordKind.allCases, what: "record kind")
    }
    let filter = applies?["where"].flatMap { reader.expression($0, context: context, what: "where") }
    let date = applies?["date"].flatMap { reader.expression($0, context: context, what: "date") }
    let lets = loadLets(map, context: &context)
    let checks = loadChecks(map, context: context)
    guard let recordKind else { return nil }
    return .record(RecordRule(kind: recordKind.rawValue, filter: filter, date: date, lets: lets, checks: checks))
  }

  mutating func loadScheduleBody(_ map: MappingNode, parameters: [Parameter], context: inout ExpressionContext) -> RuleBody? {
    for key in ["applies_to", "check"] where map[key] != nil {
      reader.error("'\(key)' does not belong in a schedule rule", at: map.entry(key)?.key.mark ?? map.mark)
    }
    let organizations = reader.requireValue(map, "organizations", what: "schedule rule").flatMap {
      reader.expression($0, context: context, what: "organizations")
    }
    var unit: ScheduleRule.Unit?
    var unitParameter: String?
    if let periodNode = reader.requireValue(map, "period", what: "schedule rule"), let text = reader.text(periodNode, what: "period") {
      if text.hasPrefix("$params.") {
        let name = String(text.dropFirst("$params.".count))
        if let parameter = parameters.first(where: { $0.name == name }) {
          unitParameter = name
          let allowed = Set(ScheduleRule.Unit.allCases.map(\.rawValue))
          if !(parameter.choices.map { Set($0).isSubset(of: allowed) } ?? false) {
            reader.error("parameter '\(name)' must list choices from month | quarter | year", at: periodNode.mark)
          }
        } else {
          reader.error("unknown parameter '\(name)'", at: periodNode.mark)
        }
      } else {
        unit = reader.choice(periodNode, ScheduleRule.Unit.self, all: ScheduleRule.Unit.allCases, what: "period")
      }
    }
    context.variables.formUnion(["org", "period"])
    var sets: [ScheduleRule.RecordSet] = []
    if let setsNode = reader.requireValue(map, "sets", what: "schedule rule") {
      if let setsMap = setsNode.mapping {
        for entry in setsMap.entries {
          guard let spec = reader.mapping(entry.value, allowed: ["kind", "where", "date", "org"], what: "set"),
            let kindNode = reader.requireValue(spec, "kind", what: "set '\(entry.key.text)'"),
            let kind = reader.choice(kindNode, RecordKind.self, all: RecordKind.allCases, what: "record kind")
          else { continue }
          let filter = spec["where"].flatMap { reader.expression($0, context: context, what: "where") }
          let date = spec["date"].flatMap { reader.expression($0, context: context, what: "date") } ?? .field("date")
          let org = spec["org"].flatMap { reader.text($0, what: "org") } ?? "org"
          sets.append(ScheduleRule.RecordSet(name: entry.key.text, kind: kind.rawValue, filter: filter, date: date, org: org))
        }
        context.variables.formUnion(setsMap.entries.map(\.key.text))
      } else {
        reader.error("sets must be a mapping of name → {kind, where, date}", at: setsNode.mark)
      }
    }
    let lets = loadLets(map, context: &context)
    let checks = loadChecks(map, context: context)
    guard let organizations, unit != nil || unitParameter != nil else { return nil }
    return .schedule(
      ScheduleRule(
        organizations: organizations, unit: unit, unitParameter: unitParameter, sets: sets, lets: lets, checks: checks))
  }

  mutating func loadSchemaBody(_ map: MappingNode, context: inout ExpressionContext) -> RuleBody? {
    for key in ["applies_to", "organizations", "period", "sets", "let", "for_each", "as", "require"] where map[key] != nil {
      reader.error("'\(key)' does not belong in a schema rule", at: map.entry(key)?.key.mark ?? map.mark)
    }
    guard let checkNode = reader.requireValue(map, "check", what: "schema rule"),
      let check = reader.choice(checkNode, SchemaIssue.Check.self, all: SchemaIssue.Check.allCases, what: "schema check")
    else { return nil }
    context.variables.formUnion(Self.schemaVariables)
    let checks = loadChecks(map, context: context, implicitRequire: true)
    return .schema(SchemaRule(check: check, checks: checks))
  }

  // MARK: - Examples

  mutating func loadExamples(_ node: Node) -> [RuleExample] {
    guard let map = reader.mapping(node, allowed: ["pass", "fail"], what: "examples") else { return [] }
    var examples: [RuleExample] = []
    for (key, passes) in [("pass", true), ("fail", false)] {
      guard let list = reader.requireValue(map, key, what: "examples") else { continue }
      let items = reader.list(list, what: "examples.\(key)")
      if items.isEmpty, list.sequence != nil { reader.error("examples.\(key) needs at least one example", at: list.mark) }
      for (i, item) in items.enumerated() {
        if let example = loadExample(item, passes: passes, index: i) { examples.append(example) }
      }
    }
    return examples
  }

  mutating func loadExample(_ node: Node, passes: Bool, index: Int) -> RuleExample? {
    let allowed = ["name", "records", "period", "window", "parameters"] + (passes ? [] : ["expect", "count"])
    guard let map = reader.mapping(node, allowed: allowed, what: passes ? "passing example" : "failing example"),
      let recordsNode = reader.requireValue(map, "records", what: "example"),
      let records = recordsNode.scalar
    else { return nil }
    let name = map["name"].flatMap { reader.text($0, what: "name") } ?? "\(passes ? "pass" : "fail") #\(index + 1)"
    var window: AuditWindow?
    if let periodNode = map["period"], let year = reader.int(periodNode, what: "period") {
      window = AuditWindow(year: year)
      if window == nil {
        reader.error("period must be \(Day.yearsDescription)", at: periodNode.mark)
      }
    }
    if let windowNode = map["window"], let w = reader.mapping(windowNode, allowed: ["from", "to"], what: "window"),
      let fromNode = reader.requireValue(w, "from", what: "window"), let toNode = reader.requireValue(w, "to", what: "window"),
      let from = reader.day(fromNode, what: "from"), let to = reader.day(toNode, what: "to")
    {
      window = AuditWindow(from: from, to: to)
    }
    var parameters: [String: Value] = [:]
    if let paramsNode = map["parameters"], let params = paramsNode.mapping {
      for entry in params.entries { parameters[entry.key.text] = Value.node(entry.value).normalized }
    }
    var expectations: [RuleExample.Expectation] = []
    if let expectNode = map["expect"] {
      for item in reader.list(expectNode, what: "expect") {
        guard let e = reader.mapping(item, allowed: ["line", "column", "message", "period", "record"], what: "expectation")
        else { continue }
        expectations.append(
          RuleExample.Expectation(
            line: e["line"].flatMap { reader.int($0, what: "line") },
            column: e["column"].flatMap { reader.int($0, what: "column") },
            message: e["message"].flatMap { reader.text($0, what: "message") },
            period: e["period"].flatMap { reader.text($0, what: "period") },
            record: e["record"].flatMap { reader.text($0, what: "record") }))
      }
    }
    // A block scalar's text starts on the line after its indicator.
    let firstLine = records.style == .literal || records.style == .folded ? records.mark.line + 1 : records.mark.line
    return RuleExample(
      name: name, passes: passes, records: records.text,
      location: SourceLocation(path: reader.path, line: firstLine, column: 1), window: window,
      parameters: parameters, expectations: expectations, count: map["count"].flatMap { reader.int($0, what: "count") })
  }
}
