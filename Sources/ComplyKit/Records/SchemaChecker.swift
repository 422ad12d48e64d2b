/// Checks each record against `RecordSchema`: required fields, types, and references to other records.
struct SchemaChecker {
  let store: RecordStore
  /// In `comply check`, references to records that were not given are not findings.
  let checkReferences: Bool
  /// The schema as flat tables (see `SchemaPlan` for why).
  private let plan: SchemaPlan

  init(store: RecordStore, checkReferences: Bool, plan: SchemaPlan = .shared) {
    self.store = store
    self.checkReferences = checkReferences
    self.plan = plan
  }

  /// The same checks over `store` (another object over the same records: `RecordStore.forOneCore`),
  /// from tables of their own: each field's look-up retains the tables' storage, which the cores
  /// would otherwise all write the counts of.
  func on(_ store: RecordStore) -> SchemaChecker {
    SchemaChecker(store: store, checkReferences: checkReferences, plan: SchemaPlan())
  }

  /// Checks one record, adding its issues to `sink`, in record order. A caller keeps one sink across
  /// the records it checks, so the path the sink keeps is allocated once, not once per record.
  func check(record index: Int, into sink: inout Sink) {
    guard let kind = store.records[index].knownKind else { return }
    sink.record = index
    check(fields: plan.root(of: kind), in: store.records[index].root, atRoot: true, sink: &sink)
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
    let record = store.records[sink.record]
    sink.issues.append(
      SchemaIssue(
        check: check, file: record.file, mark: mark, recordID: record.id.isEmpty ? nil : record.id,
        kind: record.kind, org: record.text("org"), fieldPath: path, details: details))
  }

  private func check(fields range: Range<Int>, in map: MappingNode, atRoot: Bool, sink: inout Sink) {
    let signature = Self.signature(of: map)
    for f in range {
      // The step is taken only for a field that is there or is reported: most optional fields are absent.
      guard let at = Self.find(plan.fields[f].key, in: map, signature: signature), !map.entries[at].value.isNullScalar
      else {
        if isRequired(f, atRoot: atRoot, record: sink.record) {
          let type = plan.types[plan.fields[f].check]
          report(
            .required, map.mark,
            ["problem": "missing", "expected": .string(type.description), "expected_zh": .string(type.chineseDescription)],
            at: .field(f), sink: &sink)
        }
        continue
      }
      check(map.entries[at].value, as: plan.fields[f].check, at: .field(f), sink: &sink)
    }
  }

  /// Whether missing field `f` is a finding. A record's `type` is read only here: only an absent
  /// field of the top level with `requiredForTypes` needs it.
  private func isRequired(_ f: Int, atRoot: Bool, record: Int) -> Bool {
    if plan.fields[f].required { return true }
    guard atRoot, !plan.fields[f].requiredForTypes.isEmpty, let type = store.records[record].text("type") else {
      return false
    }
    return plan.fields[f].requiredForTypes.contains { Value.sameBytes($0, type) }
  }

  /// One bit per key of `map`, chosen by the key's UTF-8 length and first byte. A field whose bit is
  /// clear cannot be there, so most absent fields are settled without reading the keys one by one.
  private static func signature(of map: MappingNode) -> UInt64 {
    var bits: UInt64 = 0
    for i in map.entries.indices {
      bits |= bit(map.entries[i].key.shortLength, map.entries[i].key.firstByte)
    }
    return bits
  }

  private static func bit(_ length: UInt16, _ firstByte: UInt8) -> UInt64 {
    1 << ((UInt64(length) &* 7 &+ UInt64(firstByte)) & 63)
  }

  /// Where `key` is in `map`: its first entry with that text, as `map[key]` finds it.
  private static func find(_ key: MappingKey, in map: MappingNode, signature: UInt64) -> Int? {
    guard signature & bit(key.length, key.firstByte) != 0 else { return nil }
    return map.index(of: key)
  }

  /// Checks `node`, found at `step`, against `plan.checks[c]`. Scalars are matched in place, not
  /// copied out with `node.scalar`.
  private func check(_ node: Node, as c: Int, at step: Step, sink: inout Sink) {
    switch plan.checks[c] {
    case .any:
      return
    case .text:
      if case .scalar = node { return }
    case .int:
      if case .scalar(let s) = node, s.intValue != nil { return }
    case .bool:
      if case .scalar(let s) = node, s.boolValue != nil { return }
    case .date:
      if case .scalar(let s) = node, s.dayValue != nil { return }
    case .monthOrDate:
      if case .scalar(let s) = node, s.monthValue != nil || s.dayValue != nil { return }
    case .oneOf(let range):
      if case .scalar(let s) = node, isOne(of: range, s) { return }
    case .list(let element):
      guard case .sequence(let seq) = node else { break }
      sink.steps.append(step)
      for i in seq.items.indices where !seq.items[i].isNullScalar {
        check(seq.items[i], as: element, at: .index(i), sink: &sink)
      }
      sink.steps.removeLast()
      return
    case .map(let range):
      guard case .mapping(let map) = node else { break }
      sink.steps.append(step)
      check(fields: range, in: map, atRoot: false, sink: &sink)
      sink.steps.removeLast()
      return
    case .reference(let kind):
      guard case .scalar(let s) = node else { break }
      guard checkReferences else { return }
      if let target = store.index(of: s.text), store.records[target].kind == kind.rawValue { return }
      report(.reference, node.mark, ["target": .string(s.text), "target_kind": .string(kind.rawValue)], at: step, sink: &sink)
      return
    case .person:
      guard case .scalar(let s) = node else { break }
      guard checkReferences, store.hasPersonRegistry else { return }
      if store.person(named: s.text) != nil { return }
      report(.reference, node.mark, ["target": .string(s.text), "target_kind": "person"], at: step, sink: &sink)
      return
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
