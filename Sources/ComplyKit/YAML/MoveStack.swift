/// The tree builder's stacks: of open collections' children, where a finished collection's children are
/// moved out into an array of exactly their number, without copying them (a copy would retain every
/// child once for the new array and release it again for the stack); and of the open collections and
/// their keys, changed in place at every event without an array's copy-on-write check.
final class MoveStack<Element> {
  private var storage: UnsafeMutablePointer<Element>
  private var capacity: Int
  private(set) var count = 0

  init(capacity: Int) {
    self.capacity = max(1, capacity)
    storage = UnsafeMutablePointer<Element>.allocate(capacity: self.capacity)
  }

  deinit {
    storage.deinitialize(count: count)
    storage.deallocate()
  }

  /// Element `i`, read and changed in place.
  subscript(i: Int) -> Element {
    unsafeAddress { UnsafePointer(storage + i) }
    unsafeMutableAddress { storage + i }
  }

  func append(_ element: consuming Element) {
    if count == capacity { grow() }
    (storage + count).initialize(to: element)
    count += 1
  }

  /// Takes the last element off (there must be one).
  func removeLast() -> Element {
    count -= 1
    return (storage + count).move()
  }

  /// The elements from `start` on, in order, as an array; the stack ends before `start`.
  func moveOut(from start: Int) -> [Element] {
    let n = count - start
    guard n > 0 else { return [] }
    // Filled by appending into reserved room: `Array(unsafeUninitializedCapacity:)` is not specialized
    // for the element type and looks the array's type up in the runtime on every call.
    var moved: [Element] = []
    moved.reserveCapacity(n)
    for i in start..<count { moved.append((storage + i).move()) }
    count = start
    return moved
  }

  func removeAll() {
    storage.deinitialize(count: count)
    count = 0
  }

  private func grow() {
    let larger = UnsafeMutablePointer<Element>.allocate(capacity: capacity * 2)
    larger.moveInitialize(from: storage, count: count)
    storage.deallocate()
    storage = larger
    capacity *= 2
  }
}
