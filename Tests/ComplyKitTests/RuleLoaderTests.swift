import Testing

@testable import ComplyKit

@Suite struct RuleLoaderTests {
  func load(_ text: String) -> [RuleLoadError] {
    do {
      _ = try RuleSet.load(layers: [[RuleSet.Source(path: "Rules/x.yaml", bytes: Array(text.utf8))]])
      return []
    } catch {
      return error.errors
    }
  }

  static let valid = """
    id: meeting.example
    kind: record
    severity: error
    title: {zh: 示例, en: Example}
    basis: [{regulation: 示例规定, confidence: L}]
    applies_to: {kind: meeting}
    require: "exists(host)"
    message: {zh: "缺少主持人", en: "No host"}
    examples:
      pass: [{records: "kind: meeting\\nid: m-1\\nhost: p1\\n"}]
      fail: [{records: "kind: meeting\\nid: m-1\\n"}]
    """

  @Test func validRuleLoads() {
    #expect(load(Self.valid).isEmpty)
  }

  @Test func typoedKeyIsRefusedWithItsLocation() {
    let errors = load(Self.valid.replacingOccurrences(of: "severity: error", with: "severty: error"))
    let typo = errors.first { $0.message.contains("unknown key 'severty'") }
    #expect(typo?.location == SourceLocation(path: "Rules/x.yaml", line: 3, column: 1))
    #expect(typo?.message.contains("did you mean 'severity'") == true)
    #expect(errors.contains { $0.message.contains("needs 'severity'") })
  }

  @Test func everyErrorIsListedAtOnce() {
    let text = Self.valid
      .replacingOccurrences(of: "kind: meeting}", with: "kind: meting}")
      .replacingOccurrences(of: "exists(host)", with: "exists(host) and")
      .replacingOccurrences(of: "severity: error", with: "severity: fatal")
    let errors = load(text)
    #expect(errors.count == 3, "\(errors)")
    #expect(errors.contains { $0.message.contains("unknown record kind 'meting'") && $0.location.line == 6 })
    #expect(errors.contains { $0.message.contains("require") && $0.location.line == 7 })
    #expect(errors.contains { $0.message.contains("unknown severity 'fatal'") && $0.location.line == 3 })
  }

  @Test func expressionErrorPointsInsideTheScalar() {
    let errors = load(Self.valid.replacingOccurrences(of: "exists(host)", with: "exsts(host)"))
    #expect(errors.count == 1)
    #expect(errors.first?.message.contains("unknown function 'exsts'") == true)
    #expect(errors.first?.location.mark == Mark(line: 7, column: 11))
  }

  @Test func unknownParameterAndVariableAreRefused() {
    var errors = load(Self.valid.replacingOccurrences(of: "exists(host)", with: "count(present) >= $params.min"))
    #expect(errors.first?.message.contains("unknown parameter 'min'") == true)
    errors = load(Self.valid.replacingOccurrences(of: "exists(host)", with: "$nothing == 1"))
    #expect(errors.first?.message.contains("unknown variable '$nothing'") == true)
  }

  @Test func examplesAreRequired() {
    let text = Self.valid.components(separatedBy: "examples:")[0]
    #expect(load(text).contains { $0.message.contains("examples") })
  }

  @Test func duplicateRuleIDsInOneLayerAreRefused() {
    let source = RuleSet.Source(path: "Rules/x.yaml", bytes: Array(Self.valid.utf8))
    let copy = RuleSet.Source(path: "Rules/y.yaml", bytes: Array(Self.valid.utf8))
    #expect(throws: RuleLoadErrors.self) { try RuleSet.load(layers: [[source, copy]]) }
    // A later layer (a user's folder) replaces the rule instead.
    #expect((try? RuleSet.load(layers: [[source], [copy]]))?.rules.first?.source.path == "Rules/y.yaml")
  }
}
