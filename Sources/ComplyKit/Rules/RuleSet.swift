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

    public init(path: String, bytes: [UInt8]) {
      self.path = path
      self.bytes = bytes
    }
  }

  /// Loads rule files (and `kind: calendar` files among them). Later sources replace earlier rules
  /// with the same id (a user's rule folder overrides the shipped pack); within one layer, a repeated
  /// id is an error.
  public static func load(layers: [[Source]]) throws(RuleLoadErrors) -> RuleSet {
    var errors: [RuleLoadError] = []
    var byID: [String: Rule] = [:]
    var calendars: [WorkCalendar] = []
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
          var loader = RuleLoader(path: source.path)
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
  public static func shippedSources(environment: [String: String]) throws(RuleLoadErrors) -> [Source] {
    if let directory = environment["COMPLY_RULES"], !directory.isEmpty {
      return try sources(inDirectory: directory)
    }
    return ShippedRules.files.map { Source(path: "Rules/" + $0.path, bytes: Array($0.text.utf8)) }
  }
}
