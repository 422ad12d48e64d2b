#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// A `.comply.yml`: what a unit sets for its own audits. Validated like a rule file.
///
/// ```yaml
/// period: 2025                  # or window: {from: 2025-01-01, to: 2025-06-30}
/// rules:
///   notice.email: off            # or {enabled: false}
///   notice.candidate-fields: {severity: error}
///   study.sessions-yearly: {parameters: {min: 4}}
/// rule_folders: [rules]          # extra rule folders, relative to this file
/// calendars: [calendars/cn-2027.yaml]   # extra calendar files or folders
/// waivers:
///   - {rule: branch.committee-monthly, record: org-wl-zb1, period: 2025-08, reason: …, approved_by: 机关党委, expires: 2026-03-31}
/// ```
public struct Config: Sendable {
  public struct RuleSettings: Sendable {
    public var enabled: Bool = true
    public var severity: Severity?
    public var parameters: [String: Value] = [:]
    public let location: SourceLocation
  }

  public var window: AuditWindow?
  public var rules: [String: RuleSettings] = [:]
  public var ruleFolders: [String] = []
  public var calendars: [String] = []
  public var waivers: [Waiver] = []
  public let path: String

  public init(path: String) { self.path = path }

  static let keys = ["period", "window", "rules", "rule_folders", "calendars", "waivers"]

  /// Reads a config file; every mistake is reported at once with its location.
  public static func load(path: String, bytes: [UInt8]) throws(RuleLoadErrors) -> Config {
    var config = Config(path: path)
    var reader = NodeReader(path: path)
    let parsed = YAMLReader.parse(bytes)
    var errors = parsed.errors.map { RuleLoadError($0.message, at: SourceLocation(path: path, mark: $0.mark)) }
    if parsed.documents.count > 1 {
      errors.append(RuleLoadError("a config file holds one document", at: SourceLocation(path: path, mark: parsed.documents[1].mark)))
    }
    if let root = parsed.documents.first, let map = reader.mapping(root, allowed: keys, what: "config") {
      config.read(map, &reader)
    }
    errors += reader.errors
    if !errors.isEmpty { throw RuleLoadErrors(errors) }
    return config
  }

  /// The folder the config is in: its relative paths start there.
  public var directory: String {
    guard let slash = path.lastIndex(of: "/") else { return "." }
    return String(path[..<slash])
  }

  public func resolve(_ relative: String) -> String {
    relative.hasPrefix("/") ? relative : directory + "/" + relative
  }

  private mutating func read(_ map: MappingNode, _ reader: inout NodeReader) {
    if let node = map["period"], let year = reader.int(node, what: "period") {
      window = AuditWindow(year: year)
      if window == nil { reader.error("period must be \(Day.yearsDescription)", at: node.mark) }
    }
    if let node = map["window"], let w = reader.mapping(node, allowed: ["from", "to"], what: "window"),
      let from = reader.requireValue(w, "from", what: "window").flatMap({ reader.day($0, what: "from") }),
      let to = reader.requireValue(w, "to", what: "window").flatMap({ reader.day($0, what: "to") })
    {
      if to < from { reader.error("window ends before it starts", at: node.mark) }
      if map["period"] != nil { reader.error("give period or window, not both", at: node.mark) }
      window = AuditWindow(from: from, to: to)
    }
    if let node = map["rules"] {
      if let rulesMap = node.mapping {
        for entry in rulesMap.entries {
          rules[entry.key.text] = readRule(entry, &reader)
        }
      } else {
        reader.error("rules must be a mapping of rule id → settings", at: node.mark)
      }
    }
    for (key, target) in [("rule_folders", \Config.ruleFolders), ("calendars", \Config.calendars)] {
      guard let node = map[key] else { continue }
      self[keyPath: target] = reader.list(node, what: key).compactMap { item in
        guard let relative = reader.text(item, what: key) else { return nil }
        // A folder that is not there is named where the config names it, not later as a bare path.
        if !FileManager.default.fileExists(atPath: resolve(relative)) {
          let what = key == "calendars" ? "calendar file or folder" : "rule folder"
          reader.error("\(what) '\(relative)' does not exist (looked for \(resolve(relative)))", at: item.mark)
        }
        return relative
      }
    }
    if let node = map["waivers"] {
      waivers = reader.list(node, what: "waivers").compactMap { readWaiver($0, &reader) }
    }
  }

  private func readRule(_ entry: MappingNode.Entry, _ reader: inout NodeReader) -> RuleSettings {
    let location = reader.location(entry.key.mark)
    var settings = RuleSettings(location: location)
    if let scalar = entry.value.scalar {
      switch scalar.text {
      case "off", "false": settings.enabled = false
      case "on", "true": settings.enabled = true
      default: reader.error("rule setting must be on, off or a mapping {enabled, severity, parameters}", at: scalar.mark)
      }
      return settings
    }
    guard let map = reader.mapping(entry.value, allowed: ["enabled", "severity", "parameters"], what: "rule settings")
    else { return settings }
    if let node = map["enabled"], let enabled = reader.bool(node, what: "enabled") { settings.enabled = enabled }
    settings.severity = map["severity"].flatMap { reader.choice($0, Severity.self, all: Severity.allCases, what: "severity") }
    if let node = map["parameters"] {
      if let params = node.mapping {
        for p in params.entries { settings.parameters[p.key.text] = Value.node(p.value).normalized }
      } else {
        reader.error("parameters must be a mapping", at: node.mark)
      }
    }
    return settings
  }

  private func readWaiver(_ node: Node, _ reader: inout NodeReader) -> Waiver? {
    guard
      let map = reader.mapping(
        node, allowed: ["rule", "record", "period", "reason", "approved_by", "expires"], what: "waiver")
    else { return nil }
    let rule = reader.requireValue(map, "rule", what: "waiver").flatMap { reader.text($0, what: "rule") }
    let record = reader.requireValue(map, "record", what: "waiver").flatMap { reader.text($0, what: "record") }
    let reason = reader.requireValue(map, "reason", what: "waiver").flatMap { reader.text($0, what: "reason") }
    let approvedBy = reader.requireValue(map, "approved_by", what: "waiver").flatMap { reader.text($0, what: "approved_by") }
    let expires = reader.requireValue(map, "expires", what: "waiver").flatMap { reader.day($0, what: "expires") }
    let period = map["period"].flatMap { reader.text($0, what: "period") }
    guard let rule, let record, let reason, let approvedBy, let expires else { return nil }
    return Waiver(
      rule: rule, record: record, period: period, reason: reason, approvedBy: approvedBy, expires: expires,
      location: reader.location(map.mark))
  }

  /// Checks the names in the config against the loaded rules: an unknown rule or parameter is an error.
  public func validate(against ruleSet: RuleSet) throws(RuleLoadErrors) {
    var errors: [RuleLoadError] = []
    let ids = ruleSet.rules.map(\.id)
    for (id, settings) in rules {
      guard let rule = ruleSet.rule(id) else {
        var message = "unknown rule '\(id)'"
        if let guess = NodeReader.closest(id, in: ids) { message += " (did you mean '\(guess)'?)" }
        errors.append(RuleLoadError(message, at: settings.location))
        continue
      }
      for (name, value) in settings.parameters {
        guard let parameter = rule.parameters.first(where: { $0.name == name }) else {
          errors.append(RuleLoadError("rule '\(id)' has no parameter '\(name)'", at: settings.location))
          continue
        }
        if let choices = parameter.choices, !choices.contains(value.textValue ?? "") {
          errors.append(
            RuleLoadError("parameter '\(name)' must be one of " + choices.joined(separator: " | "), at: settings.location))
        }
      }
    }
    for waiver in waivers where ruleSet.rule(waiver.rule) == nil {
      errors.append(RuleLoadError("waiver names unknown rule '\(waiver.rule)'", at: waiver.location))
    }
    if !errors.isEmpty { throw RuleLoadErrors(errors) }
  }

  /// The audit options this config sets, over the defaults.
  public func apply(to options: inout AuditOptions) {
    if options.window == nil { options.window = window }
    for (id, settings) in rules {
      if !settings.enabled { options.disabledRules.insert(id) }
      if let severity = settings.severity { options.severities[id] = severity }
      if !settings.parameters.isEmpty { options.parameters[id, default: [:]].merge(settings.parameters) { $1 } }
    }
  }
}
