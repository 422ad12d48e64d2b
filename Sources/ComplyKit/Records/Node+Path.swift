extension MappingNode {
  /// The field path (`agenda[0].category`) of the node that starts at `mark`, or "" for the record itself.
  func path(to mark: Mark) -> String {
    if mark == self.mark { return "" }
    // Depth first, in document order. Each node met keeps only how it was reached (the entry of its
    // parent and its own key or index); the path is spelled out for the node found, not for every
    // node passed on the way.
    var steps: [(parent: Int, key: String?, index: Int)] = []
    func spell(_ step: Int) -> String {
      var chain: [Int] = []
      var s = step
      while s >= 0 {
        chain.append(s)
        s = steps[s].parent
      }
      var path = ""
      for s in chain.reversed() {
        if let key = steps[s].key {
          path = path.isEmpty ? key : "\(path).\(key)"
        } else {
          path = "\(path)[\(steps[s].index)]"
        }
      }
      return path
    }
    var stack: [(node: Node, step: Int)] = [(.mapping(self), -1)]
    while let (node, step) = stack.popLast() {
      switch node {
      case .scalar(let s):
        if s.mark == mark { return spell(step) }
      case .sequence(let seq):
        if seq.mark == mark, case let path = spell(step), !path.isEmpty { return path }
        for (i, item) in seq.items.enumerated().reversed() {
          steps.append((step, nil, i))
          stack.append((item, steps.count - 1))
        }
      case .mapping(let map):
        if map.mark == mark, case let path = spell(step), !path.isEmpty { return path }
        for entry in map.entries.reversed() {
          steps.append((step, entry.key.text, 0))
          if entry.key.mark == mark { return spell(steps.count - 1) }
          stack.append((entry.value, steps.count - 1))
        }
      }
    }
    return ""
  }
}
