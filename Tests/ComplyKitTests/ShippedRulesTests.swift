import Foundation
import Testing

@testable import ComplyKit

/// The rule pack is compiled into the library (`ShippedRules.swift`, generated from `Rules/`), so an
/// installed binary needs no files beside it. This test fails when the generated file is stale;
/// `COMPLY_RECORD=1 swift test --filter ShippedRulesTests` writes it anew.
@Suite struct ShippedRulesTests {
  static let generatedFile = Repo.root.appendingPathComponent("Sources/ComplyKit/Rules/ShippedRules.swift")

  static func render() throws -> String {
    var problems: [String] = []
    let entries = try FileWalker(extensions: ["yaml", "yml"]).files(under: Repo.rules, problems: &problems)
    var out = """
      // Generated from Rules/ by `COMPLY_RECORD=1 swift test --filter ShippedRulesTests`. Do not edit.
      // The shipped rule pack, compiled in so that an installed binary needs no files beside it.

      enum ShippedRules {
        static let files: [(path: String, text: String)] = [

      """
    for entry in entries {
      let text = try String(contentsOfFile: entry.path, encoding: .utf8)
      precondition(!text.contains("\"\"\"#"), "\(entry.path) contains a raw-string delimiter")
      out += "    (\n      \"\(entry.relativePath)\",\n      #\"\"\"\n\(text)\n\"\"\"#\n    ),\n"
    }
    out += "  ]\n}\n"
    return out
  }

  @Test func generatedFileIsCurrent() throws {
    try Repo.checkGenerated(Self.generatedFile, try Self.render(), test: "ShippedRulesTests")
  }

  static let compiledFile = Repo.root.appendingPathComponent("Sources/ComplyKit/Rules/ShippedPack.swift")

  /// The pack as an audit reads it from YAML: without the examples.
  static func packWithoutExamples() throws -> RuleSet {
    try RuleSet.load(layers: [RuleSet.shippedSources(environment: [:], examples: false)])
  }

  /// `ShippedPack.swift`, the pack as Swift values, is generated from the YAML text; this fails when
  /// it is stale (and rewrites it when recording).
  @Test func compiledPackIsCurrent() throws {
    try Repo.checkGenerated(Self.compiledFile, try ShippedPackRenderer.file(Self.packWithoutExamples()), test: "ShippedRulesTests")
  }

  static let prejudgeFile = Repo.root.appendingPathComponent("Sources/ComplyKit/Rules/ShippedPrejudges.swift")

  /// `ShippedPrejudges.swift`, the record rules written out as Swift, is generated from the same YAML
  /// and recorded with the pack: the two files always describe the same rules.
  @Test func prejudgesAreCurrent() throws {
    try Repo.checkGenerated(Self.prejudgeFile, PrejudgeRenderer.file(Self.packWithoutExamples()).text, test: "ShippedRulesTests")
  }

  /// The values the compiled file builds print back as the same source: every rule, check,
  /// expression, message and calendar is what the YAML gives.
  @Test func compiledPackIsThePackWithoutExamples() throws {
    let compiled = try ShippedPack.ruleSet()
    #expect(try ShippedPackRenderer.file(compiled) == ShippedPackRenderer.file(Self.packWithoutExamples()))
    #expect(RuleSet.compiledPack(environment: [:], examples: false)?.rules.count == compiled.rules.count)
    #expect(RuleSet.compiledPack(environment: [:], examples: true) == nil)
    #expect(RuleSet.compiledPack(environment: ["COMPLY_RULES": Repo.rules], examples: false) == nil)
  }

  /// A user's layer over the compiled pack replaces a rule by id, as it does over the YAML pack; the
  /// replaced rule's written-out Swift goes with it, and the rules not replaced keep theirs.
  @Test func layersLoadOverTheCompiledPack() throws {
    let compiled = try #require(RuleSet.compiledPack(environment: [:], examples: false))
    let override = """
      id: meeting.quorum
      kind: record
      severity: warning
      title: {zh: 到会, en: Quorum}
      basis: [{regulation: 中国共产党支部工作条例（试行）}]
      applies_to: {kind: meeting}
      require: "true"
      message: {zh: 到会, en: quorum}
      examples:
        pass: [{records: "kind: meeting"}]
        fail: [{records: "kind: meeting"}]
      """
    let ruleSet = try RuleSet.load(
      layers: [[RuleSet.Source(path: "mine/quorum.yaml", bytes: Array(override.utf8))]], over: compiled)
    #expect(ruleSet.rules.count == compiled.rules.count)
    #expect(ruleSet.rule("meeting.quorum")?.severity == .warning)
    #expect(ruleSet.rule("meeting.quorum")?.source.path == "mine/quorum.yaml")
    #expect(ruleSet.calendars.count == compiled.calendars.count)
    func prejudged(_ id: String) -> Bool {
      guard case .record(let body)? = ruleSet.rule(id)?.body else { return false }
      return body.prejudge != nil
    }
    #expect(!prejudged("meeting.quorum"))
    #expect(prejudged("meeting.vote"))
  }

  @Test func embeddedPackMatchesFolder() throws {
    let embedded = try RuleSet.load(layers: [RuleSet.shippedSources(environment: [:])])
    let folder = try Repo.loadRules()
    #expect(embedded.rules.map(\.id) == folder.rules.map(\.id))
  }

  /// An audit reads the compiled-in pack without its examples. That is only safe while every rule
  /// file ends with them: the rules must come out the same but for the examples.
  @Test func packWithoutExamplesLosesOnlyTheExamples() throws {
    let whole = try RuleSet.load(layers: [RuleSet.shippedSources(environment: [:])])
    let sources = try RuleSet.shippedSources(environment: [:], examples: false)
    let trimmed = try RuleSet.load(layers: [sources])
    #expect(sources.filter(\.examplesOmitted).count == whole.rules.count)
    #expect(trimmed.rules.map(\.id) == whole.rules.map(\.id))
    #expect(trimmed.calendars.count == whole.calendars.count)
    #expect(trimmed.rules.allSatisfy { $0.examples.isEmpty })
    for (a, b) in zip(whole.rules, trimmed.rules) {
      #expect(a.parameters.map(\.name) == b.parameters.map(\.name) && a.severity == b.severity && a.kind == b.kind)
      #expect(a.title.zh == b.title.zh && a.basis.count == b.basis.count)
    }
    var problems: [String] = []
    for entry in try FileWalker(extensions: ["yaml"]).files(under: Repo.rules, problems: &problems) {
      let text = try String(contentsOfFile: entry.path, encoding: .utf8)
      guard let cut = RuleSet.examplesStart(in: Array(text.utf8)) else { continue }
      let after = String(decoding: Array(text.utf8)[cut...], as: UTF8.self).split(separator: "\n").dropFirst()
      let laterKey = after.first { line in line.first.map { !$0.isWhitespace && $0 != "#" && $0 != "-" } ?? false }
      #expect(laterKey == nil, "\(entry.relativePath): '\(laterKey ?? "")' after examples would be cut off")
    }
  }
}
