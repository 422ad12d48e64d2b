import CYAML

/// Asks the processor for the cache lines of a record's tree a few records before the rules read it.
///
/// The per-record rules and schema checks visit every record's tree once, long after it was built:
/// its mappings' entries, the boxes of its values and its lists are all out of the cache, each found
/// only through the one before, so that nearly every step waits for memory. Here the tree of the
/// record a few places ahead is fetched in stages, one level per record of lead: the root's entries,
/// then the boxes of its values, then the entries and items of the mappings and lists among them.
/// Each stage reads only what an earlier stage fetched, and only as plain words.
///
/// It reads the node tree's memory layout, which Swift does not promise: `Layout` checks it once on
/// nodes of its own and turns the prefetching off where it does not hold. A wrong address can cost
/// time, never a fault or a different result: the hint never faults, and no reading depends on it.
struct TreePrefetch: Sendable {
  /// Where things sit, as measured on sample nodes; nil when the layout is not the one expected.
  private struct Layout: Sendable {
    let entryStride: Int
    let valueOffset: Int
    /// Where a record's root entries (the array's word) sit in the record.
    let rootEntriesOffset: Int
    /// The bits of a node's word that are the box's address, and the tag bits of a list and a mapping.
    let addressMask: UInt
    let sequenceTag: UInt
    let mappingTag: UInt

    /// An array's elements start this far into its buffer; its count is at `countOffset`.
    static let elementsOffset = 32
    static let countOffset = 16
    /// A box's payload (a node's value) starts this far into it.
    static let payloadOffset = 16

    init?() {
      guard MemoryLayout<Node>.size == 8, MemoryLayout<[Node]>.size == 8,
        let valueOffset = MemoryLayout<MappingNode.Entry>.offset(of: \.value),
        let rootOffset = MemoryLayout<Record>.offset(of: \.root),
        let entriesOffset = MemoryLayout<MappingNode>.offset(of: \.entries)
      else { return nil }
      entryStride = MemoryLayout<MappingNode.Entry>.stride
      self.valueOffset = valueOffset
      rootEntriesOffset = rootOffset + entriesOffset
      addressMask = (1 << 62) - 1
      let key = ScalarNode(text: "k", mark: .start)
      let items: [Node] = [.scalar(key), .scalar(key)]
      let entries = [MappingNode.Entry(key: key, value: .scalar(key))]
      let sequence = Node.sequence(SequenceNode(items: items, mark: .start))
      let mapping = Node.mapping(MappingNode(entries: entries, mark: .start))
      let scalar = Node.scalar(key)
      sequenceTag = Self.word(sequence) & ~addressMask
      mappingTag = Self.word(mapping) & ~addressMask
      // The three cases told apart by the tag bits, and a list's and a mapping's box holding its
      // array first: else the layout is not the one this reads.
      guard sequenceTag != mappingTag, Self.word(scalar) & ~addressMask != sequenceTag,
        Self.word(scalar) & ~addressMask != mappingTag,
        Self.payload(sequence, mask: addressMask) == Self.word(items),
        Self.payload(mapping, mask: addressMask) == Self.word(entries),
        Self.count(Self.word(items)) == 2
      else { return nil }
      withExtendedLifetime((items, entries, sequence, mapping)) {}
    }

    static func word<T>(_ value: T) -> UInt {
      withUnsafeBytes(of: value) { $0.load(as: UInt.self) }
    }

    static func payload(_ node: Node, mask: UInt) -> UInt? {
      let box = word(node) & mask
      return withExtendedLifetime(node) {
        UnsafeRawPointer(bitPattern: box).map { $0.load(fromByteOffset: payloadOffset, as: UInt.self) }
      }
    }

    static func count(_ array: UInt) -> Int? {
      UnsafeRawPointer(bitPattern: array).map { $0.load(fromByteOffset: countOffset, as: Int.self) }
    }
  }

  private let layout: Layout?

  /// The layout is measured once, on first use.
  static let shared = TreePrefetch()

  /// Whether the layout is the one this reads (else every fetch does nothing).
  var isActive: Bool { layout != nil }

  private init() { layout = Layout() }

  /// The stages for the record `lead` places ahead of the one being judged, `lead` from 1 to 4.
  static let leads = 4

  /// Stage `lead` (see `leads`) for record `index`'s tree: 4, its root's entries; 3, the rest of their
  /// lines; 2, its values' boxes; 1, the arrays of the lists and mappings among them. The root's array
  /// is read from the record's own memory: taken as a value, it would be retained, its count written
  /// in the very line the stage is to fetch.
  func fetch(_ records: UnsafeBufferPointer<Record>, _ index: Int, lead: Int) {
    guard let layout, index < records.count, let first = records.baseAddress else { return }
    let entries = UnsafeRawPointer(first + index).load(fromByteOffset: layout.rootEntriesOffset, as: UInt.self)
    guard let base = UnsafeRawPointer(bitPattern: entries) else { return }
    switch lead {
    case 4:
      comply_prefetch(base)
      comply_prefetch(base + 64)
    case 3:
      let count = base.load(fromByteOffset: Layout.countOffset, as: Int.self)
      var offset = 128
      while offset < Layout.elementsOffset + count * layout.entryStride {
        comply_prefetch(base + offset)
        offset += 64
      }
    default:
      let count = base.load(fromByteOffset: Layout.countOffset, as: Int.self)
      for i in 0..<count {
        let word = base.load(fromByteOffset: Layout.elementsOffset + i * layout.entryStride + layout.valueOffset, as: UInt.self)
        guard let box = UnsafeRawPointer(bitPattern: word & layout.addressMask) else { continue }
        if lead == 2 {
          comply_prefetch(box)
          continue
        }
        let tag = word & ~layout.addressMask
        guard tag == layout.sequenceTag || tag == layout.mappingTag else { continue }
        let array = box.load(fromByteOffset: Layout.payloadOffset, as: UInt.self)
        guard let elements = UnsafeRawPointer(bitPattern: array) else { continue }
        comply_prefetch(elements)
        comply_prefetch(elements + 64)
      }
    }
  }
}
