/// `--format markdown`: the HTML report's content as text for a wiki or an e-mail — the summary,
/// each organization's year as a table of meeting types × months, the findings grouped by
/// organization and rule (numbered as in the ledger) with basis and location. No dates or times.
enum MarkdownReporter {
  static func render(_ context: ReportContext) -> String {
    let result = context.result
    let language = context.language
    let report = ReadableReport(result, language: language)
    var out = "# 党组织记录审计报告 Audit report\n\n"
    out += "审计期间 \(ReadableReport.windowText(result)) · comply \(context.version)\n\n"
    out += summary(result, report)
    out += schedule(result, report, language)
    out += findings(result, report, language)
    return out
  }

  static func summary(_ result: AuditResult, _ report: ReadableReport) -> String {
    let shown = result.shownFindings
    var out = "## 概况 Summary\n\n"
    out += "| 文件 | 记录 | 规则 | 问题 | 错误 | 警告 | 提示 |\n|---:|---:|---:|---:|---:|---:|---:|\n"
    out += "| \(result.files) | \(result.records) | \(result.rules.count) | \(shown.count) | \(result.count(.error))"
    out += " | \(result.count(.warning)) | \(result.count(.info)) |\n\n"
    let known = shown.filter(\.known).count
    let waived = result.findings.count - shown.count
    var notes: [String] = []
    if known > 0 { notes.append("其中 \(known) 个为已知问题（基线中已有），标注“已知”") }
    if waived > 0 { notes.append("另有 \(waived) 个问题已豁免，未列出") }
    if !notes.isEmpty { out += notes.joined(separator: "；") + "。\n\n" }

    guard !result.schedule.isEmpty || !report.groups.isEmpty else { return out }
    var groups: [String: ReadableReport.OrgGroup] = [:]
    for group in report.groups { if let id = group.id { groups[id] = group } }
    out += "| 组织 | 类型 | 问题 | 错误 | 警告 | 提示 | 缺会 |\n|---|---|---:|---:|---:|---:|---:|\n"
    func line(_ name: String, _ type: String, _ group: ReadableReport.OrgGroup?, _ missing: String) -> String {
      let counts = [Severity.error, .warning, .info].map { String(group?.count($0) ?? 0) }.joined(separator: " | ")
      return "| \(cell(name)) | \(cell(type)) | \(group?.items.count ?? 0) | \(counts) | \(missing) |\n"
    }
    for org in result.schedule { out += line(org.name, org.type, groups[org.id], String(org.missingCount)) }
    let scheduled = Set(result.schedule.map(\.id))
    for group in report.groups where group.id.map({ !scheduled.contains($0) }) ?? true {
      out += line(group.name, group.type, group, "—")
    }
    return out + "\n"
  }

  static func schedule(_ result: AuditResult, _ report: ReadableReport, _ language: Language) -> String {
    var out = "## 组织生活日程 Meetings by month\n\n"
    guard let first = result.schedule.first, !first.months.isEmpty else {
      return out + "没有审计期间，无法排出日程。\n\n"
    }
    out += "图例：数字为当月召开次数；✗ 当月应开未开；✗季 / ✗年 整季度 / 全年未开；· 当月未开、本季度（本年）已开；"
    out += "空白为不在检查范围（未成立、已撤销或不完整的期间）；不要求召开的会议类型列在表下。\n\n"
    let multiYear = Set(first.months.map(\.year)).count > 1
    for org in result.schedule {
      out += "### \(inline(org.name))"
      let detail = [org.type, org.id].filter { !$0.isEmpty }.joined(separator: "，")
      if !detail.isEmpty { out += "（\(inline(detail))）" }
      out += "\n\n"
      let months = org.months.map { multiYear ? $0.label : "\($0.month)月" }
      var lines: [String] = []
      var notRequired: [String] = []
      for row in org.rows {
        guard let unit = row.unit else {
          if row.cells.allSatisfy({ $0.held == 0 }) {
            notRequired.append(row.label.zh)
          } else {
            let cells = row.cells.map { $0.held > 0 ? "(\($0.held))" : "" }
            lines.append("| \(cell(row.label.zh)) | 不要求 | " + cells.joined(separator: " | ") + " |")
          }
          continue
        }
        let cells = row.cells.map { ReadableReport.cellSymbol($0, unit: unit) }
        lines.append("| \(cell(row.label.zh)) | \(unit.label.zh) | " + cells.joined(separator: " | ") + " |")
      }
      if !lines.isEmpty {
        out += "| 会议类型 | 要求 | " + months.joined(separator: " | ") + " |\n"
        out += "|---|---|" + String(repeating: ":-:|", count: months.count) + "\n"
        out += lines.joined(separator: "\n") + "\n\n"
      }
      if !notRequired.isEmpty { out += "不要求：" + notRequired.joined(separator: "、") + "。\n\n" }
      let missing = org.rows.filter { !$0.missing.isEmpty }
      if !missing.isEmpty {
        out += "缺会：" + missing.map { "\($0.label.zh) \($0.missing.joined(separator: "、"))" }.joined(separator: "；") + "。\n\n"
      }
      let notes = report.scheduleNotes(org)
      if !notes.isEmpty {
        out += "另有日程问题：\n\n"
        for note in notes {
          out += "- " + (note.row.map { "\($0.label.zh)：" } ?? "")
          out += "\(inline(note.item.finding.message.text(language)))（问题 \(note.item.number)）\n"
        }
        out += "\n"
      }
    }
    return out
  }

  static func findings(_ result: AuditResult, _ report: ReadableReport, _ language: Language) -> String {
    var out = "## 问题清单 Findings\n\n"
    guard !report.groups.isEmpty else { return out + "未发现问题。\n" }
    for group in report.groups {
      out += "### \(inline(group.name))"
      let detail = [group.type, group.id ?? ""].filter { !$0.isEmpty }.joined(separator: "，")
      if !detail.isEmpty { out += "（\(inline(detail))）" }
      out += " — \(group.items.count) 个问题\n\n"
      for rule in group.rules {
        // Read once: `severity` looks at every item.
        let severity = rule.severity
        out += "#### \(ReadableReport.severity(severity, .zh)) · \(inline(ReadableReport.title(rule, language))) `\(rule.id)`\n\n"
        if let basis = rule.items.first?.finding.basis, !basis.isEmpty { out += "依据：\(inline(basis))\n\n" }
        for item in rule.items {
          let f = item.finding
          out += "\(item.number). "
          if f.severity != severity { out += "[\(ReadableReport.severity(f.severity, .zh))] " }
          out += inline(f.message.text(language))
          if f.known { out += "（已知）" }
          out += "  \n   位置 `\(ReadableReport.location(f))`"
          let record = ReadableReport.record(f)
          if !record.isEmpty { out += " · 记录 `\(record)`" }
          out += "\n"
        }
        out += "\n"
      }
    }
    return out
  }

  /// Text in running Markdown: the characters that would start emphasis, code, links or HTML are
  /// escaped; line breaks become spaces.
  static func inline(_ text: String) -> String {
    var out = ""
    for character in text {
      switch character {
      case "\\", "`", "*", "_", "[", "]", "<", ">", "|", "#": out += "\\" + String(character)
      case "\n", "\r", "\r\n": out += " "
      default: out.append(character)
      }
    }
    return out
  }

  /// Text in a table cell.
  static func cell(_ text: String) -> String { inline(text) }
}
