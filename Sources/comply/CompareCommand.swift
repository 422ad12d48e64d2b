import ArgumentParser
import ComplyKit
#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

extension ReportComparison.Format: ExpressibleByArgument {}

/// `comply compare OLD.json NEW.json`: what was fixed between two audits, what is still open and
/// what is new (matched by fingerprint), ending with the sentence a 通报 uses.
struct CompareCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "compare",
    abstract: "Compare two JSON reports: fixed, still open, new. 比较两次审计：已整改、尚未整改、新发现。"
  )

  @Argument(help: "The earlier JSON report (comply audit --format json).")
  var old: String

  @Argument(help: "The later JSON report.")
  var new: String

  @Option(help: "Output format: text, csv (UTF-8 with BOM) or json.")
  var format: ReportComparison.Format = .text

  @Option(help: "Write to this file (whole or not at all) instead of standard output.")
  var output: String?

  @Option(help: "Language of the headings and the closing sentence: zh (中文) or en.")
  var lang: Language = .zh

  func run() throws {
    let comparison = ReportComparison(old: try Self.read(old), new: try Self.read(new))
    let text = comparison.render(format, language: lang)
    if let output {
      try OutputOptions.write(text, to: output)
    } else {
      StandardStream.output.write(text)
    }
  }

  /// A report's findings; exit 2 when it cannot be read or is not a comply JSON report.
  static func read(_ path: String) throws -> [ReportComparison.Item] {
    guard let bytes = FileManager.default.contents(atPath: path) else {
      printError("\(path): error: cannot read the report")
      throw ExitCode(2)
    }
    do {
      return try ReportComparison.items(path: path, bytes: Array(bytes))
    } catch {
      printError(error.description)
      throw ExitCode(2)
    }
  }
}
