/// The project's own YAML/JSON document tree: immutable, `Sendable`, a source mark on every node.
///
/// Scalars keep their text and style; typing (bool, int, date, null) is decided by whoever reads
/// them (see `ScalarNode+Typing.swift`), so a quoted `"2025-03-01"` or `"no"` stays the text it is.
public indirect enum Node: Sendable {
  case scalar(ScalarNode)
  case sequence(SequenceNode)
  case mapping(MappingNode)

  public var mark: Mark {
    switch self {
    case .scalar(let s): s.mark
    case .sequence(let s): s.mark
    case .mapping(let m): m.mark
    }
  }

  public var scalar: ScalarNode? {
    if case .scalar(let s) = self { return s }
    return nil
  }

  public var sequence: SequenceNode? {
    if case .sequence(let s) = self { return s }
    return nil
  }

  public var mapping: MappingNode? {
    if case .mapping(let m) = self { return m }
    return nil
  }

  /// The value under `key` when this node is a mapping.
  public subscript(key: String) -> Node? {
    mapping?[key]
  }
}

public struct ScalarNode: Sendable {
  public enum Style: UInt8, Sendable {
    case plain, singleQuoted, doubleQuoted, literal, folded
  }

  public let text: String
  public let style: Style
  /// Whether the source gave the scalar a tag; kept beside the box so that the typed readings do not
  /// touch (retain and release) it.
  public let hasTag: Bool
  public let mark: Mark
  /// Boxed: most scalars have none, and a scalar sits in every mapping entry, so it is kept small.
  private let taggedAs: Tag?

  /// An explicit tag (`!!str`, `!custom`), if the source gave one.
  public var tag: String? { taggedAs?.name }

  private final class Tag: Sendable {
    let name: String
    init(_ name: String) { self.name = name }
  }

  public init(text: String, style: Style = .plain, mark: Mark, tag: String? = nil) {
    self.text = text
    self.style = style
    self.hasTag = tag != nil
    self.mark = mark
    self.taggedAs = tag.map(Tag.init)
  }

  /// Plain, untagged: the only scalars whose text may be read as null, bool or number.
  public var isPlain: Bool { style == .plain && !hasTag }
}

public struct SequenceNode: Sendable {
  public let items: [Node]
  public let mark: Mark

  public init(items: [Node], mark: Mark) {
    self.items = items
    self.mark = mark
  }
}

public struct MappingNode: Sendable {
  public struct Entry: Sendable {
    public let key: ScalarNode
    public let value: Node

    public init(key: ScalarNode, value: Node) {
      self.key = key
      self.value = value
    }
  }

  public let entries: [Entry]
  public let mark: Mark

  public init(entries: [Entry], mark: Mark) {
    self.entries = entries
    self.mark = mark
  }

  public subscript(key: String) -> Node? {
    index(of: key).map { entries[$0].value }
  }

  public func entry(_ key: String) -> Entry? {
    index(of: key).map { entries[$0] }
  }

  /// Where `key` is, found without copying the entries passed over (a copy retains their texts) and
  /// comparing lengths first: most keys differ in length, and String's `==` on two different texts is slow.
  private func index(of key: String) -> Int? {
    let length = key.utf8.count
    for i in entries.indices where entries[i].key.text.utf8.count == length && entries[i].key.text == key { return i }
    return nil
  }
}
