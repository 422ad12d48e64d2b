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

  /// Calls `body` with every key of a record: the combinations of the values found at each path, the
  /// first path's values outermost, each key made as it is met (no lists of values or of keys).
  func forEachKey(in root: MappingNode, segments: [[String]], _ body: (JoinKey) -> Void) {
    func extend(_ first: String?, _ rest: String?, from path: Int) {
      guard path < segments.count else {
        if let first { body(JoinKey(first, rest)) }
        return
      }
      Self.forEachValue(at: segments[path], in: root) { value in
        if let first {
          extend(first, Self.joined(rest, value), from: path + 1)
        } else {
          extend(value, nil, from: path + 1)
        }
      }
    }
    extend(nil, nil, from: 0)
  }

  /// The field names of a path (`agenda[].title` → agenda, title), split once per index build.
  static func segments(_ path: String) -> [String] {
    path.split(separator: ".").map { $0.hasSuffix("[]") ? String($0.dropLast(2)) : String($0) }
  }

  /// A composite key one path longer: every combination so far joined with every value at the next path.
  static func combine(_ prefixes: [String], _ values: [String]) -> [String] {
    var combined: [String] = []
    combined.reserveCapacity(prefixes.count * values.count)
    for prefix in prefixes { for value in values { combined.append(joined(prefix, value)) } }
    return combined
  }

  /// The later paths' texts of a key so far (none before the second path's) with the next one: the one
  /// joining that the index and a lookup both make (`forEachKey` and `combine`).
  static func joined(_ prefix: String?, _ value: String) -> String {
    prefix.map { $0 + separator + value } ?? value
  }

  /// Calls `body` with every scalar text found at one path in a record, in document order; a list met
  /// on the way (or at the end) is looked into element by element.
  static func forEachValue(at segments: [String], in root: MappingNode, _ body: (String) -> Void) {
    // The common case, one plain field: no recursion.
    if segments.count == 1, let value = root[segments[0]] {
      switch value {
      case .scalar(let s): if !s.isNull { body(s.text) }
      case .sequence(let seq): for item in seq.items { if let s = item.scalar, !s.isNull { body(s.text) } }
      case .mapping: break
      }
      return
    }
    collect(.mapping(root), segments, 0, body)
  }

  /// Depth first, in document order: the node at `depth` segments down, with a list met on the way
  /// looked into element by element, gives its scalar texts at the end of the path.
  private static func collect(_ node: Node, _ segments: [String], _ depth: Int, _ body: (String) -> Void) {
    guard depth < segments.count else {
      if case .scalar(let s) = node, !s.isNull { body(s.text) }
      return
    }
    func descend(_ child: Node) {
      if case .sequence(let s) = child {
        for item in s.items { collect(item, segments, depth + 1, body) }
      } else {
        collect(child, segments, depth + 1, body)
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
