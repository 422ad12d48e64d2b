extension Array {
  /// Puts the elements in `order` in place: afterwards, element `i` is the one that was at `order[i]`
  /// (`order` must be a permutation of the indices). Elements are swapped, never copied, so their
  /// references are not counted again.
  mutating func permute(to order: [Int]) {
    precondition(order.count == count, "not a permutation of the indices")
    var placed = [Bool](repeating: false, count: count)
    for start in indices where !placed[start] {
      // Follow the cycle through `start`: each swap puts one element where it belongs.
      var at = start
      while true {
        placed[at] = true
        let from = order[at]
        if from == start { break }
        swapAt(at, from)
        at = from
      }
    }
  }
}
