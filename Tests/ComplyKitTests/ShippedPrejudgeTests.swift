import Foundation
import Testing

@testable import ComplyKit

/// The shipped record rules written out as Swift (`ShippedPrejudges.swift`, see `Prejudge`; that it is
/// current is `ShippedRulesTests`' to check, with the other files generated from `Rules/`): an audit
/// with the pre-judges reports and judges exactly what the interpreter alone does, on every example of
/// every rule and on the samples.
@Suite struct ShippedPrejudgeTests {
  /// The rules that must have a pre-judge: the ones every meeting meets, where an audit spends its time.
  static let required = [
    "meeting.decision-venue", "meeting.first-topic", "meeting.first-topic-repeat", "meeting.first-topic-source",
    "meeting.minutes-complete", "meeting.quorum", "meeting.record-book", "meeting.vote",
  ]

  @Test func theMeetingRulesArePrejudged() throws {
    let (_, unsupported) = PrejudgeRenderer.file(try ShippedRulesTests.packWithoutExamples())
    for (rule, reason) in unsupported where Self.required.contains(rule) {
      Issue.record("\(rule) is not written out: \(reason)")
    }
    for rule in Self.required { #expect(ShippedPrejudges.table[rule] != nil, "\(rule) has no pre-judge") }
  }

  /// The compiled pack carries the pre-judges; a rule loaded from YAML (`--rules`, `COMPLY_RULES`,
  /// a layer over the pack) never does, so a changed rule is never judged by another's Swift.
  @Test func onlyTheCompiledPackIsPrejudged() throws {
    let compiled = try #require(RuleSet.compiledPack(environment: [:], examples: false))
    let prejudged = compiled.rules.filter { rule in
      if case .record(let body) = rule.body { return body.prejudge != nil }
      return false
    }
    #expect(prejudged.count == ShippedPrejudges.table.count)
    for rule in try ShippedRulesTests.packWithoutExamples().rules {
      if case .record(let body) = rule.body { #expect(body.prejudge == nil, "\(rule.id)") }
    }
  }

  /// Every example of every shipped rule, audited with the whole pack with and without the pre-judges:
  /// the same findings, and the same records judged by each rule.
  @Test func examplesAgreeWithTheInterpreter() throws {
    let interpreted = try ShippedRulesTests.packWithoutExamples()
    let prejudged = try #require(RuleSet.compiledPack(environment: [:], examples: false))
    let withExamples = try RuleSet.load(layers: [RuleSet.shippedSources(environment: [:], examples: true)])
    var settled: [String: Int] = [:]
    for rule in withExamples.rules {
      for example in rule.examples {
        let a = ExampleRunner.audit(example, of: rule, in: interpreted)
        let b = ExampleRunner.audit(example, of: rule, in: prejudged)
        let place = "\(example.location.path):\(example.location.line)"
        #expect(Self.describe(a) == Self.describe(b), "\(place)")
        #expect(a.judgedRecords == b.judgedRecords, "\(place)")
        if let store = b.store { Self.countSettled(prejudged, store, into: &settled) }
      }
    }
    // Each pre-judge settles some example record by itself: one that always left the record to the
    // interpreter would agree with it and do nothing.
    for id in ShippedPrejudges.table.keys.sorted() { #expect(settled[id, default: 0] > 0, "\(id) settles no example record") }
  }

  /// The samples, audited both ways: the same report.
  @Test func samplesAgreeWithTheInterpreter() throws {
    let window = try #require(AuditWindow(year: 2025))
    let options = AuditOptions(window: window)
    let interpreted = try ShippedRulesTests.packWithoutExamples()
    let prejudged = try #require(RuleSet.compiledPack(environment: [:], examples: false))
    let a = try Audit.run(paths: [Repo.samples], ruleSet: interpreted, options: options)
    let b = try Audit.run(paths: [Repo.samples], ruleSet: prejudged, options: options)
    #expect(Self.describe(a) == Self.describe(b))
    #expect(a.judgedRecords == b.judgedRecords)
    #expect(!a.findings.isEmpty)
  }

  static func describe(_ result: AuditResult) -> [String] {
    result.findings.map { f in
      "\(f.file.relativePath):\(f.mark.line):\(f.mark.column) \(f.rule) \(f.severity) \(f.fingerprint) \(f.message.zh) | \(f.message.en)"
    }
  }

  /// Per rule, the records its pre-judge settled (skipped or passed) in `store`.
  static func countSettled(_ ruleSet: RuleSet, _ store: RecordStore, into settled: inout [String: Int]) {
    for rule in ruleSet.rules {
      guard case .record(let body) = rule.body, let prejudge = body.prejudge else { continue }
      for index in store.indices(of: body.kind) where prejudge(store, index, store.records[index].root) != .unsure {
        settled[rule.id, default: 0] += 1
      }
    }
  }
}
