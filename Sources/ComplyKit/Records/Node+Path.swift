extension MappingNode {
  /// The field path (`agenda[0].category`) of the node that starts at `mark`, or "" for the record itself.
  func path(to mark: Mark) -> String {
    if mark == self.mark { return "" }
    var stack: [(node: Node, path: String)] = [(.mapping(self), "")]
    while let (node, path) = stack.popLast() {
      switch node {
      case .scalar(let s):
        if s.mark == mark { return path }
      case .sequence(let seq):
        if seq.mark == mark, !path.isEmpty { return path }
        for (i, item) in seq.items.enumerated().reversed() { stack.append((item, "\(path)[\(i)]")) }
      case .mapping(let map):
        if map.mark == mark, !path.isEmpty { return path }
        for entry in map.entries.reversed() {
          let child = path.isEmpty ? entry.key.text : "\(path).\(entry.key.text)"
          if entry.key.mark == mark { return child }
          stack.append((entry.value, child))
        }
      }
    }
    return ""
  }
}
