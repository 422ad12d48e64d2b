/// The output formats of `audit` and `check`.
public enum ReportFormat: String, Sendable, CaseIterable {
  case text, json, sarif, junit, github, markdown, html, csv

  /// Whether the report shows each organization's meetings month by month (`AuditResult.schedule`).
  public var showsScheduleGrid: Bool { self == .markdown || self == .html }
}

/// What every reporter is given.
public struct ReportContext: Sendable {
  public let result: AuditResult
  public let language: Language
  /// Color the text output (only on a terminal).
  public let color: Bool
  public let version: String
  /// For `check`: what was read from the document (shown after the findings).
  public let documents: [DocumentSummary]
  /// Cores a report of many findings may be written on (the JSON report's findings are written in
  /// chunks, in parallel, and joined in order: the output does not depend on it).
  public let jobs: Int

  public init(
    result: AuditResult, language: Language, color: Bool = false, version: String = Comply.version,
    documents: [DocumentSummary] = [], jobs: Int = 1
  ) {
    self.result = result
    self.language = language
    self.color = color
    self.version = version
    self.documents = documents
    self.jobs = max(1, jobs)
  }
}

public enum Comply {
  public static let version = "0.1.0"
}

extension ReportFormat {
  public func render(_ context: ReportContext) -> String {
    switch self {
    case .text: TextReporter.render(context)
    case .json: JSONReporter.render(context)
    case .sarif: SARIFReporter.render(context)
    case .junit: JUnitReporter.render(context)
    case .github: GitHubReporter.render(context)
    case .markdown: MarkdownReporter.render(context)
    case .html: HTMLReporter.render(context)
    case .csv: LedgerCSVReporter.render(context)
    }
  }

  /// The report as UTF-8 bytes, to be written out: the JSON report is made as bytes and given as they
  /// are (a large audit's report is megabytes that a String would check once more for nothing).
  public func renderBytes(_ context: ReportContext) -> [UInt8] {
    switch self {
    case .json: JSONReporter.renderBytes(context)
    default: Array(render(context).utf8)
    }
  }

  /// The same bytes in pieces, to be written out one after another (`OutputFile.write(chunks:to:)`):
  /// the JSON report's findings written a batch at a time as the pieces are read, never the whole
  /// report in memory (see `ReportPieces`).
  public func renderChunks(_ context: ReportContext) -> ReportPieces {
    switch self {
    case .json: JSONReporter.renderChunks(context)
    default: ReportPieces(renderBytes(context))
    }
  }
}
