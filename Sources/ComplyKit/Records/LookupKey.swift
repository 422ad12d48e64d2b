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
    var combinations: [[String]] = [[]]
    for path in paths {
      let values = Self.values(at: path, in: root)
      combinations = combinations.flatMap { prefix in values.map { prefix + [$0] } }
      if combinations.isEmpty { return [] }
    }
    return combinations.map(Self.compose)
  }

  /// Every scalar text found at one path in a record; a list met on the way (or at the end) is looked
  /// into element by element.
  static func values(at path: String, in root: MappingNode) -> [String] {
    let segments = path.split(separator: ".").map { $0.hasSuffix("[]") ? String($0.dropLast(2)) : String($0) }
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
