/// Builds `Node` trees from a flat stream of parse events (start/end of a collection, scalar, alias),
/// using an explicit stack so that deep input cannot overflow the call stack.
///
/// It also enforces the semantic rules shared by the YAML and JSON readers: mapping keys must be scalars,
/// duplicate keys are reported (the first value is kept), aliases share their anchored node but count
/// as copies against `ParseLimits.maxExpandedNodes`, and nesting is bounded by `ParseLimits.maxDepth`.
struct TreeBuilder {
  /// What an open mapping expects next.
  fileprivate enum KeyState: UInt8 {
    case key, value
    /// The next node completes a rejected entry (duplicate or non-scalar key) and is dropped.
    case discard
  }

  /// One open sequence or mapping. Its children live in the shared `items` / `entries` stacks from `start` on,
  /// so each collection is copied once, at its exact size, when it closes.
  fileprivate struct Frame {
    let isMapping: Bool
    let start: Int
    let mark: Mark
    let anchor: String?
    /// Nodes in this subtree with every alias expanded (this node included).
    var expanded = 1
    /// Collection levels in this subtree (this one included).
    var height = 1
    var state = KeyState.key
    /// Key text → index in `entries`, built once a mapping grows past `indexThreshold`.
    var keyIndex: [String: Int]?
    /// One bit per key taken (chosen by its length and first byte): a key whose bit is clear is not
    /// there yet, so most keys skip the scan for a duplicate.
    var keyBits: UInt64 = 0

    init(isMapping: Bool, start: Int, mark: Mark, anchor: String?) {
      self.isMapping = isMapping
      self.start = start
      self.mark = mark
      self.anchor = anchor
    }
  }

  /// An anchored node with its expanded size and height, for aliases.
  private struct Anchor {
    let node: Node
    let expanded: Int
    let height: Int
  }

  /// Mappings with more entries than this look keys up in a dictionary rather than by scanning.
  private static let indexThreshold = 16

  let limits: ParseLimits
  /// Semantic problems found so far, in source order.
  var errors: [YAMLError] = []
  /// The current document was rejected (too deep); everything up to its end is ignored.
  /// The readers stop reading when this becomes true.
  private(set) var isSkipping = false

  /// The stacks a builder works in, which keep their room from one builder to the next: a reader
  /// that parses many files on one thread makes them once (see `ReadWorkspace`), not once
  /// per file. Only one builder may use them at a time; each clears them when it starts.
  final class Stacks {
    /// The open collections, innermost last.
    fileprivate let frames = MoveStack<Frame>(capacity: 16)
    /// Items of the open sequences, innermost last.
    fileprivate let items = MoveStack<Node>(capacity: 32)
    /// Entries of the open mappings, innermost last.
    fileprivate let entries = MoveStack<MappingNode.Entry>(capacity: 32)
    /// Keys waiting for their values, one per open mapping in state `.value`.
    fileprivate let keys = MoveStack<ScalarNode>(capacity: 16)

    init() {}
  }

  // The stacks' own references, held here: read through `Stacks` at every event, each would be
  // retained and released.
  private let frames: MoveStack<Frame>
  private let items: MoveStack<Node>
  private let entries: MoveStack<MappingNode.Entry>
  private let keys: MoveStack<ScalarNode>
  private var anchors: [String: Anchor] = [:]
  private var root: Node?
  private var expandedTotal = 0
  private var reportedExpansion = false

  /// `stacks`: ones to reuse (cleared here), or nil for new ones. The stacks grow as needed and keep
  /// their capacity across documents.
  init(limits: ParseLimits, stacks: Stacks? = nil) {
    self.limits = limits
    let stacks = stacks ?? Stacks()
    frames = stacks.frames
    items = stacks.items
    entries = stacks.entries
    keys = stacks.keys
    clearStacks()
  }

  /// Forgets the previous document's anchors and state.
  mutating func beginDocument() {
    clearStacks()
    if !anchors.isEmpty { anchors.removeAll(keepingCapacity: true) }
    root = nil
    expandedTotal = 0
    reportedExpansion = false
    isSkipping = false
  }

  /// The finished document, or nil when it was rejected.
  mutating func endDocument() -> Node? {
    let node = isSkipping ? nil : root
    beginDocument()
    return node
  }

  mutating func report(_ message: String, at mark: Mark) {
    errors.append(YAMLError(message: message, mark: mark))
  }

  mutating func startCollection(isMapping: Bool, mark: Mark, anchor: String?) {
    guard !isSkipping else { return }
    guard frames.count < limits.maxDepth else {
      reject("nesting is deeper than \(limits.maxDepth) levels", at: mark)
      return
    }
    expandedTotal += 1
    frames.append(Frame(isMapping: isMapping, start: isMapping ? entries.count : items.count, mark: mark, anchor: anchor))
  }

  mutating func endCollection() {
    guard !isSkipping, frames.count > 0 else { return }
    let frame = frames.removeLast()
    let node: Node
    if frame.isMapping {
      node = .mapping(MappingNode(entries: entries.moveOut(from: frame.start), mark: frame.mark))
      if frame.state == .value { _ = keys.removeLast() }
    } else {
      node = .sequence(SequenceNode(items: items.moveOut(from: frame.start), mark: frame.mark))
    }
    if let anchor = frame.anchor {
      anchors[anchor] = Anchor(node: node, expanded: frame.expanded, height: frame.height)
    }
    attach(node, expanded: frame.expanded, height: frame.height)
  }

  mutating func scalar(_ scalar: consuming ScalarNode, anchor: String?) {
    guard !isSkipping else { return }
    expandedTotal += 1
    if let anchor {
      anchors[anchor] = Anchor(node: .scalar(copy scalar), expanded: 1, height: 0)
    }
    if let top = topFrame, frames[top].isMapping, frames[top].state == .key {
      acceptKey(scalar, at: top)
    } else {
      attach(.scalar(scalar), expanded: 1, height: 0)
    }
  }

  mutating func alias(_ name: String, mark: Mark) {
    guard !isSkipping else { return }
    guard let target = anchors[name] else {
      report("unknown alias '\(name)'", at: mark)
      nullInstead(at: mark)
      return
    }
    guard frames.count + target.height <= limits.maxDepth else {
      reject("alias '\(name)' nests deeper than \(limits.maxDepth) levels", at: mark)
      return
    }
    guard expandedTotal + target.expanded <= limits.maxExpandedNodes else {
      if !reportedExpansion {
        reportedExpansion = true
        report("alias '\(name)' expands the document past \(limits.maxExpandedNodes) nodes", at: mark)
      }
      nullInstead(at: mark)
      return
    }
    expandedTotal += target.expanded
    if case .scalar(let s) = target.node, let top = topFrame, frames[top].isMapping,
      frames[top].state == .key
    {
      // A key keeps the alias position, so a duplicate is reported where it is written.
      acceptKey(ScalarNode(text: s.text, style: s.style, mark: mark, tag: s.tag), at: top)
    } else {
      attach(target.node, expanded: target.expanded, height: target.height)
    }
  }

  // MARK: - Private

  private var topFrame: Int? { frames.count > 0 ? frames.count - 1 : nil }

  private mutating func clearStacks() {
    frames.removeAll()
    items.removeAll()
    entries.removeAll()
    keys.removeAll()
  }

  /// Reports a problem that makes the whole document unusable.
  private mutating func reject(_ message: String, at mark: Mark) {
    report(message, at: mark)
    isSkipping = true
    clearStacks()
  }

  private mutating func nullInstead(at mark: Mark) {
    expandedTotal += 1
    attach(.scalar(ScalarNode(text: "", style: .plain, mark: mark)), expanded: 1, height: 0)
  }

  /// Adds a finished node to the open collection (or makes it the document root).
  private mutating func attach(_ node: consuming Node, expanded: Int, height: Int) {
    guard let top = topFrame else {
      root = node
      return
    }
    if !frames[top].isMapping {
      items.append(node)
    } else {
      switch frames[top].state {
      case .key:
        // Scalar keys are taken by `scalar` / `alias`; only collections get here.
        report(
          "a mapping key must be a scalar, not a \(node.sequence == nil ? "mapping" : "sequence")", at: node.mark)
        frames[top].state = .discard
        return
      case .discard:
        frames[top].state = .key
        return
      case .value:
        frames[top].state = .key
        addEntry(MappingNode.Entry(key: keys.removeLast(), value: node), at: top)
      }
    }
    frames[top].expanded += expanded
    if height >= frames[top].height { frames[top].height = height + 1 }
  }

  private mutating func acceptKey(_ key: consuming ScalarNode, at top: Int) {
    let bit = UInt64(1) << UInt64((Int(key.firstByte) &+ Int(key.shortLength) &* 31) & 63)
    if frames[top].keyBits & bit != 0, let first = firstKey(key, at: top) {
      report("duplicate key '\(key.text)' (first at \(first))", at: key.mark)
      frames[top].state = .discard
      return
    }
    frames[top].keyBits |= bit
    keys.append(key)
    frames[top].state = .value
    frames[top].expanded += 1
  }

  private mutating func addEntry(_ entry: consuming MappingNode.Entry, at top: Int) {
    let index = entries.count
    let keyText = frames[top].keyIndex != nil ? entry.key.text : nil
    entries.append(entry)
    if let keyText {
      frames[top].keyIndex?[keyText] = index
    } else if index - frames[top].start >= Self.indexThreshold {
      var keyIndex: [String: Int] = [:]
      keyIndex.reserveCapacity(2 * (index - frames[top].start + 1))
      for i in frames[top].start...index { keyIndex[entries[i].key.text] = i }
      frames[top].keyIndex = keyIndex
    }
  }

  /// Where `key` is first used in the open mapping `top`, if it is.
  private func firstKey(_ key: ScalarNode, at top: Int) -> Mark? {
    if let keyIndex = frames[top].keyIndex {
      return keyIndex[key.text].map { entries[$0].key.mark }
    }
    // Comparing lengths and first bytes first skips most of String's full comparison.
    for i in frames[top].start..<entries.count
    where entries[i].key.hasText(key.text, length: key.shortLength, firstByte: key.firstByte) {
      return entries[i].key.mark
    }
    return nil
  }
}
