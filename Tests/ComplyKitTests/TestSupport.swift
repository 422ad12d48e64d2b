import Foundation
import Testing

@testable import ComplyKit

/// Paths in the source tree, for tests that read the shipped rules, the samples and golden files.
enum Repo {
  static let root: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
  static var rules: String { root.appendingPathComponent("Rules").path }
  static var samples: String { root.appendingPathComponent("Samples").path }
  static var golden: URL { root.appendingPathComponent("Tests/ComplyKitTests/Golden") }

  /// Whether tests should rewrite generated and golden files instead of comparing (`COMPLY_RECORD=1`).
  static var recording: Bool { ProcessInfo.processInfo.environment["COMPLY_RECORD"] == "1" }

  /// A generated file compared with what its generator prints now (rewritten when recording); `test`
  /// names the suite whose recording writes it.
  static func checkGenerated(_ file: URL, _ expected: String, test: String) throws {
    if recording {
      try expected.write(to: file, atomically: true, encoding: .utf8)
      return
    }
    let actual = try String(contentsOf: file, encoding: .utf8)
    let path = file.path.replacingOccurrences(of: root.path + "/", with: "")
    #expect(actual == expected, "\(path) is stale: run COMPLY_RECORD=1 swift test --filter \(test)")
  }

  /// The rule pack as it is in `Rules/` now.
  static func loadRules() throws -> RuleSet {
    try RuleSet.load(layers: [RuleSet.sources(inDirectory: rules)])
  }
}

/// Parses YAML text into a store (calendars and lookups as the given rule set needs, and `lookups` besides).
func makeStore(
  _ yaml: String, ruleSet: RuleSet? = nil, lookups more: Set<LookupKey> = []
) -> RecordStore {
  let file = SourceFile(relativePath: "test.yaml", displayPath: "test.yaml")
  let loaded = RecordLoader().parse([(file, Array(yaml.utf8))])
  let lookups = (ruleSet.map { Engine(ruleSet: $0, options: AuditOptions()).lookupKeys } ?? []).union(more)
  return RecordStore(
    files: loaded.files, documents: loaded.documents, parseIssues: loaded.issues, calendars: ruleSet?.calendars ?? [],
    lookups: lookups)
}
