import ArgumentParser
import ComplyKit
#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif
#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// What `audit` (and `check`) settle before reading any record: the rules, the config, the options
/// and the triage of findings. Every problem found here exits with status 2.
struct AuditSetup {
  let ruleSet: RuleSet
  let options: AuditOptions
  let triage: Triage

  static func prepare(
    paths: [String], configPath: String?, ruleOptions: RuleOptions, window: AuditWindow?, jobs: Int,
    baselinePath: String?, today: String?, format: ReportFormat, language: Language,
    checkReferences: Bool = true
  ) throws -> AuditSetup {
    let config = try loadConfig(explicit: configPath, paths: paths)
    let ruleSet = try ruleOptions.load(
      extraFolders: config?.ruleFolders.map { config?.resolve($0) ?? $0 } ?? [],
      calendars: config?.calendars.map { config?.resolve($0) ?? $0 } ?? [], examples: false)
    let day = today.flatMap(Day.init(iso:)) ?? Self.today()
    var options = AuditOptions(
      window: window, jobs: jobs, checkReferences: checkReferences, today: day,
      buildsScheduleGrid: format.showsScheduleGrid, rendersEnglish: language == .en)
    if let config {
      do {
        try config.validate(against: ruleSet)
      } catch {
        printError(error.description)
        throw ExitCode(2)
      }
      config.apply(to: &options)
    }
    var baseline: Baseline?
    if let baselinePath {
      guard let bytes = FileManager.default.contents(atPath: baselinePath) else {
        printError("\(baselinePath): error: cannot read the baseline")
        throw ExitCode(2)
      }
      do {
        baseline = try Baseline.load(path: baselinePath, bytes: Array(bytes))
      } catch {
        printError(error.description)
        throw ExitCode(2)
      }
    }
    return AuditSetup(ruleSet: ruleSet, options: options, triage: Triage(waivers: config?.waivers ?? [], baseline: baseline, today: day))
  }

  /// `--config`, else `.comply.yml` in the first folder audited.
  static func loadConfig(explicit: String?, paths: [String]) throws -> Config? {
    var path = explicit
    if path == nil, let first = paths.first {
      if PathKind(first) == .directory {
        let candidate = first.hasSuffix("/") ? first + ".comply.yml" : first + "/.comply.yml"
        if PathKind(candidate) != .missing { path = candidate }
      }
    }
    guard let path else { return nil }
    guard let bytes = FileManager.default.contents(atPath: path) else {
      printError("\(path): error: cannot read the config file")
      throw ExitCode(2)
    }
    do {
      return try Config.load(path: path, bytes: Array(bytes))
    } catch {
      printError(error.description)
      throw ExitCode(2)
    }
  }

  /// Today's date where the user is, from the C library: Foundation's calendar loads ICU's data
  /// first, which was a twentieth of a `comply check`.
  static func today() -> Day {
    var now = time(nil)
    var parts = tm()
    guard localtime_r(&now, &parts) != nil else { return Day(ordinal: 0) }
    return Day(year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday)) ?? Day(ordinal: 0)
  }
}
