/// The family relations recorded on person records, and the 回避 relations derived from them.
///
/// Built once; each query walks a trie of the 回避 chains (at most four steps) from the first person,
/// level by level, so the shortest chain is found first and nothing off those chains is visited.
public struct KinshipGraph: Sendable {
  /// Person ids, by interned index.
  private let names: [String]
  private let index: [String: Int]
  /// Neighbours per step, by interned index; each list is sorted and without repeats.
  /// `.sibling` holds recorded siblings and everyone sharing a recorded parent.
  private let spouses: [[Int]]
  private let parents: [[Int]]
  private let children: [[Int]]
  private let siblings: [[Int]]

  /// Edges as recorded on person records: `person` lists `{type, person: other}`.
  /// `{type: 父母, person: X}` on A means X is A's parent; 子女 means X is A's child; 配偶 and
  /// 兄弟姐妹 are symmetric. An edge from a person to themselves is ignored.
  public init(edges: [(person: String, relation: PrimitiveRelation, other: String)]) {
    var names: [String] = []
    var index: [String: Int] = [:]
    func intern(_ name: String) -> Int {
      if let i = index[name] { return i }
      index[name] = names.count
      names.append(name)
      return names.count - 1
    }
    var pairs: [(Int, PrimitiveRelation, Int)] = []
    for edge in edges where edge.person != edge.other {
      pairs.append((intern(edge.person), edge.relation, intern(edge.other)))
    }
    var spouses = [Set<Int>](repeating: [], count: names.count)
    var parents = spouses
    var children = spouses
    var siblings = spouses
    for (a, relation, b) in pairs {
      switch relation {
      case .spouse:
        spouses[a].insert(b)
        spouses[b].insert(a)
      case .sibling:
        siblings[a].insert(b)
        siblings[b].insert(a)
      case .parent:
        parents[a].insert(b)
        children[b].insert(a)
      case .child:
        children[a].insert(b)
        parents[b].insert(a)
      }
    }
    // Derived siblings: the other children of one's recorded parents.
    for person in 0..<names.count {
      for parent in parents[person] {
        for other in children[parent] where other != person {
          siblings[person].insert(other)
        }
      }
    }
    self.names = names
    self.index = index
    self.spouses = spouses.map { $0.sorted() }
    self.parents = parents.map { $0.sorted() }
    self.children = children.map { $0.sorted() }
    self.siblings = siblings.map { $0.sorted() }
  }

  /// The shortest 回避 relation from `a` to `b` (what `b` is to `a`: `[.spouse, .sibling]` means `b` is
  /// `a`'s spouse's sibling), or nil when they are not relatives in the regulation's sense.
  public func relation(from a: String, to b: String) -> KinshipPath? {
    guard a != b, let start = index[a], let target = index[b] else { return nil }
    var found: Int?
    walk(from: start) { pattern, reached in
      guard reached.contains(target) else { return true }
      found = pattern
      return false
    }
    return found.flatMap { KinshipPath(steps: KinshipPath.patterns[$0].steps) }
  }

  /// All relatives of `a` with their shortest relation, sorted by person id.
  public func relatives(of a: String) -> [(person: String, path: KinshipPath)] {
    guard let start = index[a] else { return [] }
    var best: [Int: Int] = [:]
    walk(from: start) { pattern, reached in
      for person in reached where person != start && best[person] == nil {
        best[person] = pattern
      }
      return true
    }
    return best.compactMap { person, pattern in
      KinshipPath(steps: KinshipPath.patterns[pattern].steps).map { (names[person], $0) }
    }.sorted { $0.person < $1.person }
  }

  /// Walks the chain trie from `start`, one level (chain length) at a time. For each complete chain,
  /// in `KinshipPath.patterns` order, calls `visit(pattern index, persons reached)`; stops when it
  /// returns false. The persons reached may include `start` itself; callers leave it out.
  private func walk(from start: Int, _ visit: (Int, Set<Int>) -> Bool) {
    let trie = KinshipTrie.shared
    var level: [(node: Int, persons: Set<Int>)] = [(0, [start])]
    while !level.isEmpty {
      var next: [(node: Int, persons: Set<Int>)] = []
      for (node, persons) in level {
        for (step, child) in trie.nodes[node].children {
          let neighbours = adjacency(step)
          var reached: Set<Int> = []
          for person in persons { reached.formUnion(neighbours[person]) }
          if !reached.isEmpty { next.append((child, reached)) }
        }
      }
      // Complete chains of this length, in pattern order.
      let complete = next.compactMap { entry in trie.nodes[entry.node].pattern.map { ($0, entry.persons) } }
      for (pattern, persons) in complete.sorted(by: { $0.0 < $1.0 }) where !visit(pattern, persons) {
        return
      }
      level = next.filter { !trie.nodes[$0.node].children.isEmpty }
    }
  }

  private func adjacency(_ step: PrimitiveRelation) -> [[Int]] {
    switch step {
    case .spouse: spouses
    case .parent: parents
    case .child: children
    case .sibling: siblings
    }
  }
}

/// The 回避 chains as a prefix tree: node 0 is the root; a node ends a chain when `pattern` is set.
struct KinshipTrie: Sendable {
  struct Node: Sendable {
    var children: [(PrimitiveRelation, Int)] = []
    var pattern: Int?
  }

  let nodes: [Node]

  static let shared = KinshipTrie(patterns: KinshipPath.patterns.map(\.steps))

  init(patterns: [[PrimitiveRelation]]) {
    var nodes = [Node()]
    for (number, steps) in patterns.enumerated() {
      var current = 0
      for step in steps {
        if let existing = nodes[current].children.first(where: { $0.0 == step }) {
          current = existing.1
        } else {
          nodes.append(Node())
          nodes[current].children.append((step, nodes.count - 1))
          current = nodes.count - 1
        }
      }
      nodes[current].pattern = number
    }
    self.nodes = nodes
  }
}
