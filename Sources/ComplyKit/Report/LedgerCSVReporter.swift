/// `--format csv`: the rectification ledger (整改台账) — one row per shown finding, numbered and
/// ordered as in the HTML and Markdown reports (by organization, then rule), with empty columns for
/// whoever fills in the rectification: 责任领导, 责任部门, 责任人, 整改措施, 整改时限, 整改状态. The rule and
/// the finding's fingerprint come last, so that a filled-in ledger can be matched to the next audit.
/// UTF-8 with BOM, RFC 4180 quoting (see `CSVWriter`).
enum LedgerCSVReporter {
  static let header = [
    "序号", "问题", "依据", "所属组织", "记录", "位置", "严重程度",
    "责任领导", "责任部门", "责任人", "整改措施", "整改时限", "整改状态",
    "规则", "指纹", "备注",
  ]

  static func render(_ context: ReportContext) -> String {
    let report = ReadableReport(context.result, language: context.language)
    let rows = report.items.map { item -> [String] in
      let f = item.finding
      return [
        String(item.number), f.message.text(context.language), f.basis, report.organization(f), ReadableReport.record(f),
        ReadableReport.location(f), ReadableReport.severity(f.severity, context.language),
        "", "", "", "", "", "",
        f.rule, f.fingerprint, f.known ? (context.language == .zh ? "已知问题（基线中已有）" : "known (in the baseline)") : "",
      ]
    }
    return CSVWriter.render(header: header, rows: rows)
  }
}
