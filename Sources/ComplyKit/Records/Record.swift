/// One record of the input: a YAML document or JSON object with `kind:` and `id:`.
public struct Record: Sendable {
  /// The `kind:` as written (may be unknown: see `schema.kind`).
  public let kind: String
  /// The kind, when it is one comply knows (read once: several checks per record ask).
  public let knownKind: RecordKind?
  /// The `id:`, or empty when the document has none.
  public let id: String
  public let root: MappingNode
  /// Index into `RecordStore.files`.
  public let file: Int

  /// The date at its kind's date path (`date`, `decided`, …), if the kind has one and it is a date:
  /// read once, when the record is made (the loader reads it on the core that parsed the record).
  public let day: Day?

  public init(kind: String, id: String, root: MappingNode, file: Int) {
    let known = RecordKind(rawValue: kind)
    self.init(kind: kind, knownKind: known, id: id, root: root, file: file, day: Self.day(of: root, kind: known))
  }

  /// With the kind and date read already (`knownKind` must be `RecordKind(rawValue: kind)`, `day` what
  /// `Record.day(of:kind:)` reads).
  init(kind: String, knownKind: RecordKind?, id: String, root: MappingNode, file: Int, day: Day?) {
    self.kind = kind
    self.knownKind = knownKind
    self.id = id
    self.root = root
    self.file = file
    self.day = day
  }

  /// The date at `kind`'s date path in `root`, if the kind has one and it is a date.
  static func day(of root: MappingNode, kind: RecordKind?) -> Day? {
    guard let path = kind?.datePath, let first = path.first else { return nil }
    // From the root's entries on, without wrapping the root in a node first.
    var node = root[first]
    for key in path.dropFirst() { node = node?[key] }
    return node?.scalar?.dayValue
  }

  public var mark: Mark { root.mark }

  public subscript(key: String) -> Node? { root[key] }

  /// The text of a scalar field, if it is one.
  public func text(_ key: String) -> String? {
    guard let scalar = root[key]?.scalar, !scalar.isNull else { return nil }
    return scalar.text
  }
}

/// A file that was read, with the two ways its path is shown.
public struct SourceFile: Sendable, Hashable {
  /// Relative to the audited path given on the command line (the JSON report's `file`).
  public let relativePath: String
  /// As a person at the command line would open it (the audited path joined with `relativePath`).
  public let displayPath: String

  public init(relativePath: String, displayPath: String) {
    self.relativePath = relativePath
    self.displayPath = displayPath
  }
}
