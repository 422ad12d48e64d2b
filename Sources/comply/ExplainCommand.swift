import ArgumentParser
import ComplyKit

struct ExplainCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "explain",
    abstract: "Why a rule exists and how to comply (中文, then English). 说明规则的依据和整改方法。"
  )

  @OptionGroup var rules: RuleOptions

  @Argument(help: "The rule id, e.g. notice.period.")
  var id: String

  func run() throws {
    StandardStream.output.write(RuleCatalog.explain(try rules.rule(id)))
  }
}
