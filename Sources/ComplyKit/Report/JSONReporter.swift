/// The JSON report of `cli.md`: tool, window, summary, findings (sorted, no timestamps).
enum JSONReporter {
  static func render(_ context: ReportContext) -> String {
    String(decoding: renderBytes(context), as: UTF8.self)
  }

  /// The report's UTF-8 bytes (what `render` gives, without reading them back as a String).
  static func renderBytes(_ context: ReportContext) -> [UInt8] {
    Array(renderChunks(context).joined())
  }

  /// How many findings are written at a time when the report is written in pieces: some 2 MB of text.
  static let batch = 4096

  /// The same bytes in pieces, in order: each finding's object is one, written `batch` at a time as the
  /// pieces are read (see `ReportPieces`).
  static func renderChunks(_ context: ReportContext, batch: Int = batch) -> ReportPieces {
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
    // Each finding is written straight into bytes, at the depth it sits at (report → findings → item),
    // on `jobs` cores: a large audit's report has hundreds of thousands, written after the parallel steps.
    let language = context.language
    let jobs = context.jobs
    var report: [(String, JSONWriter.Value)] = [
      ("tool", .object([("name", .string("comply")), ("version", .string(context.version))])),
      ("window", window), ("summary", summary),
    ]
    // `check`: what was read from the document.
    if !context.documents.isEmpty { report.append(("documents", .array(context.documents.map(\.json)))) }
    report.append(("findings", .array(shown.indices.map { .deferred($0) })))
    return ReportPieces(layout: JSONWriter.pieces(.object(report)), batch: batch) { range in
      ChunkPlan.map(range.count, jobs: jobs) { part in part.map { item(shown[range.lowerBound + $0], language) } }
    }
  }

  /// One finding's object, as it is laid out inside the report's `findings`.
  private static func item(_ f: Finding, _ language: Language) -> [UInt8] {
    var object = JSONWriter.ObjectWriter(indent: 2)
    object.string("rule", f.rule)
    object.string("severity", f.severity.rawValue)
    object.optional("record", f.record)
    object.optional("kind", f.kind)
    object.optional("org", f.org)
    object.optional("period", f.period)
    object.string("file", f.file.relativePath)
    object.int("line", f.mark.line)
    object.int("column", f.mark.column)
    object.string("message", f.message.text(language))
    object.string("basis", f.basis)
    object.string("fingerprint", f.fingerprint)
    object.string("status", f.known ? "known" : "new")
    return object.finish()
  }
}
