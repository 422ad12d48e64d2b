/// `path:line:col: severity: message [rule]`, grouped by file (a blank line between files), then for
/// `check` a line on what was read from the document, then a summary line.
enum TextReporter {
  static func render(_ context: ReportContext) -> String {
    let result = context.result
    var out = ""
    var lastFile: String?
    for finding in result.shownFindings {
      if let lastFile, lastFile != finding.file.displayPath { out += "\n" }
      lastFile = finding.file.displayPath
      let severity = colored(finding.severity, context.color)
      var line = "\(finding.location): \(severity): \(finding.message.text(context.language)) [\(finding.rule)]"
      if let period = finding.period { line += " (\(period))" }
      if finding.known { line += context.language == .zh ? "（已知）" : " (known)" }
      out += line + "\n"
    }
    if !result.shownFindings.isEmpty { out += "\n" }
    for document in context.documents { out += document.text(context.language) + "\n" }
    out += summary(context) + "\n"
    return out
  }

  static func summary(_ context: ReportContext) -> String {
    let r = context.result
    let window = r.window.map { "\($0.from)…\($0.to)" } ?? "—"
    let shown = r.shownFindings
    let known = shown.filter(\.known).count
    let waived = r.findings.count - shown.count
    switch context.language {
    case .zh:
      var extra = ""
      if known > 0 { extra += "，其中已知 \(known) 个" }
      if waived > 0 { extra += "，另有 \(waived) 个已豁免" }
      return "共 \(shown.count) 个问题（错误 \(r.count(.error))，警告 \(r.count(.warning))，提示 \(r.count(.info))\(extra)）；"
        + "检查 \(r.files) 个文件、\(r.records) 条记录、\(r.rules.count) 条规则；审计期间 \(window)"
    case .en:
      var extra = ""
      if known > 0 { extra += "; \(known) known" }
      if waived > 0 { extra += "; \(waived) more waived" }
      return "\(shown.count) findings (\(r.count(.error)) errors, \(r.count(.warning)) warnings, \(r.count(.info)) info\(extra)); "
        + "\(r.files) files, \(r.records) records, \(r.rules.count) rules; window \(window)"
    }
  }

  static func colored(_ severity: Severity, _ color: Bool) -> String {
    guard color else { return severity.rawValue }
    let code =
      switch severity {
      case .error: "31"
      case .warning: "33"
      case .info: "36"
      }
    return "\u{1B}[1;\(code)m\(severity.rawValue)\u{1B}[0m"
  }
}
