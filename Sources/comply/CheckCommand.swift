import ArgumentParser
import ComplyKit
#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// `comply check FILE|- [CONTEXT...]`: one notice or report, before it is published.
struct CheckCommand: ParsableCommand, WindowedCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Check one document before it is published (- reads standard input). 发布前检查一份任前公示或整改通报。",
    discussion: """
      FILE is a record (YAML or JSON) or the plain text of a 任前公示 or a 巡察整改情况通报 (.txt, .md; \
      standard input is recognised by its content). CONTEXT files and folders supply calendars, \
      registries and the records FILE refers to; findings are only about FILE, and references to \
      records that are not given are not findings. Exit status as for audit.
      """
  )

  @Argument(help: "The document to check: a .yaml/.yml/.json record or a .txt/.md text; - for standard input.")
  var file: String

  @Argument(help: "Files or folders of context: calendars, registries, referenced records.")
  var context: [String] = []

  @OptionGroup var rules: RuleOptions
  @OptionGroup var output: OutputOptions

  @Option(help: "Judge within one calendar year, e.g. 2025 (default: the document's own dates).")
  var period: Int?

  @Option(help: "Start of the window (YYYY-MM-DD).")
  var from: String?

  @Option(help: "End of the window (YYYY-MM-DD).")
  var to: String?

  @Option(name: .customLong("fail-on"), help: "Lowest severity that makes the exit status 1.")
  var failOn: FailOn = .error

  @Option(help: "Worker threads (default: all cores).")
  var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

  @Option(help: "A config file (default: .comply.yml in the first context folder, if there is one).")
  var config: String?

  @Option(help: "A JSON report of known findings: they are reported as known and do not fail the run.")
  var baseline: String?

  @Option(help: ArgumentHelp("The day of the audit: when waivers expire, and the last year a window found from the records may reach (default: today).", visibility: .hidden))
  var today: String?

  @Flag(name: .customLong("print-record"), help: "Print the record read from the document as YAML, and check nothing.")
  var printRecord = false

  func validate() throws { try validateWindowOptions() }

  func run() throws {
    let (source, bytes) = try readDocument()
    if printRecord {
      let loaded = RecordLoader().parseDocument(source, bytes: bytes)
      var out = ""
      for document in loaded.documents {
        if let mapping = document.node.mapping { out += (out.isEmpty ? "" : "---\n") + RecordYAML.render(mapping) }
      }
      try output.emit(out)
      return
    }
    let setup = try AuditSetup.prepare(
      paths: context, configPath: config, ruleOptions: rules, window: window, jobs: jobs, baselinePath: baseline,
      today: today, format: output.format, language: output.lang, checkReferences: false)
    let outcome: DocumentCheck.Outcome
    do {
      outcome = try DocumentCheck.run(
        document: source, bytes: bytes, context: context, ruleSet: setup.ruleSet, options: setup.options)
    } catch {
      printError(error.description)
      throw ExitCode(2)
    }
    let triaged = outcome.result.replacingFindings(setup.triage.apply(outcome.result.findings))
    let report = ReportContext(
      result: triaged, language: output.lang, color: output.useColor, documents: outcome.documents)
    try output.emit(output.format.render(report))
    if triaged.fails(at: failOn.threshold) { throw ExitCode(1) }
  }

  /// The document's name and bytes: standard input for `-`, else the file (exit 2 if it is missing, a
  /// folder, or unreadable).
  func readDocument() throws -> (SourceFile, [UInt8]) {
    if file == "-" {
      return (SourceFile(relativePath: "-", displayPath: "-"), StandardStream.readInput())
    }
    let kind = PathKind(file)
    guard kind != .missing else {
      printError("\(file): error: no such file")
      throw ExitCode(2)
    }
    if kind == .directory {
      printError("\(file): error: check takes one document; use `comply audit` for a folder")
      throw ExitCode(2)
    }
    guard let data = FileManager.default.contents(atPath: file) else {
      printError("\(file): error: cannot read this file")
      throw ExitCode(2)
    }
    return (SourceFile(relativePath: URL(fileURLWithPath: file).lastPathComponent, displayPath: file), Array(data))
  }
}
