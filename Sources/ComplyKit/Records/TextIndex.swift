import CYAML

/// Texts to record numbers, for the store's look-ups by id and by person: an open-addressing table
/// whose slots hold the text, the high half of its hash and the number side by side.
///
/// Every reference check and `ref`/`name` call looks a text up here. A `Dictionary` keeps its keys and
/// its values in two arrays, so a look-up in an index larger than the cache waits for memory twice
/// (the key, then the value) and compares the bytes of every key it probes; here it is one slot, most
/// often one cache line, and the bytes are compared only where the stored hash matches. The hash is
/// `TextHash`'s with a fixed seed: the texts are the audit's own records, and what is found never
/// depends on where a text sits.
struct TextIndex: Sendable {
  private struct Slot: Sendable {
    var text: String
    /// The high half of the text's hash (the low bits chose the slot).
    var tag: UInt32
    /// The record; -1 when the slot is empty.
    var value: Int32
  }

  private var slots: [Slot]
  private var mask: Int
  /// The texts filed.
  private(set) var count = 0

  /// Room for `capacity` texts without growing (at most two thirds of the slots used).
  init(capacity: Int = 0) {
    let size = Self.size(for: capacity)
    slots = [Slot](repeating: Slot(text: "", tag: 0, value: -1), count: size)
    mask = size - 1
  }

  private static func size(for count: Int) -> Int {
    var size = 8
    while size * 2 < count * 3 { size *= 2 }
    return size
  }

  @inline(__always)
  private static func hash(_ text: String) -> UInt64 { UInt64(UInt(bitPattern: TextHash.of(text))) }

  /// The record filed under `text`.
  subscript(text: String) -> Int? {
    let h = Self.hash(text)
    let tag = UInt32(truncatingIfNeeded: h >> 32)
    return slots.withUnsafeBufferPointer { slots in
      var i = Int(truncatingIfNeeded: h) & mask
      while slots[i].value >= 0 {
        if slots[i].tag == tag, Value.sameBytes(slots[i].text, text) { return Int(slots[i].value) }
        i = (i + 1) & mask
      }
      return nil
    }
  }

  /// The bytes its slots take.
  var footprint: Int { slots.count * MemoryLayout<Slot>.stride }

  /// Asks the processor for the slot where a look-up of `text` starts, so that several look-ups
  /// wait for memory together rather than one after the other (a hint: it never faults).
  func prefetch(_ text: String) {
    let h = Self.hash(text)
    slots.withUnsafeBufferPointer { slots in
      guard let base = slots.baseAddress else { return }
      comply_prefetch(base + (Int(truncatingIfNeeded: h) & mask))
    }
  }

  /// Files `text` under `value` unless it is filed already; returns the record it is filed under.
  @discardableResult
  mutating func claim(_ text: String, _ value: Int) -> Int { file(text, value, replacing: false) }

  /// Files `text` under `value`, replacing what it was filed under.
  mutating func set(_ text: String, _ value: Int) { _ = file(text, value, replacing: true) }

  private mutating func file(_ text: String, _ value: Int, replacing: Bool) -> Int {
    precondition(value >= 0 && value <= Int(Int32.max), "a record number out of the index's range")
    if (count + 1) * 3 > slots.count * 2 { grow() }
    let h = Self.hash(text)
    let tag = UInt32(truncatingIfNeeded: h >> 32)
    let mask = mask
    let found: Int? = slots.withUnsafeMutableBufferPointer { slots in
      var i = Int(truncatingIfNeeded: h) & mask
      while slots[i].value >= 0 {
        if slots[i].tag == tag, Value.sameBytes(slots[i].text, text) {
          if replacing { slots[i].value = Int32(value) }
          return Int(slots[i].value)
        }
        i = (i + 1) & mask
      }
      slots[i] = Slot(text: text, tag: tag, value: Int32(value))
      return nil
    }
    if let found { return found }
    count += 1
    return value
  }

  private mutating func grow() {
    let old = slots
    self = TextIndex(capacity: max(count * 2, 8))
    for slot in old where slot.value >= 0 { claim(slot.text, Int(slot.value)) }
  }
}
