/// An index the engine builds once so that a rule can join records without scanning them all:
/// `lookup('meeting', 'agenda[].dossier', $.id)` finds the meetings whose agenda names a dossier.
public struct LookupKey: Sendable, Hashable {
  public let kind: String
  public let path: String

  public init(kind: String, path: String) {
    self.kind = kind
    self.path = path
  }

  /// Field names; a list met on the way (or at the end) is looked into element by element.
  var segments: [String] {
    path.split(separator: ".").map { $0.hasSuffix("[]") ? String($0.dropLast(2)) : String($0) }
  }

  /// Every scalar text found at the path in a record.
  func keys(in root: MappingNode) -> [String] {
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
