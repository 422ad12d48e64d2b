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
  static func compose(_ parts: [String]) -> String { parts.joined(separator: "\u{1F}") }

  /// Every key of a record: the combinations of the values found at each path.
  func keys(in root: MappingNode) -> [String] {
    keys(in: root, segments: paths.map(Self.segments))
  }

  /// The field names of a path (`agenda[].title` → agenda, title), split once per index build.
  static func segments(_ path: String) -> [String] {
    path.split(separator: ".").map { $0.hasSuffix("[]") ? String($0.dropLast(2)) : String($0) }
  }

  func keys(in root: MappingNode, segments: [[String]]) -> [String] {
    if segments.count == 1 { return Self.values(at: segments[0], in: root) }
    var combinations: [[String]] = [[]]
    for pathSegments in segments {
      let values = Self.values(at: pathSegments, in: root)
      combinations = combinations.flatMap { prefix in values.map { prefix + [$0] } }
      if combinations.isEmpty { return [] }
    }
    return combinations.map(Self.compose)
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
    var nodes: [Node] = [.mapping(root)]
    for segment in segments {
      var next: [Node] = []
      for node in nodes {
        switch node {
        case .mapping(let m):
          if let value = m[segment] { next.append(value) }
        case .sequence(let s):
          for item in s.items { if let value = item[segment] { next.append(value) } }
        case .scalar:
          break
        }
      }
      nodes = next.flatMap { node -> [Node] in
        if case .sequence(let s) = node { return s.items }
        return [node]
      }
    }
    return nodes.compactMap { node in
      guard let s = node.scalar, !s.isNull else { return nil }
      return s.text
    }
  }
}
