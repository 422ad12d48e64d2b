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

  /// For a scalar that can only read as text (untagged, not null, a bool or a number): whether its
  /// bytes are `text`. nil for any other node.
  func isText(_ text: String) -> Bool? {
    guard case .scalar(let s) = self, !s.hasTag, !s.mayBeTyped else { return nil }
    return Value.sameBytes(s.text, text)
  }

  /// A null scalar (`~`, `null`, empty), read in place.
  var isNullScalar: Bool {
    if case .scalar(let s) = self { return s.isNull }
    return false
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
  /// The style, whether a tag was given, and whether the text may read as null, a bool or a number,
  /// packed in one byte; with the first byte and the length of the text beside it, a key is told
  /// from another without reading either text, in what would otherwise be padding (40 bytes in all).
  private let flags: UInt8
  /// The text's first UTF-8 byte (0 when it is empty).
  let firstByte: UInt8
  /// The text's UTF-8 length, or `UInt16.max` for that length or more.
  let shortLength: UInt16
  public let mark: Mark
  /// The text read as a `YYYY-MM-DD` date (`Day.ordinal`), or `Int32.min`: read once when the scalar
  /// is made, if it is ten bytes from a digit on, since rules and the schema ask for dates again and
  /// again. It sits in what would otherwise be padding.
  private let dayOrdinal: Int32
  /// Boxed: most scalars have none, and a scalar sits in every mapping entry, so it is kept small.
  private let taggedAs: Tag?

  private static let tagFlag: UInt8 = 8
  private static let typedFlag: UInt8 = 16

  public var style: Style { Style(rawValue: flags & 7) ?? .plain }

  /// Whether the source gave the scalar a tag (read without touching the box that holds it).
  public var hasTag: Bool { flags & Self.tagFlag != 0 }

  /// An explicit tag (`!!str`, `!custom`), if the source gave one.
  public var tag: String? { taggedAs?.name }

  private final class Tag: Sendable {
    let name: String
    init(_ name: String) { self.name = name }
  }

  public init(text: String, style: Style = .plain, mark: Mark, tag: String? = nil) {
    self.init(text: text, firstByte: text.utf8.first ?? 0, length: text.utf8.count, style: style, mark: mark, tag: tag)
  }

  /// For a reader that has the text's bytes at hand: their first byte and their number.
  init(text: String, firstByte: UInt8, length: Int, style: Style, mark: Mark, tag: String?) {
    self.text = text
    self.firstByte = firstByte
    self.shortLength = UInt16(clamping: length)
    self.mark = mark
    // Day.years keeps every ordinal within Int32.
    self.dayOrdinal =
      length == 10 && firstByte >= 48 && firstByte <= 57 ? Day(iso: text).map { Int32(truncatingIfNeeded: $0.ordinal) } ?? .min : .min
    self.taggedAs = tag.map(Tag.init)
    var flags = style.rawValue
    if tag != nil { flags |= Self.tagFlag }
    if style == .plain, tag == nil, length == 0 || Self.mayStartTyped(firstByte) { flags |= Self.typedFlag }
    self.flags = flags
  }

  /// Plain, untagged: the only scalars whose text may be read as null, bool or number.
  public var isPlain: Bool { flags & (7 | Self.tagFlag) == 0 }

  /// Whether a plain scalar could read as null, a boolean or a number: only when its first byte is
  /// one of `~ n N t T f F + - 0-9` or it is empty. Lets most text skip the typed readings.
  var mayBeTyped: Bool { flags & Self.typedFlag != 0 }

  private static func mayStartTyped(_ first: UInt8) -> Bool {
    switch first {
    case UInt8(ascii: "~"), UInt8(ascii: "n"), UInt8(ascii: "N"), UInt8(ascii: "t"), UInt8(ascii: "T"),
      UInt8(ascii: "f"), UInt8(ascii: "F"), UInt8(ascii: "+"), UInt8(ascii: "-"):
      return true
    default:
      return first >= 48 && first <= 57
    }
  }

  /// The text as a `YYYY-MM-DD` date (exactly as `Day(iso:)` reads it), read when the scalar was made.
  var isoDay: Day? {
    dayOrdinal == .min ? nil : Day(ordinal: Int(dayOrdinal))
  }

  /// Whether the text is `other`, told apart by length and first byte before the texts are compared.
  func hasText(_ other: String, length: UInt16, firstByte: UInt8) -> Bool {
    shortLength == length && self.firstByte == firstByte && text == other
  }
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
  /// comparing the keys' lengths and first bytes first: most keys differ there, and String's `==` on
  /// two different texts is slow.
  private func index(of key: String) -> Int? {
    let length = UInt16(clamping: key.utf8.count)
    // Read through contiguous storage: `utf8.first` goes through the index checks of a collection.
    let first = key.utf8.withContiguousStorageIfAvailable { $0.first ?? 0 } ?? key.utf8.first ?? 0
    return index(ofText: key, length: length, firstByte: first)
  }

  /// The first entry whose key is `text`, of the given UTF-8 length and first byte (the scan every
  /// look-up by name shares; see also `MappingKey`).
  func index(ofText text: String, length: UInt16, firstByte: UInt8) -> Int? {
    entries.withUnsafeBufferPointer { Self.index(ofText: text, length: length, firstByte: firstByte, in: $0) }
  }

  /// The same scan over a mapping's entries already read in place (the schema checker's walk).
  @inline(__always)
  static func index(ofText text: String, length: UInt16, firstByte: UInt8, in entries: UnsafeBufferPointer<Entry>) -> Int? {
    for i in entries.indices where entries[i].key.hasText(text, length: length, firstByte: firstByte) { return i }
    return nil
  }
}
