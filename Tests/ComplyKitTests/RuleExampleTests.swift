import Testing

@testable import ComplyKit

/// Every rule file's own passing and failing examples, one test per rule (SwiftLint's pattern: the
/// examples are the rule's tests and its documentation).
@Suite struct RuleExampleTests {
  static let ruleSet: RuleSet? = try? Repo.loadRules()
  static let ruleIDs: [String] = ruleSet?.rules.map(\.id) ?? []

  @Test func rulePackLoads() throws {
    _ = try Repo.loadRules()
    #expect(!Self.ruleIDs.isEmpty)
  }

  @Test(arguments: ruleIDs)
  func examples(of id: String) throws {
    let ruleSet = try #require(Self.ruleSet)
    let rule = try #require(ruleSet.rule(id))
    #expect(rule.examples.contains { $0.passes }, "\(id) has no passing example")
    #expect(rule.examples.contains { !$0.passes }, "\(id) has no failing example")
    #expect(!rule.basis.isEmpty, "\(id) cites no basis")
    for outcome in ExampleRunner.run([rule], in: ruleSet) {
      let kind = outcome.example.passes ? "passing" : "failing"
      let problems = outcome.problems.joined(separator: "\n")
      #expect(outcome.passed, "\(kind) example '\(outcome.example.name)' (\(outcome.example.location)):\n\(problems)")
    }
  }
}
