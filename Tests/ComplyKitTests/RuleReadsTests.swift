import Foundation
import Testing

@testable import ComplyKit

/// `Rule.reads`: what each rule reads of the records, worked out before any is read. Checked the way
/// it will be used: records cut down to what the rules read give the same findings as whole ones.
@Suite struct RuleReadsTests {
  static let ruleSet: RuleSet? = try? Repo.loadRules()
  static let ruleIDs: [String] = ruleSet?.rules.filter { $0.kind != .schema }.map(\.id) ?? []

  /// The kinds the store reads for itself (names, relations, calendars, an organization's dates):
  /// never cut down here.
  static let registries: Set<String> = [
    RecordKind.organization.rawValue, RecordKind.person.rawValue, RecordKind.calendar.rawValue,
  ]

  /// What the engine reads of any record besides its rules: its header, the organization a finding
  /// names, the `type` that gates rules and sets, and its kind's date.
  static func essentials(_ kind: String) -> FieldTree {
    var tree = FieldTree()
    for field in ["kind", "id", "org", "type"] { tree.insert([field], whole: true) }
    if let path = RecordKind(rawValue: kind)?.datePath { tree.insert(path, whole: true) }
    return tree
  }

  /// Each record of a kind that is not a registry cut down to what `rules` read of it (with `reading`
  /// false, to what the engine alone reads).
  static func pruned(_ loaded: RecordLoader.Output, by rules: [Rule], reading: Bool = true) -> RecordLoader.Output {
    let reads = rules.map(\.reads)
    let documents = loaded.documents.map { document -> RecordStore.Document in
      guard let root = document.node.mapping, let kind = root["kind"]?.scalar?.text, !registries.contains(kind) else {
        return document
      }
      var keep = essentials(kind)
      for (rule, read) in zip(rules, reads) where reading {
        if case .record(let body) = rule.body, body.kind == kind { keep.formUnion(read.own) }
        keep.formUnion(read.reached(ofKind: kind))
      }
      return RecordStore.Document(file: document.file, node: .mapping(FieldTree.Plan(keep).pruning(root)))
    }
    return RecordLoader.Output(files: loaded.files, documents: documents, issues: loaded.issues)
  }

  /// A finding as the reports show it, every part that could change.
  static func describe(_ f: Finding) -> String {
    [
      f.rule, f.severity.rawValue, f.record ?? "-", f.kind ?? "-", f.org ?? "-", f.period ?? "-", f.file.relativePath,
      "\(f.mark)", f.message.zh, f.message.en, f.fieldPath, f.fingerprint,
    ].joined(separator: " | ")
  }

  /// The findings of `loaded` audited whole and audited cut down to what `rules` read: they must agree.
  static func compare(_ loaded: RecordLoader.Output, rules: [Rule], options: AuditOptions, in ruleSet: RuleSet) -> (
    whole: [String], cut: [String]
  ) {
    var options = options
    let kept = Set(rules.map(\.id))
    options.disabledRules = Set(ruleSet.rules.map(\.id).filter { !kept.contains($0) })
    let whole = Audit.run(loaded, ruleSet: ruleSet, options: options).findings.map(describe)
    let cut = Audit.run(pruned(loaded, by: rules), ruleSet: ruleSet, options: options).findings.map(describe)
    return (whole, cut)
  }

  @Test(arguments: ruleIDs)
  func examplesAgreeCutDown(_ id: String) throws {
    let ruleSet = try #require(Self.ruleSet)
    let rule = try #require(ruleSet.rule(id))
    for example in rule.examples {
      let file = SourceFile(relativePath: "example.yaml", displayPath: example.location.path)
      let loaded = RecordLoader().parse([(file, Array(example.records.utf8))])
      var options = AuditOptions(window: example.window, roundWindowToYears: false)
      if !example.parameters.isEmpty { options.parameters[rule.id] = example.parameters }
      let (whole, cut) = Self.compare(loaded, rules: [rule], options: options, in: ruleSet)
      #expect(whole == cut, "\(id), example '\(example.name)': reads \(rule.reads.own.paths)")
    }
  }

  /// The comparison has teeth: cut down to the engine's own fields alone, the samples' findings change.
  @Test func samplesDifferCutDownTooFar() throws {
    let ruleSet = try #require(Self.ruleSet)
    let loaded = try RecordLoader().load(paths: [Repo.samples])
    let rules = ruleSet.rules.filter { $0.kind != .schema }
    var options = AuditOptions()
    options.disabledRules = Set(ruleSet.rules.filter { $0.kind == .schema }.map(\.id))
    let whole = Audit.run(loaded, ruleSet: ruleSet, options: options).findings.map(Self.describe)
    let cut = Audit.run(Self.pruned(loaded, by: rules, reading: false), ruleSet: ruleSet, options: options).findings.map(Self.describe)
    #expect(whole != cut)
  }

  @Test func samplesAgreeCutDown() throws {
    let ruleSet = try #require(Self.ruleSet)
    let loaded = try RecordLoader().load(paths: [Repo.samples])
    let rules = ruleSet.rules.filter { $0.kind != .schema }
    let (whole, cut) = Self.compare(loaded, rules: rules, options: AuditOptions(), in: ruleSet)
    #expect(whole.count > 30)
    #expect(whole == cut)
  }

  /// The rules that find other meetings by kind — the schedules' sets, `first-topic-repeat` and
  /// `record-book`'s look-ups — read only part of a meeting: what a meeting would keep for them once its
  /// own rules are judged. (A meeting reached by id, `ref(…)`, counts as a record of any kind: an
  /// appointment's decision meeting is read for its agenda and who was present.)
  @Test func meetingsFoundByKind() throws {
    let ruleSet = try #require(Self.ruleSet)
    let meeting = RecordKind.meeting.rawValue
    var reached = FieldTree()
    for rule in ruleSet.rules {
      let reads = rule.reads
      reached.formUnion(reads.reached[meeting] ?? FieldTree())
      if case .record(let body) = rule.body, body.kind == meeting, reads.uses.contains(.lookups) {
        reached.formUnion(reads.own)
      }
    }
    #expect(
      reached.paths == [
        "agenda.category", "agenda.speech_date", "agenda.title", "date", "evaluation", "id", "inquiry_explanations",
        "lecturer", "org", "record_book", "type",
      ])
    let byID = try #require(ruleSet.rule("appointment.decision-meeting")).reads.reached[RuleReads.anyKind]
    #expect(byID?.paths.contains("present") == true)
  }

  static let generatedFile = Repo.root.appendingPathComponent("docs/rule-reads.md")

  /// `docs/rule-reads.md`: each rule's reads, as the analysis finds them in the pack.
  static func render(_ ruleSet: RuleSet) -> String {
    func list(_ paths: [String]) -> String { paths.isEmpty ? "—" : paths.map { "`\($0)`" }.joined(separator: ", ") }
    var out = """
      # What each rule reads

      Generated from `Rules/` by `COMPLY_RECORD=1 swift test --filter RuleReadsTests`; do not edit.

      What each shipped rule may read of the records, found from its expressions before any record is
      read (`Rule.reads`): the fields of the record it judges (a schedule rule's organization), the fields
      of the records it reaches — by kind through `lookup(…)` and a schedule's sets, by id through `ref(…)`
      and `name(…)` (*any kind*) — and which of the store's tables it consults. `agenda.title` is the
      `title` of every item of `agenda`; a field that ends a path is read whole, with everything under it
      (or only as a place: a list whose items are counted).
      The test suite checks the list: every rule's examples, and the samples with the whole pack, give
      the same findings with each record cut down to what the rules read of it.

      | rule | judges | of its own record | of records it reaches | also uses |
      |---|---|---|---|---|

      """
    for rule in ruleSet.rules.sorted(by: { $0.id < $1.id }) where rule.kind != .schema {
      let reads = rule.reads
      let judges: String
      switch rule.body {
      case .record(let body): judges = body.kind
      case .schedule: judges = "organization, by period"
      case .schema: judges = "—"
      }
      let reached = reads.reached.keys.sorted().map { kind in
        "\(kind == RuleReads.anyKind ? "*any kind*" : kind): " + list(reads.reached[kind]?.paths ?? [])
      }
      let uses = reads.uses.sorted().map(\.rawValue).joined(separator: ", ")
      out += "| `\(rule.id)` | \(judges) | \(list(reads.own.paths)) | \(reached.isEmpty ? "—" : reached.joined(separator: "; ")) | \(uses.isEmpty ? "—" : uses) |\n"
    }
    return out
  }

  @Test func documentIsCurrent() throws {
    try Repo.checkGenerated(Self.generatedFile, Self.render(try #require(Self.ruleSet)), test: "RuleReadsTests")
  }

  /// `comply rules show` lists a rule's reads.
  @Test func shownWithTheRule() throws {
    let ruleSet = try #require(Self.ruleSet)
    let shown = RuleCatalog.show(try #require(ruleSet.rule("meeting.quorum")))
    #expect(shown.contains("读取字段 Reads:\n  本记录 its record: agenda.category, date, expected, org, present, type\n"))
    #expect(shown.contains("  按 id 找到的记录 records found by id: committee, members\n  另用 also uses: references\n"))
    let schedule = RuleCatalog.show(try #require(ruleSet.rule("branch.group-monthly")))
    #expect(schedule.contains("  组织 the organization: dissolved, established, name, type\n  meeting 记录 meeting records: date, id, org, type\n"))
    #expect(!RuleCatalog.show(try #require(ruleSet.rule("schema.required"))).contains("Reads"))
  }

  @Test func usesOfTheStore() throws {
    let ruleSet = try #require(Self.ruleSet)
    let uses = { (id: String) in ruleSet.rule(id).map { $0.reads.uses } ?? [] }
    #expect(uses("meeting.first-topic") == [])
    #expect(uses("meeting.decision-venue") == [])
    #expect(uses("meeting.minutes-complete") == [.references])  // a person's name in the message
    #expect(uses("meeting.first-topic-repeat") == [.lookups])
    #expect(uses("meeting.quorum") == [.references])
    #expect(uses("appointment.publicity-period").contains(.calendar) || uses("notice.period").contains(.calendar))
  }

  @Test func fieldsNamedAtRunTime() throws {
    let ruleSet = try #require(Self.ruleSet)
    let rule = try #require(ruleSet.rule("meeting.minutes-complete"))
    // `first(map($lacking, $[it]))` with `$lacking` from `missing('host', 'recorder', 'present', 'agenda')`.
    for field in ["host", "recorder", "present", "agenda", "absent.reason"] {
      #expect(rule.reads.own.paths.contains { $0 == field || field.hasPrefix($0 + ".") }, "\(field): \(rule.reads.own.paths)")
    }
  }

  @Test func pruningKeepsNodesAsTheyWere() throws {
    let yaml = """
      kind: meeting
      id: m1
      host: p1
      agenda:
        - {title: a, category: 第一议题, votes: {for: 3}}
        - {title: b}
      """
    let loaded = RecordLoader().parse([(SourceFile(relativePath: "m.yaml", displayPath: "m.yaml"), Array(yaml.utf8))])
    let root = try #require(loaded.documents.first?.node.mapping)
    var tree = FieldTree()
    tree.insert(["agenda", "title"], whole: true)
    tree.insert(["id"], whole: true)
    let cut = FieldTree.Plan(tree).pruning(root)
    #expect(cut.entries.map(\.key.text) == ["id", "agenda"])
    let items = try #require(cut["agenda"]?.sequence?.items)
    #expect(items.count == 2)
    #expect(items.map { $0.mapping?.entries.map(\.key.text) ?? [] } == [["title"], ["title"]])
    #expect(items[1]["title"]?.mark == root["agenda"]?.sequence?.items[1]["title"]?.mark)
    #expect(tree.paths == ["agenda.title", "id"])
  }
}
