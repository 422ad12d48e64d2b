/// The rules of a run and the calendars that came with them. Loaded once, validated whole.
public struct RuleSet: Sendable {
  /// Sorted by id.
  public let rules: [Rule]
  public let calendars: [WorkCalendar]

  public init(rules: [Rule], calendars: [WorkCalendar]) {
    self.rules = rules.sorted { $0.id < $1.id }
    self.calendars = calendars
  }

  public func rule(_ id: String) -> Rule? { rules.first { $0.id == id } }

  /// The loaded rule id nearest to a mistyped one, if one is near enough.
  public func closestID(to id: String) -> String? { NodeReader.closest(id, in: rules.map(\.id)) }

  /// A rule or calendar file's text and the path it is shown under.
  public struct Source: Sendable {
    public let path: String
    public let bytes: [UInt8]
    /// The text was cut before its `examples:` (the compiled-in pack, when only auditing): the rule
    /// is loaded without them, and without asking for them.
    public let examplesOmitted: Bool

    public init(path: String, bytes: [UInt8], examplesOmitted: Bool = false) {
      self.path = path
      self.bytes = bytes
      self.examplesOmitted = examplesOmitted
    }
  }

  /// Loads rule files (and `kind: calendar` files among them). Later sources replace earlier rules
  /// with the same id (a user's rule folder overrides the shipped pack); within one layer, a repeated
  /// id is an error.
  ///
  /// - Parameter base: rules and calendars loaded before the layers (the compiled-in pack), which
  ///   the layers' rules replace by id as a later layer does.
  public static func load(layers: [[Source]], over base: RuleSet? = nil) throws(RuleLoadErrors) -> RuleSet {
    var errors: [RuleLoadError] = []
    var byID: [String: Rule] = [:]
    var calendars: [WorkCalendar] = base?.calendars ?? []
    for rule in base?.rules ?? [] { byID[rule.id] = rule }
    for layer in layers {
      var seen: [String: SourceLocation] = [:]
      for source in layer {
        let parsed = YAMLReader.parse(source.bytes)
        for error in parsed.errors {
          errors.append(RuleLoadError(error.message, at: SourceLocation(path: source.path, mark: error.mark)))
        }
        for document in parsed.documents {
          if document["kind"]?.scalar?.text == RecordKind.calendar.rawValue, let map = document.mapping {
            calendars.append(RecordStore.calendar(from: Record(kind: "calendar", id: "", root: map, file: 0)))
            continue
          }
          var loader = RuleLoader(path: source.path, examplesOmitted: source.examplesOmitted)
          let rule = loader.load(document)
          errors.append(contentsOf: loader.reader.errors)
          guard let rule else { continue }
          if let first = seen[rule.id] {
            errors.append(RuleLoadError("rule '\(rule.id)' is defined twice (first at \(first))", at: rule.source))
            continue
          }
          seen[rule.id] = rule.source
          byID[rule.id] = rule
        }
      }
    }
    if !errors.isEmpty { throw RuleLoadErrors(errors) }
    return RuleSet(rules: Array(byID.values), calendars: calendars)
  }

  /// Reads every `.yaml`/`.yml` file under a folder as one layer.
  public static func sources(inDirectory directory: String) throws(RuleLoadErrors) -> [Source] {
    var problems: [String] = []
    let entries: [FileWalker.Entry]
    do {
      entries = try FileWalker(extensions: ["yaml", "yml"]).files(under: directory, problems: &problems)
    } catch {
      throw RuleLoadErrors([RuleLoadError("rule folder not found", at: SourceLocation(path: directory, line: 1, column: 1))])
    }
    var errors = problems.map { RuleLoadError("cannot read folder", at: SourceLocation(path: $0, line: 1, column: 1)) }
    var sources: [Source] = []
    for entry in entries {
      guard let bytes = FileWalker.readFile(entry.path, anyKind: entry.given) else {
        errors.append(RuleLoadError("cannot read file", at: SourceLocation(path: entry.path, line: 1, column: 1)))
        continue
      }
      sources.append(Source(path: entry.path, bytes: bytes))
    }
    if !errors.isEmpty { throw RuleLoadErrors(errors) }
    return sources
  }

  /// The pack shipped with comply: the folder in `COMPLY_RULES` when set, else the copy compiled into
  /// the library (so an installed binary needs no files beside it).
  ///
  /// - Parameter examples: false when only the rules will run (an audit, a check): the compiled-in
  ///   files are then read without their examples, which are two thirds of their text and are run
  ///   by `comply rules test` and the test suite. (A `COMPLY_RULES` folder is always read whole.)
  public static func shippedSources(environment: [String: String], examples: Bool = true) throws(RuleLoadErrors)
    -> [Source]
  {
    if let directory = rulesFolder(environment) { return try sources(inDirectory: directory) }
    return ShippedRules.files.map { file in
      let bytes = Array(file.text.utf8)
      guard !examples, let cut = examplesStart(in: bytes) else { return Source(path: "Rules/" + file.path, bytes: bytes) }
      return Source(path: "Rules/" + file.path, bytes: Array(bytes[..<cut]), examplesOmitted: true)
    }
  }

  /// The compiled-in pack as Swift values (`ShippedPack.swift`, generated from `Rules/` with the
  /// YAML text beside it), for a run that needs neither the examples nor a `COMPLY_RULES` folder:
  /// an audit or a check then starts without reading the pack's YAML. Nil otherwise; the caller
  /// then loads `shippedSources` as the first layer.
  public static func compiledPack(environment: [String: String], examples: Bool) -> RuleSet? {
    if examples || rulesFolder(environment) != nil { return nil }
    // The patterns were compiled when the pack was generated and again by its test, so this does not
    // fail; if it ever did, the YAML text is still there to load (and to report why).
    guard let pack = try? ShippedPack.ruleSet() else { return nil }
    return pack.withPrejudges(ShippedPrejudges.table)
  }

  /// The rule set with each record rule named in `table` given its pre-judge (see `Prejudge`).
  func withPrejudges(_ table: [String: Prejudge.Function]) -> RuleSet {
    RuleSet(
      rules: rules.map { rule in
        guard case .record(let body) = rule.body, let prejudge = table[rule.id] else { return rule }
        return rule.with(body: .record(body.with(prejudge: prejudge)))
      }, calendars: calendars)
  }

  /// The folder `COMPLY_RULES` names in place of the compiled-in pack, if set.
  private static func rulesFolder(_ environment: [String: String]) -> String? {
    environment["COMPLY_RULES"].flatMap { $0.isEmpty ? nil : $0 }
  }

  /// Where a rule file's top-level `examples:` line starts (a shipped rule file ends with it).
  static func examplesStart(in bytes: [UInt8]) -> Int? {
    let key = Array("examples:".utf8)
    var i = 0
    while i + key.count <= bytes.count {
      if (i == 0 || bytes[i - 1] == UInt8(ascii: "\n")), bytes[i] == key[0], bytes[i..<(i + key.count)].elementsEqual(key) {
        return i
      }
      i += 1
    }
    return nil
  }
}
