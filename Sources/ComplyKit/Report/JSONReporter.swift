/// The JSON report of `cli.md`: tool, window, summary, findings (sorted, no timestamps).
enum JSONReporter {
  static func render(_ context: ReportContext) -> String {
    let r = context.result
    let shown = r.shownFindings
    let window: JSONWriter.Value =
      r.window.map { .object([("from", .string($0.from.description)), ("to", .string($0.to.description))]) } ?? .null
    let summary: JSONWriter.Value = .object([
      ("files", .int(r.files)), ("records", .int(r.records)), ("rules", .int(r.rules.count)),
      ("findings", .int(shown.count)),
      ("known", .int(shown.reduce(0) { $1.known ? $0 + 1 : $0 })),
      ("waived", .int(r.findings.count - shown.count)),
      ("by_severity", .object([("error", .int(r.count(.error))), ("warning", .int(r.count(.warning))), ("info", .int(r.count(.info)))])),
    ])
    let findings: [JSONWriter.Value] = shown.map { f in
      .object([
        ("rule", .string(f.rule)), ("severity", .string(f.severity.rawValue)), ("record", .optional(f.record)),
        ("kind", .optional(f.kind)), ("org", .optional(f.org)), ("period", .optional(f.period)),
        ("file", .string(f.file.relativePath)), ("line", .int(f.mark.line)), ("column", .int(f.mark.column)),
        ("message", .string(f.message.text(context.language))), ("basis", .string(f.basis)),
        ("fingerprint", .string(f.fingerprint)), ("status", .string(f.known ? "known" : "new")),
      ])
    }
    var report: [(String, JSONWriter.Value)] = [
      ("tool", .object([("name", .string("comply")), ("version", .string(context.version))])),
      ("window", window), ("summary", summary),
    ]
    // `check`: what was read from the document.
    if !context.documents.isEmpty { report.append(("documents", .array(context.documents.map(\.json)))) }
    report.append(("findings", .array(findings)))
    return JSONWriter.render(.object(report))
  }
}
