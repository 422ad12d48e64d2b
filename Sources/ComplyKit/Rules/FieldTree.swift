/// Which fields of a record something reads, as a tree of field names from the record's root: a node
/// read whole (`count(present)`, a text compared, a message's value) keeps everything under it, a node
/// only passed through (`agenda` in `any(agenda, category == '第一议题')`) keeps the children read.
/// A list is passed through to its items: `agenda[].title` and `agenda[0].title` both read `title`
/// of every item, and no item is ever left out, so positions and counts stay what they were.
public struct FieldTree: Sendable, Equatable {
  /// Everything under this node is read.
  public private(set) var whole: Bool
  /// The fields read under this node (when not whole), by name.
  public private(set) var children: [String: FieldTree]

  public init() {
    whole = false
    children = [:]
  }

  /// A tree that reads everything.
  public static let everything = FieldTree(whole: true)

  private init(whole: Bool) {
    self.whole = whole
    children = [:]
  }

  public var isEmpty: Bool { !whole && children.isEmpty }

  /// Marks `path` (field names from this node) as read: whole, or only passed through.
  public mutating func insert(_ path: [String], whole readWhole: Bool) {
    guard !whole else { return }
    guard let first = path.first else {
      if readWhole {
        whole = true
        children = [:]
      }
      return
    }
    children[first, default: FieldTree()].insert(Array(path.dropFirst()), whole: readWhole)
  }

  /// Everything `other` reads, added to this.
  public mutating func formUnion(_ other: FieldTree) {
    guard !whole else { return }
    if other.whole {
      self = .everything
      return
    }
    for (name, child) in other.children { children[name, default: FieldTree()].formUnion(child) }
  }

  /// The fields read, sorted, each as its path of names (`agenda.title`: the `title` of every item of
  /// `agenda`); a node read whole, or only as a place (a list whose items are counted), ends a path.
  public var paths: [String] {
    var out: [String] = []
    func walk(_ tree: FieldTree, _ prefix: String) {
      if tree.whole {
        out.append(prefix.isEmpty ? "*" : prefix)
        return
      }
      for (name, child) in tree.children {
        let path = prefix.isEmpty ? name : prefix + "." + name
        if child.children.isEmpty { out.append(path) } else { walk(child, path) }
      }
    }
    walk(self, "")
    return out.sorted()
  }
}

extension FieldTree {
  /// The tree made ready to cut records down: each level's names with their UTF-8 length and first
  /// byte, matched against a mapping's keys without hashing, and a node read whole kept as it is, not
  /// rebuilt. A mapping keeps only the fields the tree reads, every node kept being the node that was
  /// there (its mark, style and text unchanged); a list keeps all its items, each cut down alike.
  final class Plan: Sendable {
    let whole: Bool
    /// The names read at this level, sorted (each with its length and first byte, compared before the
    /// text), and each name's own plan.
    private let keys: [MappingKey]
    private let children: [Plan]

    init(_ tree: FieldTree) {
      whole = tree.whole
      let sorted = tree.children.sorted { $0.key < $1.key }
      keys = sorted.map { MappingKey($0.key) }
      children = sorted.map { Plan($0.value) }
    }

    func pruning(_ mapping: MappingNode) -> MappingNode {
      guard !whole else { return mapping }
      // The kept entries found first, then put in a list of their number: room for every entry, or for
      // every name, was most of a cut-down meeting's top level left empty (13 entries' room for 7, some
      // 400 bytes a meeting). Read in place: iterating the names' list by value retained and released
      // each name and plan for every key of every record cut down.
      let entries = mapping.entries.withUnsafeBufferPointer { all in
        withUnsafeTemporaryAllocation(of: Int.self, capacity: all.count) { matched -> [MappingNode.Entry] in
          var kept = 0
          keys.withUnsafeBufferPointer { keys in
            for e in all.indices {
              matched[e] = -1
              for k in keys.indices where all[e].key.hasText(keys[k].text, length: keys[k].length, firstByte: keys[k].firstByte) {
                matched[e] = k
                kept += 1
                break
              }
            }
          }
          var entries: [MappingNode.Entry] = []
          entries.reserveCapacity(kept)
          for e in all.indices where matched[e] >= 0 {
            entries.append(MappingNode.Entry(key: all[e].key, value: children[matched[e]].pruning(all[e].value)))
          }
          return entries
        }
      }
      return MappingNode(entries: entries, mark: mapping.mark)
    }

    func pruning(_ node: Node) -> Node {
      guard !whole else { return node }
      switch node {
      case .scalar: return node
      case .mapping(let m): return .mapping(pruning(m))
      case .sequence(let s): return .sequence(SequenceNode(items: s.items.map { pruning($0) }, mark: s.mark))
      }
    }
  }
}
