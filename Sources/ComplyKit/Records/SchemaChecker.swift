/// Checks each record against `RecordSchema`: required fields, types, and references to other records.
final class SchemaChecker: Sendable {
  let store: RecordStore
  /// In `comply check`, references to records that were not given are not findings.
  let checkReferences: Bool
  /// The schema as flat tables (see `SchemaPlan` for why).
  private let plan: SchemaPlan

  /// Whether a record's persons are asked for before they are checked (`prefetchPersons`).
  let prefetchesPersons: Bool

  init(store: RecordStore, checkReferences: Bool, plan: SchemaPlan = .shared) {
    self.store = store
    self.checkReferences = checkReferences
    self.plan = plan
    prefetchesPersons = checkReferences && store.hasPersonRegistry && store.persons.footprint > Self.cachedIndex
  }

  /// The size of a person index up to which its look-ups are taken to find it in the processor's cache
  /// (half the 512 KiB of a current core's second level): below it, asking for the slots ahead costs
  /// a pass over the record's persons and saves nothing.
  static let cachedIndex = 256 << 10

  /// The same checks over `store` (another object over the same records: `RecordStore.forOneCore`),
  /// from tables of their own: each field's look-up retains the tables' storage, which the cores
  /// would otherwise all write the counts of.
  func on(_ store: RecordStore) -> SchemaChecker {
    SchemaChecker(store: store, checkReferences: checkReferences, plan: SchemaPlan())
  }

  /// Checks one record, adding its issues to `sink`, in record order. A caller keeps one sink across
  /// the records it checks, so the path the sink keeps is allocated once, not once per record.
  func check(record index: Int, into sink: inout Sink) {
    store.records.withUnsafeBufferPointer { records in
      guard let kind = records[index].knownKind else { return }
      sink.record = index
      prefetchPersons(plan.root(of: kind), in: records[index].root)
      check(fields: plan.root(of: kind), in: records[index].root, atRoot: true, sink: &sink)
    }
  }

  /// Checks a record that is in no store yet (a meeting judged as it is read: see `EarlyJudging`).
  func check(outside record: Record, into sink: inout Sink) {
    guard let kind = record.knownKind else { return }
    sink.outside = record
    defer { sink.outside = nil }
    prefetchPersons(plan.root(of: kind), in: record.root)
    check(fields: plan.root(of: kind), in: record.root, atRoot: true, sink: &sink)
  }

  /// Asks for the person index's slots of every person a record names before they are checked one by
  /// one: in an index larger than the processor's cache (tens of thousands of persons) each look-up
  /// waits for memory, and a meeting names ten or more persons, whose waits now overlap. (At a million
  /// meetings and 90,000 persons, about 1 µs a meeting less.)
  private func prefetchPersons(_ range: Range<Int>, in map: borrowing MappingNode) {
    guard prefetchesPersons else { return }
    map.entries.withUnsafeBufferPointer { entries in
      plan.fields.withUnsafeBufferPointer { fields in
        let signature = Self.signature(of: entries)
        for f in range where fields[f].holdsPersons {
          guard let at = Self.find(fields[f].key, in: entries, signature: signature) else { continue }
          prefetchPersons(entries[at].value, as: fields[f].check)
        }
      }
    }
  }

  private func prefetchPersons(_ node: borrowing Node, as c: Int) {
    switch node {
    case .scalar(let s):
      if case .person = plan.checks[c] { store.persons.prefetch(s.text) }
    case .sequence(let seq):
      guard case .list(let element) = plan.checks[c] else { return }
      seq.items.withUnsafeBufferPointer { items in
        for i in items.indices { prefetchPersons(items[i], as: element) }
      }
    case .mapping(let map):
      guard case .map(let range) = plan.checks[c] else { return }
      prefetchPersons(range, in: map)
    }
  }

  /// A step of the path to the field being checked.
  fileprivate enum Step {
    /// A field, by its position in `SchemaPlan.fields`.
    case field(Int)
    case index(Int)
  }

  /// Where a run of checks puts its issues.
  struct Sink {
    /// The record being checked, in `store.records`.
    fileprivate(set) var record = 0
    /// The record being checked when it is in no store (`check(outside:into:)`).
    fileprivate var outside: Record?
    /// The issues found so far, in record order.
    fileprivate(set) var issues: [SchemaIssue] = []
    /// The mappings and lists the checker is in; the path (`agenda[3].speech_date`) is spelled out
    /// only for an issue, since most fields have none and building every path would cost more than
    /// checking the field. A scalar's own step is never pushed: it is passed to its check.
    fileprivate var steps: [Step] = []

    init() {}
  }

  private func path(_ steps: [Step], _ last: Step) -> String {
    var text = ""
    for step in steps + [last] {
      switch step {
      case .field(let f):
        let name = plan.fields[f].key.text
        text += text.isEmpty ? name : "." + name
      case .index(let i): text += "[\(i)]"
      }
    }
    return text
  }

  /// Only an issue builds its details: the dictionary and the path are made here, never for a field that passes.
  private func report(
    _ check: SchemaIssue.Check, _ mark: Mark, _ details: [String: Value], at step: Step, sink: inout Sink
  ) {
    let path = self.path(sink.steps, step)
    var details = details
    details["field"] = .string(path)
    let record = checked(sink)
    sink.issues.append(
      SchemaIssue(
        check: check, file: record.file, mark: mark, recordID: record.id.isEmpty ? nil : record.id,
        kind: record.kind, org: record.text("org"), fieldPath: path, details: details))
  }

  // The walk below hands on only lists and mappings: a scalar, most of what it meets, is matched where
  // it sits in its mapping or list (a `switch` over the borrowed node), which lets the compiler leave
  // most of them uncopied. Handed to a function, each node was copied out, a reference to its box and
  // its text taken and dropped at every field of every record (about 50 fewer atomic counts a meeting
  // now; the compiler still copies some scalars it matches). A failing check is checked again by the
  // general path, which writes the issue.

  private func check(fields range: Range<Int>, in map: borrowing MappingNode, atRoot: Bool, sink: inout Sink) {
    let mapMark = map.mark
    map.entries.withUnsafeBufferPointer { entries in
      plan.fields.withUnsafeBufferPointer { fields in
        let signature = Self.signature(of: entries)
        for f in range {
          // The step is taken only for a field that is there or is reported: most optional fields are absent.
          if let at = Self.find(fields[f].key, in: entries, signature: signature) {
            switch entries[at].value {
            case .scalar(let s):
              if s.isNull { break }
              if passes(s, as: fields[f].check) { continue }
              check(entries[at].value, as: fields[f].check, at: .field(f), sink: &sink)
              continue
            case .sequence, .mapping:
              check(entries[at].value, as: fields[f].check, at: .field(f), sink: &sink)
              continue
            }
          }
          if isRequired(f, atRoot: atRoot, sink: sink) {
            let type = plan.types[fields[f].check]
            report(
              .required, mapMark,
              ["problem": "missing", "expected": .string(type.description), "expected_zh": .string(type.chineseDescription)],
              at: .field(f), sink: &sink)
          }
        }
      }
    }
  }

  /// The record `sink` is checking, in the store or outside it.
  private func checked(_ sink: borrowing Sink) -> Record {
    sink.outside ?? store.records[sink.record]
  }

  /// Whether missing field `f` is a finding. A record's `type` is read only here: only an absent
  /// field of the top level with `requiredForTypes` needs it.
  private func isRequired(_ f: Int, atRoot: Bool, sink: borrowing Sink) -> Bool {
    if plan.fields[f].required { return true }
    guard atRoot, !plan.fields[f].requiredForTypes.isEmpty,
      let type = checked(sink).text("type")
    else {
      return false
    }
    return plan.fields[f].requiredForTypes.contains { Value.sameBytes($0, type) }
  }

  /// One bit per key of a mapping, chosen by the key's UTF-8 length and first byte. A field whose bit
  /// is clear cannot be there, so most absent fields are settled without reading the keys one by one.
  private static func signature(of entries: UnsafeBufferPointer<MappingNode.Entry>) -> UInt64 {
    var bits: UInt64 = 0
    for i in entries.indices {
      bits |= bit(entries[i].key.shortLength, entries[i].key.firstByte)
    }
    return bits
  }

  private static func bit(_ length: UInt16, _ firstByte: UInt8) -> UInt64 {
    1 << ((UInt64(length) &* 7 &+ UInt64(firstByte)) & 63)
  }

  /// Where `key` is among a mapping's entries: its first entry with that text, as `map[key]` finds it.
  private static func find(
    _ key: MappingKey, in entries: UnsafeBufferPointer<MappingNode.Entry>, signature: UInt64
  ) -> Int? {
    guard signature & bit(key.length, key.firstByte) != 0 else { return nil }
    return MappingNode.index(ofText: key.text, length: key.length, firstByte: key.firstByte, in: entries)
  }

  /// Whether scalar `s` passes `plan.checks[c]`, read where it is. False for a list's or mapping's
  /// check, which no scalar passes.
  @inline(__always)
  private func passes(_ s: borrowing ScalarNode, as c: Int) -> Bool {
    switch plan.checks[c] {
    case .any, .text: return true
    case .int: return s.intValue != nil
    case .bool: return s.boolValue != nil
    case .date: return s.dayValue != nil
    case .monthOrDate: return s.monthValue != nil || s.dayValue != nil
    case .oneOf(let range): return isOne(of: range, s)
    case .reference(let kind):
      guard checkReferences else { return true }
      guard let target = store.index(of: s.text) else { return false }
      return store.records.withUnsafeBufferPointer { Value.sameBytes($0[target].kind, kind.rawValue) }
    case .person:
      guard checkReferences, store.hasPersonRegistry else { return true }
      return store.person(named: s.text) != nil
    case .list, .map: return false
    }
  }

  /// Checks `node`, found at `step`, against `plan.checks[c]`, and reports what fails.
  private func check(_ node: borrowing Node, as c: Int, at step: Step, sink: inout Sink) {
    switch node {
    case .scalar(let s):
      if passes(s, as: c) { return }
      switch plan.checks[c] {
      case .reference(let kind):
        report(.reference, s.mark, ["target": .string(s.text), "target_kind": .string(kind.rawValue)], at: step, sink: &sink)
        return
      case .person:
        report(.reference, s.mark, ["target": .string(s.text), "target_kind": "person"], at: step, sink: &sink)
        return
      default:
        break
      }
    case .sequence(let seq):
      switch plan.checks[c] {
      case .any: return
      case .list(let element):
        sink.steps.append(step)
        seq.items.withUnsafeBufferPointer { items in
          for i in items.indices {
            switch items[i] {
            case .scalar(let s):
              if s.isNull || passes(s, as: element) { continue }
            case .sequence, .mapping:
              break
            }
            check(items[i], as: element, at: .index(i), sink: &sink)
          }
        }
        sink.steps.removeLast()
        return
      default:
        break
      }
    case .mapping(let map):
      switch plan.checks[c] {
      case .any: return
      case .map(let range):
        sink.steps.append(step)
        check(fields: range, in: map, atRoot: false, sink: &sink)
        sink.steps.removeLast()
        return
      default:
        break
      }
    }
    let type = plan.types[c]
    report(
      .required, node.mark,
      [
        "problem": "type", "expected": .string(type.description), "expected_zh": .string(type.chineseDescription),
        "found": .string(Self.describe(node)),
      ],
      at: step, sink: &sink)
  }

  /// Whether the scalar's bytes are one of `plan.options[range]`: lengths and first bytes are
  /// compared before any text.
  private func isOne(of range: Range<Int>, _ s: ScalarNode) -> Bool {
    for o in range where plan.options[o].length == s.shortLength && plan.options[o].firstByte == s.firstByte {
      if Value.sameBytes(plan.options[o].text, s.text) { return true }
    }
    return false
  }

  static func describe(_ node: Node) -> String {
    switch node {
    case .scalar(let s): s.text
    case .sequence: "a list"
    case .mapping: "a mapping"
    }
  }
}
