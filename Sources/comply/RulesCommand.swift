import ArgumentParser
import ComplyKit

struct RulesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "rules",
    abstract: "List, show and test the rules. 列出、查看和测试规则。",
    subcommands: [List.self, Show.self, Test.self]
  )

  enum ListFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
  }

  struct List: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Every loaded rule: id, severity, title, basis.")

    @OptionGroup var rules: RuleOptions

    @Option(help: "Output format.")
    var format: ListFormat = .text

    @Option(help: "Language of titles in text output.")
    var lang: Language = .zh

    func run() throws {
      let ruleSet = try rules.load()
      let text = format == .json ? RuleCatalog.json(ruleSet.rules) : RuleCatalog.text(ruleSet.rules, language: lang)
      StandardStream.output.write(text)
    }
  }

  struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "One rule: its basis, parameters and examples.")

    @OptionGroup var rules: RuleOptions

    @Argument(help: "The rule id, e.g. meeting.quorum.")
    var id: String

    func run() throws {
      StandardStream.output.write(RuleCatalog.show(try rules.rule(id)))
    }
  }

  struct Test: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Run every rule's own passing and failing examples.")

    @OptionGroup var rules: RuleOptions

    @Argument(help: "Test only the rules in this folder (default: all loaded rules).")
    var directory: String?

    func run() throws {
      var options = rules
      if let directory { options.ruleFolders.append(directory) }
      let ruleSet = try options.load()
      var selected = ruleSet.rules
      if let directory {
        let prefix = directory.hasSuffix("/") ? directory : directory + "/"
        selected = selected.filter { $0.source.path.hasPrefix(prefix) || $0.source.path == directory }
      }
      let outcomes = ExampleRunner.run(selected, in: ruleSet)
      var out = ""
      for outcome in outcomes {
        let kind = outcome.example.passes ? "pass" : "fail"
        out += "\(outcome.passed ? "ok  " : "FAIL") \(outcome.rule) [\(kind)] \(outcome.example.name)\n"
        for problem in outcome.problems { out += "       \(problem)\n" }
      }
      let failed = outcomes.filter { !$0.passed }.count
      out += "\(outcomes.count - failed) passed, \(failed) failed\n"
      StandardStream.output.write(out)
      if failed > 0 { throw ExitCode(1) }
    }
  }
}
