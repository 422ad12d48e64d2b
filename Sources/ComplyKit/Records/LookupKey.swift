/// An index the engine builds once so that a rule can join records without scanning them all:
/// `lookup('meeting', 'agenda[].dossier', $.id)` finds the meetings whose agenda names a dossier, and
/// `lookup('meeting', 'org', $.org, 'agenda[].title', $t)` those of one organization with an item so titled.
public struct LookupKey: Sendable, Hashable {
  public let kind: String
  /// One path, or several for a composite key.
  public let paths: [String]

  public init(kind: String, paths: [String]) {
    self.kind = kind
    self.paths = paths
  }

  public init(kind: String, path: String) {
    self.init(kind: kind, paths: [path])
  }

  /// The text that stands for a combination of values in the index.
  static func compose(_ parts: [String]) -> String { parts.joined(separator: separator) }

  /// What joins the values of a composite key (a character no record text holds).
  static let separator = "\u{1F}"

  /// Every key of a record: the combinations of the values found at each path.
  func keys(in root: MappingNode) -> [String] {
    keys(in: root, segments: paths.map(Self.segments))
  }

  /// The field names of a path (`agenda[].title` → agenda, title), split once per index build.
  static func segments(_ path: String) -> [String] {
    path.split(separator: ".").map { $0.hasSuffix("[]") ? String($0.dropLast(2)) : String($0) }
  }

  func keys(in root: MappingNode, segments: [[String]]) -> [String] {
    guard let first = segments.first else { return [] }
    var combinations = Self.values(at: first, in: root)
    for pathSegments in segments.dropFirst() {
      if combinations.isEmpty { return [] }
      combinations = Self.combine(combinations, Self.values(at: pathSegments, in: root))
    }
    return combinations
  }

  /// A composite key one path longer: every combination so far joined with every value at the next path.
  static func combine(_ prefixes: [String], _ values: [String]) -> [String] {
    var combined: [String] = []
    combined.reserveCapacity(prefixes.count * values.count)
    for prefix in prefixes { for value in values { combined.append(prefix + separator + value) } }
    return combined
  }

  /// Every scalar text found at one path in a record; a list met on the way (or at the end) is looked
  /// into element by element.
  static func values(at segments: [String], in root: MappingNode) -> [String] {
    // The common case, one plain field: no intermediate arrays.
    if segments.count == 1, let value = root[segments[0]] {
      switch value {
      case .scalar(let s): return s.isNull ? [] : [s.text]
      case .sequence(let seq): return seq.items.compactMap { $0.scalar.flatMap { $0.isNull ? nil : $0.text } }
      case .mapping: return []
      }
    }
    var out: [String] = []
    collect(.mapping(root), segments, 0, into: &out)
    return out
  }

  /// Depth first, in document order: the node at `depth` segments down, with a list met on the way
  /// looked into element by element, gives its scalar texts at the end of the path.
  private static func collect(_ node: Node, _ segments: [String], _ depth: Int, into out: inout [String]) {
    guard depth < segments.count else {
      if case .scalar(let s) = node, !s.isNull { out.append(s.text) }
      return
    }
    func descend(_ child: Node) {
      if case .sequence(let s) = child {
        for item in s.items { collect(item, segments, depth + 1, into: &out) }
      } else {
        collect(child, segments, depth + 1, into: &out)
      }
    }
    switch node {
    case .mapping(let m):
      if let value = m[segments[depth]] { descend(value) }
    case .sequence(let s):
      for item in s.items { if let value = item[segments[depth]] { descend(value) } }
    case .scalar:
      break
    }
  }
}
