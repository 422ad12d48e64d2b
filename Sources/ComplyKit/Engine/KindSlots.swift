/// Each record kind's rules, as a range of the engine's rule runs and whether a rule of the kind has
/// a filter a record's `type` may settle (`TypeGate`). A record of a kind comply knows finds its slot
/// by the kind's position, read when the record was loaded, rather than by hashing the kind's text
/// once per record; a kind only a user's rule names is looked up by its text.
struct KindSlots: Sendable {
  typealias Slot = (rules: Range<Int>, gated: Bool)

  private var known: [Slot?] = Array(repeating: nil, count: RecordKind.allCases.count)
  private var other: [String: Slot] = [:]

  mutating func set(_ kind: String, _ slot: Slot) {
    if let known = RecordKind(rawValue: kind) {
      self.known[known.position] = slot
    } else {
      other[kind] = slot
    }
  }

  func slot(of record: Record) -> Slot? {
    if let kind = record.knownKind { return known[kind.position] }
    return other[record.kind]
  }
}

extension RecordKind {
  /// The kind's place in `allCases`.
  var position: Int { Self.allCases.firstIndex(of: self) ?? 0 }
}
