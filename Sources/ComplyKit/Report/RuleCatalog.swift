/// How rules are listed and explained to a person (`rules list`, `rules show`, `explain`).
public enum RuleCatalog {
  public static func text(_ rules: [Rule], language: Language) -> String {
    let width = rules.map(\.id.count).max() ?? 0
    var out = ""
    for rule in rules {
      let pad = String(repeating: " ", count: width - rule.id.count)
      let severity = rule.severity.rawValue.padding(toLength: 7)
      out += "\(rule.id)\(pad)  \(severity)  \(rule.title.text(language))  \(rule.citation)\n"
    }
    out += "\(rules.count) rules\n"
    return out
  }

  public static func json(_ rules: [Rule]) -> String {
    let items: [JSONWriter.Value] = rules.map { rule in
      .object([
        ("id", .string(rule.id)), ("kind", .string(rule.kind.rawValue)), ("severity", .string(rule.severity.rawValue)),
        ("title", .object([("zh", .string(rule.title.zh)), ("en", .string(rule.title.en))])),
        ("basis", .array(rule.basis.map(basisJSON))),
        ("parameters", .object(rule.parameters.map { ($0.name, parameterJSON($0)) })),
      ])
    }
    return JSONWriter.render(.array(items))
  }

  static func basisJSON(_ b: Basis) -> JSONWriter.Value {
    .object([
      ("citation", .string(b.citation)), ("regulation", .string(b.regulation)), ("year", b.year.map { .int($0) } ?? .null),
      ("article", .optional(b.article)), ("confidence", .optional(b.confidence)), ("local", .bool(b.local)),
    ])
  }

  static func parameterJSON(_ p: Parameter) -> JSONWriter.Value {
    let value: JSONWriter.Value
    switch p.defaultValue {
    case .int(let i): value = .int(i)
    case .bool(let b): value = .bool(b)
    default: value = .optional(p.defaultValue.textValue)
    }
    var entries: [(String, JSONWriter.Value)] = [("default", value)]
    if let d = p.description { entries.append(("description", .object([("zh", .string(d.zh)), ("en", .string(d.en))]))) }
    if let choices = p.choices { entries.append(("choices", .array(choices.map { .string($0) }))) }
    return .object(entries)
  }

  public static func show(_ rule: Rule) -> String {
    var out = "\(rule.id)  [\(rule.kind.rawValue), \(rule.severity.rawValue)]\n"
    out += "  \(rule.title.zh)\n  \(rule.title.en)\n"
    out += "依据 Basis:\n"
    for b in rule.basis {
      out += "  \(b.citation)" + (b.confidence.map { "  [\($0)]" } ?? "") + "\n"
      if let quote = b.quote { out += "    \(quote)\n" }
    }
    if !rule.parameters.isEmpty {
      out += "参数 Parameters:\n"
      for p in rule.parameters {
        out += "  \(p.name) = \(p.defaultValue.textValue ?? "—")"
        if let d = p.description { out += "  \(d.zh) / \(d.en)" }
        out += "\n"
      }
    }
    out += reads(rule)
    for example in rule.examples {
      out += "\n\(example.passes ? "合规示例 Passing" : "违规示例 Failing"): \(example.name)  (\(example.location))\n"
      for line in example.records.split(separator: "\n", omittingEmptySubsequences: false) { out += "  | \(line)\n" }
    }
    return out
  }

  /// What the rule reads of the records (`Rule.reads`): a field name misspelt in a rule shows here as
  /// a field no record has. Nothing for a schema rule, which judges the schema checker's issues.
  static func reads(_ rule: Rule) -> String {
    if case .schema = rule.body { return "" }
    let reads = rule.reads
    func list(_ paths: [String]) -> String { paths.isEmpty ? "—" : paths.joined(separator: ", ") }
    var out = "读取字段 Reads:\n"
    let own = rule.kind == .schedule ? "组织 the organization" : "本记录 its record"
    out += "  \(own): \(list(reads.own.paths))\n"
    for kind in reads.reached.keys.sorted() {
      let label = kind == RuleReads.anyKind ? "按 id 找到的记录 records found by id" : "\(kind) 记录 \(kind) records"
      out += "  \(label): \(list(reads.reached[kind]?.paths ?? []))\n"
    }
    if !reads.uses.isEmpty { out += "  另用 also uses: \(reads.uses.sorted().map(\.rawValue).joined(separator: ", "))\n" }
    return out
  }

  public static func explain(_ rule: Rule) -> String {
    var out = "\(rule.id) — \(rule.title.zh)\n"
    if let r = rule.rationale { out += "\n为什么：\(r.zh)\n" }
    out += "\n依据：\(rule.citation)\n"
    for b in rule.basis { if let quote = b.quote { out += "  \(quote)\n" } }
    if let f = rule.remedy { out += "\n如何整改：\(f.zh)\n" }
    out += "\n\(rule.id) — \(rule.title.en)\n"
    if let r = rule.rationale { out += "\nWhy: \(r.en)\n" }
    out += "\nBasis: \(rule.citation)\n"
    if let f = rule.remedy { out += "\nHow to fix: \(f.en)\n" }
    return out
  }
}

extension String {
  func padding(toLength length: Int) -> String {
    count >= length ? self : self + String(repeating: " ", count: length - count)
  }
}
