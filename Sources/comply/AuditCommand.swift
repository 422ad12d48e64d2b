import ArgumentParser
import ComplyKit
#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif
#if canImport(Glibc)
  import Glibc
  private let exitProcess = Glibc.exit
#elseif canImport(Darwin)
  import Darwin
  private let exitProcess = Darwin.exit
#endif

struct AuditCommand: ParsableCommand, WindowedCommand {
  static let configuration = CommandConfiguration(
    commandName: "audit",
    abstract: "Audit folders of records. 审计一个或多个文件夹中的记录。"
  )

  @Argument(help: "Record files or folders (read recursively; hidden files skipped).")
  var paths: [String]

  @OptionGroup var rules: RuleOptions
  @OptionGroup var output: OutputOptions

  @Option(help: "Audit one calendar year, e.g. 2025.")
  var period: Int?

  @Option(help: "Start of the audit window (YYYY-MM-DD).")
  var from: String?

  @Option(help: "End of the audit window (YYYY-MM-DD).")
  var to: String?

  @Option(name: .customLong("fail-on"), help: "Lowest severity that makes the exit status 1.")
  var failOn: FailOn = .error

  @Option(help: "Worker threads (default: all cores).")
  var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

  @Option(help: "A config file (default: .comply.yml in the first audited folder, if there is one).")
  var config: String?

  @Option(help: "A JSON report of known findings: they are reported as known and do not fail the run.")
  var baseline: String?

  @Option(name: .customLong("write-baseline"), help: "Write today's findings to this file as a baseline.")
  var writeBaseline: String?

  @Flag(help: "Print how long each step and each rule took to standard error (to find a slow rule). 在标准错误输出中列出各步骤和各规则的用时。")
  var timings = false

  @Option(help: ArgumentHelp("The day of the audit: when waivers expire, and the last year a window found from the records may reach (default: today).", visibility: .hidden))
  var today: String?

  func validate() throws { try validateWindowOptions() }

  func run() throws {
    let setup = try AuditSetup.prepare(
      paths: paths, configPath: config, ruleOptions: rules, window: window, jobs: jobs, baselinePath: baseline,
      today: today, format: output.format, language: output.lang)
    var options = setup.options
    options.timings = timings
    #if canImport(CMimalloc)
      // With another core free while the files are listed, memory for the trees is readied on it
      // meanwhile (see `MemoryWarmer`).
      if jobs > 1, let warmer = MemoryWarmer.start(limit: 128 << 20) { options.listed = { _ in warmer.stop() } }
    #endif
    let progress = ProgressBar.forTerminal()
    if let progress { options.progress = { done, total in progress.update(done: done, total: total) } }
    let result: AuditResult
    do {
      defer { progress?.finish() }
      result = try Audit.run(paths: paths, ruleSet: setup.ruleSet, options: options)
    } catch {
      printError(error.description)
      throw ExitCode(2)
    }
    let reportStarted = timings ? AuditTimings.now() : 0
    let triaged = result.replacingFindings(setup.triage.apply(result.findings))
    if let writeBaseline {
      try OutputOptions.write(
        chunks: ReportFormat.json.renderChunks(ReportContext(result: triaged, language: .zh, jobs: jobs)), to: writeBaseline)
    }
    let context = ReportContext(result: triaged, language: output.lang, color: output.useColor, jobs: jobs)
    try output.emit(chunks: output.format.renderChunks(context))
    if var measured = result.timings {
      measured.add(.report, nanoseconds: AuditTimings.now() - reportStarted)
      let text = TimingsReport.render(measured, files: result.files, records: result.records, jobs: jobs, language: output.lang)
      StandardStream.error.write(text)
    }
    // Exit here, with the records still in memory: freeing a large audit's node trees one by one
    // only to end the process costs time for nothing.
    exitProcess(triaged.fails(at: failOn.threshold) ? 1 : 0)
  }
}
