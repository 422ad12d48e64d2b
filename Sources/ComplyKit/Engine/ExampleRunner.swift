/// Runs the passing and failing examples a rule file carries: the examples are the rule's tests and
/// its documentation at once.
public enum ExampleRunner {
  public struct Outcome: Sendable {
    public let rule: String
    public let example: RuleExample
    /// Empty when the example behaved as it says.
    public let problems: [String]

    public var passed: Bool { problems.isEmpty }
  }

  /// Every example of every rule in `rules` (each judged with the whole `ruleSet`, so a passing
  /// example must be clean for every rule).
  public static func run(_ rules: [Rule], in ruleSet: RuleSet) -> [Outcome] {
    rules.flatMap { rule in rule.examples.map { run($0, of: rule, in: ruleSet) } }
  }

  /// The audit an example is judged by: its records, with the whole `ruleSet`, in the example's window
  /// and with its parameters for `rule`.
  static func audit(_ example: RuleExample, of rule: Rule, in ruleSet: RuleSet) -> AuditResult {
    let file = SourceFile(relativePath: "example.yaml", displayPath: example.location.path)
    let loaded = RecordLoader().parse([(file, Array(example.records.utf8))])
    var options = AuditOptions(window: example.window, roundWindowToYears: false)
    if !example.parameters.isEmpty { options.parameters[rule.id] = example.parameters }
    return Audit.run(loaded, ruleSet: ruleSet, options: options)
  }

  public static func run(_ example: RuleExample, of rule: Rule, in ruleSet: RuleSet) -> Outcome {
    let result = audit(example, of: rule, in: ruleSet)
    let own = result.findings.filter { $0.rule == rule.id }
    let offset = example.location.line - 1
    func describe(_ f: Finding) -> String {
      "\(example.location.path):\(f.mark.line + offset):\(f.mark.column): \(f.severity): \(f.message.zh) [\(f.rule)]"
    }
    var problems: [String] = []
    if example.passes {
      problems += result.findings.map { "unexpected finding: " + describe($0) }
    } else {
      if own.isEmpty {
        problems.append("expected a finding of \(rule.id), got none" + (result.findings.isEmpty ? "" : "; other findings:"))
        problems += result.findings.map { "  " + describe($0) }
      }
      if let count = example.count, own.count != count {
        problems.append("expected \(count) findings of \(rule.id), got \(own.count)")
        problems += own.map { "  " + describe($0) }
      }
      for expectation in example.expectations {
        let matched = own.contains { f in
          (expectation.line.map { $0 == f.mark.line } ?? true)
            && (expectation.column.map { $0 == f.mark.column } ?? true)
            && (expectation.message.map { f.message.zh.contains($0) || f.message.en.contains($0) } ?? true)
            && (expectation.period.map { $0 == f.period } ?? true)
            && (expectation.record.map { $0 == f.record } ?? true)
        }
        if !matched {
          var wanted: [String] = []
          if let line = expectation.line { wanted.append("line \(line)") }
          if let column = expectation.column { wanted.append("column \(column)") }
          if let message = expectation.message { wanted.append("message containing '\(message)'") }
          if let period = expectation.period { wanted.append("period \(period)") }
          if let record = expectation.record { wanted.append("record \(record)") }
          problems.append("no finding of \(rule.id) with " + wanted.joined(separator: ", ") + "; found:")
          problems += own.map { "  " + describe($0) }
        }
      }
    }
    return Outcome(rule: rule.id, example: example, problems: problems)
  }
}
