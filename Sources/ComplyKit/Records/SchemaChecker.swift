/// Checks each record against `RecordSchema`: required fields, types, and references to other records.
struct SchemaChecker {
  let store: RecordStore
  /// In `comply check`, references to records that were not given are not findings.
  let checkReferences: Bool

  func issues(for index: Int) -> [SchemaIssue] {
    let record = store.records[index]
    guard let kind = record.knownKind else { return [] }
    var sink = Sink(record: record)
    let type = record.text("type")
    check(fields: RecordSchema.fields(of: kind), in: record.root, recordType: type, sink: &sink)
    return sink.issues
  }

  /// A step of the path to the field being checked.
  private enum Step {
    case field(String)
    case index(Int)
  }

  private struct Sink {
    let record: Record
    var issues: [SchemaIssue] = []
    /// Where the checker is; spelled out (`agenda[3].speech_date`) only for an issue, since most
    /// fields have none and building every path would cost more than checking the field.
    var steps: [Step] = []

    var path: String {
      var text = ""
      for step in steps {
        switch step {
        case .field(let name): text += text.isEmpty ? name : "." + name
        case .index(let i): text += "[\(i)]"
        }
      }
      return text
    }

    mutating func add(_ check: SchemaIssue.Check, _ mark: Mark, _ details: [String: Value]) {
      let path = self.path
      var details = details
      details["field"] = .string(path)
      issues.append(
        SchemaIssue(
          check: check, file: record.file, mark: mark, recordID: record.id.isEmpty ? nil : record.id,
          kind: record.kind, org: record.text("org"), fieldPath: path, details: details))
    }
  }

  private func check(fields: [FieldSpec], in map: MappingNode, recordType: String?, sink: inout Sink) {
    // By index: iterating would copy each spec (its name, type and lists retained and released).
    for index in fields.indices {
      let name = fields[index].name
      // The step is taken only for a field that is there or is reported: most optional fields are absent.
      guard let value = map[name], !value.isNullScalar else {
        let required =
          fields[index].required
          || (recordType.map { type in fields[index].requiredForTypes.contains { Value.sameBytes($0, type) } } ?? false)
        if required {
          let type = fields[index].type
          sink.steps.append(.field(name))
          sink.add(
            .required, map.mark,
            ["problem": "missing", "expected": .string(type.description), "expected_zh": .string(type.chineseDescription)])
          sink.steps.removeLast()
        }
        continue
      }
      sink.steps.append(.field(name))
      check(value, as: fields[index].type, sink: &sink)
      sink.steps.removeLast()
    }
  }

  private func check(_ node: Node, as type: FieldType, sink: inout Sink) {
    func wrongType() {
      sink.add(
        .required, node.mark,
        [
          "problem": "type", "expected": .string(type.description), "expected_zh": .string(type.chineseDescription),
          "found": .string(Self.describe(node)),
        ])
    }
    switch type {
    case .any:
      return
    // The scalar is read in place (matched, not copied out with `node.scalar`).
    case .text:
      guard case .scalar = node else { return wrongType() }
    case .int:
      guard case .scalar(let s) = node, s.intValue != nil else { return wrongType() }
    case .bool:
      guard case .scalar(let s) = node, s.boolValue != nil else { return wrongType() }
    case .date:
      guard case .scalar(let s) = node, s.dayValue != nil else { return wrongType() }
    case .monthOrDate:
      guard let s = node.scalar, s.monthValue != nil || s.dayValue != nil else { return wrongType() }
    case .oneOf(let values):
      guard let s = node.scalar, values.contains(where: { Value.sameBytes($0, s.text) }) else { return wrongType() }
    case .list(let element):
      guard let seq = node.sequence else { return wrongType() }
      for (i, item) in seq.items.enumerated() {
        if item.isNullScalar { continue }
        sink.steps.append(.index(i))
        check(item, as: element, sink: &sink)
        sink.steps.removeLast()
      }
    case .map(let fields):
      guard let map = node.mapping else { return wrongType() }
      check(fields: fields, in: map, recordType: nil, sink: &sink)
    case .reference(let kind):
      guard let s = node.scalar else { return wrongType() }
      guard checkReferences else { return }
      if let target = store.index(of: s.text), store.records[target].kind == kind.rawValue { return }
      sink.add(.reference, node.mark, ["target": .string(s.text), "target_kind": .string(kind.rawValue)])
    case .person:
      guard let s = node.scalar else { return wrongType() }
      guard checkReferences, store.hasPersonRegistry else { return }
      if store.person(named: s.text) != nil { return }
      sink.add(.reference, node.mark, ["target": .string(s.text), "target_kind": "person"])
    }
  }

  static func describe(_ node: Node) -> String {
    switch node {
    case .scalar(let s): s.text
    case .sequence: "a list"
    case .mapping: "a mapping"
    }
  }
}
