import ArgumentParser
import ComplyKit
#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

// The choices' value lists are spelled out: the protocol's default for a `CaseIterable` enum is
// generic and unspecialized, and the argument parser asks for each list a dozen times at every start.
extension ReportFormat: ExpressibleByArgument {
  public static var allValueStrings: [String] { allCases.map(\.rawValue) }
}

extension Language: ExpressibleByArgument {
  public static var allValueStrings: [String] { allCases.map(\.rawValue) }
}

/// `--fail-on`: the lowest severity that makes the exit status 1.
enum FailOn: String, ExpressibleByArgument, CaseIterable {
  case error, warning, info, never

  static var allValueStrings: [String] { allCases.map(\.rawValue) }

  var threshold: Severity? {
    switch self {
    case .error: .error
    case .warning: .warning
    case .info: .info
    case .never: nil
    }
  }
}

struct RuleOptions: ParsableArguments {
  @Option(name: .customLong("rules"), help: "A folder of extra rules (repeatable); a rule with a shipped id replaces it.")
  var ruleFolders: [String] = []

  /// The shipped pack (or `COMPLY_RULES`) with the user's folders over it (and a config's folders
  /// and calendars); exit 2 on any load error. `examples: false` when only the rules will run.
  func load(extraFolders: [String] = [], calendars: [String] = [], examples: Bool = true) throws -> RuleSet {
    do {
      let environment = ProcessInfo.processInfo.environment
      let compiled = RuleSet.compiledPack(environment: environment, examples: examples)
      var layers: [[RuleSet.Source]] = []
      if compiled == nil { layers.append(try RuleSet.shippedSources(environment: environment, examples: examples)) }
      for folder in extraFolders + ruleFolders { layers.append(try RuleSet.sources(inDirectory: folder)) }
      for calendar in calendars { layers.append(try RuleSet.sources(inDirectory: calendar)) }
      return try RuleSet.load(layers: layers, over: compiled)
    } catch {
      printError(error.description)
      throw ExitCode(2)
    }
  }
}

extension RuleOptions {
  /// One loaded rule by id; exit 2 (with a guess) when there is none.
  func rule(_ id: String) throws -> Rule {
    let ruleSet = try load()
    if let rule = ruleSet.rule(id) { return rule }
    let guess = ruleSet.closestID(to: id)
    printError("error: no rule '\(id)'" + (guess.map { "; did you mean '\($0)'?" } ?? ""))
    throw ExitCode(2)
  }
}

struct OutputOptions: ParsableArguments {
  @Option(help: "Output format.")
  var format: ReportFormat = .text

  @Option(help: "Write the report to this file (whole or not at all) instead of standard output.")
  var output: String?

  @Option(help: "Message language: zh (中文) or en.")
  var lang: Language = .zh

  func emit(_ text: String) throws {
    try emit(bytes: Array(text.utf8))
  }

  func emit(bytes: [UInt8]) throws {
    try emit(chunks: [bytes])
  }

  /// The report's pieces, one after another (`ReportFormat.renderChunks`).
  func emit<Pieces: Sequence<[UInt8]>>(chunks: Pieces) throws {
    if let output {
      try Self.write(chunks: chunks, to: output)
    } else {
      StandardStream.output.write(chunks: chunks)
    }
  }

  static func write(_ text: String, to path: String) throws {
    try write(bytes: Array(text.utf8), to: path)
  }

  static func write(bytes: [UInt8], to path: String) throws {
    try write(chunks: [bytes], to: path)
  }

  static func write<Pieces: Sequence<[UInt8]>>(chunks: Pieces, to path: String) throws {
    do {
      try OutputFile.write(chunks: chunks, to: path)
    } catch {
      printError("\(path): error: cannot write: \((error as? LocalizedError)?.errorDescription ?? "\(error)")")
      throw ExitCode(2)
    }
  }

  /// Color only when writing text to a terminal, and not when NO_COLOR is set.
  var useColor: Bool {
    output == nil && format == .text && StandardStream.output.isTerminal
      && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
  }
}

func printError(_ text: String) {
  StandardStream.error.write((text + "\n"))
}
