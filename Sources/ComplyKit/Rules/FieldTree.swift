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
    private let keys: [(text: String, length: UInt16, firstByte: UInt8, child: Plan)]

    init(_ tree: FieldTree) {
      whole = tree.whole
      keys = tree.children.keys.sorted().compactMap { name in
        tree.children[name].map { (name, UInt16(clamping: name.utf8.count), name.utf8.first ?? 0, Plan($0)) }
      }
    }

    func pruning(_ mapping: MappingNode) -> MappingNode {
      guard !whole else { return mapping }
      var entries: [MappingNode.Entry] = []
      entries.reserveCapacity(min(mapping.entries.count, keys.count))
      mapping.entries.withUnsafeBufferPointer { all in
        for entry in all {
          for key in keys where entry.key.hasText(key.text, length: key.length, firstByte: key.firstByte) {
            entries.append(MappingNode.Entry(key: entry.key, value: key.child.pruning(entry.value)))
            break
          }
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
