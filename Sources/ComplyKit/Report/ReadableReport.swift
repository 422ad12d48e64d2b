/// What the reports a person reads share (HTML, Markdown and the rectification ledger): the shown
/// findings grouped by organization and rule and numbered in that order, so that 问题 12 of the HTML
/// report is row 12 of the ledger.
///
/// Organizations come in the order their records were read, then organizations that findings name
/// but no record defines (by id), then findings about no organization (a file that cannot be parsed).
/// Within one, rules go by their worst severity, then id; a rule's findings keep the report order.
struct ReadableReport {
  struct Item {
    /// 序号, from 1.
    let number: Int
    let finding: Finding
  }

  struct RuleGroup {
    let id: String
    let rule: Rule?
    let items: [Item]

    var severity: Severity { items.map(\.finding.severity).max() ?? .info }
  }

  struct OrgGroup {
    /// nil: the findings about no organization.
    let id: String?
    let name: String
    let type: String
    let rules: [RuleGroup]

    var items: [Item] { rules.flatMap(\.items) }
    func count(_ severity: Severity) -> Int { items.filter { $0.finding.severity == severity }.count }
  }

  let groups: [OrgGroup]
  /// Organization id → name, for every organization record.
  let names: [String: String]

  init(_ result: AuditResult, language: Language) {
    var names: [String: String] = [:]
    var types: [String: String] = [:]
    var order: [String] = []
    for org in result.schedule where !org.id.isEmpty && names[org.id] == nil {
      names[org.id] = org.name
      types[org.id] = org.type
      order.append(org.id)
    }
    var byOrg: [String: [Finding]] = [:]
    var orphans: [Finding] = []
    for finding in result.shownFindings {
      if let org = finding.org, !org.isEmpty { byOrg[org, default: []].append(finding) } else { orphans.append(finding) }
    }
    let known = Set(order)
    let ids = order.filter { byOrg[$0] != nil } + byOrg.keys.filter { !known.contains($0) }.sorted()
    var entries: [(id: String?, name: String, type: String, findings: [Finding])] = ids.map { id in
      (id, names[id] ?? id, types[id] ?? "", byOrg[id] ?? [])
    }
    if !orphans.isEmpty { entries.append((nil, Self.noOrganization.text(language), "", orphans)) }

    var rulesByID: [String: Rule] = [:]
    for rule in result.rules { rulesByID[rule.id] = rule }
    var number = 0
    var groups: [OrgGroup] = []
    for entry in entries {
      var byRule: [String: [Finding]] = [:]
      for finding in entry.findings { byRule[finding.rule, default: []].append(finding) }
      let ruleIDs = byRule.keys.sorted { a, b in
        let sa = byRule[a]?.map(\.severity).max() ?? .info
        let sb = byRule[b]?.map(\.severity).max() ?? .info
        return sa != sb ? sa > sb : a < b
      }
      var rules: [RuleGroup] = []
      for id in ruleIDs {
        let items = (byRule[id] ?? []).map { finding -> Item in
          number += 1
          return Item(number: number, finding: finding)
        }
        rules.append(RuleGroup(id: id, rule: rulesByID[id], items: items))
      }
      groups.append(OrgGroup(id: entry.id, name: entry.name, type: entry.type, rules: rules))
    }
    self.groups = groups
    self.names = names
  }

  var items: [Item] { groups.flatMap(\.items) }

  /// A schedule finding about an organization that its grid does not show as a missing period: too
  /// few meetings, a plan issued late, a lecture not given by the secretary… With the row it concerns
  /// (nil when it concerns no meeting type, e.g. a plan).
  struct ScheduleNote {
    let row: ScheduleRow?
    let item: Item
  }

  func scheduleNotes(_ org: OrganizationSchedule) -> [ScheduleNote] {
    guard let group = groups.first(where: { $0.id == org.id }) else { return [] }
    // As sets: a window of centuries (a mistyped year) has thousands of missing periods per row.
    let missing = org.rows.map { Set($0.missing) }
    return group.items.compactMap { item in
      let f = item.finding
      guard let period = f.period, f.record == org.id else { return nil }
      let rows = org.rows.indices.filter { org.rows[$0].rules.contains(f.rule) }
      if rows.contains(where: { missing[$0].contains(period) }) { return nil }
      return ScheduleNote(row: rows.first.map { org.rows[$0] }, item: item)
    }
  }

  static let noOrganization = Localized(zh: "未归属组织", en: "No organization")

  // MARK: - Wording shared by the readable formats

  static func severity(_ severity: Severity, _ language: Language) -> String {
    switch (severity, language) {
    case (.error, .zh): "错误"
    case (.warning, .zh): "警告"
    case (.info, .zh): "提示"
    case (_, .en): severity.rawValue
    }
  }

  /// `path:line:col` as a person at the command line would open it.
  static func location(_ finding: Finding) -> String { finding.location.description }

  /// The record, and the period of a schedule finding: `org-zb1（2025-08）`.
  static func record(_ finding: Finding) -> String {
    let record = finding.record ?? ""
    guard let period = finding.period else { return record }
    return record.isEmpty ? period : "\(record)（\(period)）"
  }

  static func title(_ group: RuleGroup, _ language: Language) -> String {
    group.rule?.title.text(language) ?? group.id
  }

  /// The organization as a ledger names it: its name, else its id.
  func organization(_ finding: Finding) -> String {
    guard let org = finding.org, !org.isEmpty else { return "" }
    return names[org] ?? org
  }

  /// The report's heading line: the window and the tool (no date: the same input gives the same bytes).
  static func windowText(_ result: AuditResult) -> String {
    result.window.map { "\($0.from) 至 \($0.to)" } ?? "—"
  }

  static func cellSymbol(_ cell: ScheduleCell, unit: ScheduleRule.Unit?) -> String {
    switch cell.status {
    case .held: String(cell.held)
    case .missing: "✗"
    case .periodMissing: unit == .year ? "✗年" : "✗季"
    case .notDue: "·"
    case .notRequired, .notJudged: cell.held > 0 ? String(cell.held) : ""
    }
  }
}
