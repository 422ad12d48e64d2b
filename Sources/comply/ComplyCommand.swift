import ArgumentParser
import ComplyKit

struct ComplyCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "comply",
    abstract: "Check Party organization records against the Party's rules. 检查党组织记录是否符合党内法规。",
    version: Comply.version,
    subcommands: [AuditCommand.self, CheckCommand.self, CompareCommand.self, RulesCommand.self, ExplainCommand.self]
  )
}
