/// Checks each record against `RecordSchema`: required fields, types, and references to other records.
struct SchemaChecker {
  let store: RecordStore
  /// In `comply check`, references to records that were not given are not findings.
  let checkReferences: Bool

  func issues(for index: Int) -> [SchemaIssue] {
    let record = store.records[index]
    guard let kind = RecordKind(rawValue: record.kind) else { return [] }
    var sink = Sink(record: record)
    let type = record.text("type")
    check(fields: RecordSchema.fields(of: kind), in: record.root, path: "", recordType: type, sink: &sink)
    return sink.issues
  }

  private struct Sink {
    let record: Record
    var issues: [SchemaIssue] = []

    mutating func add(_ check: SchemaIssue.Check, _ mark: Mark, _ path: String, _ details: [String: Value]) {
      var details = details
      details["field"] = .string(path)
      issues.append(
        SchemaIssue(
          check: check, file: record.file, mark: mark, recordID: record.id.isEmpty ? nil : record.id,
          kind: record.kind, org: record.text("org"), fieldPath: path, details: details))
    }
  }

  private func check(fields: [FieldSpec], in map: MappingNode, path: String, recordType: String?, sink: inout Sink) {
    for spec in fields {
      let fieldPath = path.isEmpty ? spec.name : "\(path).\(spec.name)"
      let required = spec.required || (recordType.map { spec.requiredForTypes.contains($0) } ?? false)
      guard let entry = map.entry(spec.name), !(entry.value.scalar?.isNull ?? false) else {
        if required {
          sink.add(
            .required, map.mark, fieldPath,
            ["problem": "missing", "expected": .string(spec.type.description), "expected_zh": .string(spec.type.chineseDescription)])
        }
        continue
      }
      check(entry.value, as: spec.type, path: fieldPath, sink: &sink)
    }
  }

  private func check(_ node: Node, as type: FieldType, path: String, sink: inout Sink) {
    func wrongType() {
      sink.add(
        .required, node.mark, path,
        [
          "problem": "type", "expected": .string(type.description), "expected_zh": .string(type.chineseDescription),
          "found": .string(Self.describe(node)),
        ])
    }
    switch type {
    case .any:
      return
    case .text:
      if node.scalar == nil { wrongType() }
    case .int:
      if node.scalar?.intValue == nil { wrongType() }
    case .bool:
      if node.scalar?.boolValue == nil { wrongType() }
    case .date:
      if node.scalar?.dayValue == nil { wrongType() }
    case .monthOrDate:
      guard let s = node.scalar, s.monthValue != nil || s.dayValue != nil else { return wrongType() }
    case .oneOf(let values):
      guard let s = node.scalar, values.contains(s.text) else { return wrongType() }
    case .list(let element):
      guard let seq = node.sequence else { return wrongType() }
      for (i, item) in seq.items.enumerated() {
        if item.scalar?.isNull ?? false { continue }
        check(item, as: element, path: "\(path)[\(i)]", sink: &sink)
      }
    case .map(let fields):
      guard let map = node.mapping else { return wrongType() }
      check(fields: fields, in: map, path: path, recordType: nil, sink: &sink)
    case .reference(let kind):
      guard let s = node.scalar else { return wrongType() }
      guard checkReferences else { return }
      if let target = store.index(of: s.text), store.records[target].kind == kind.rawValue { return }
      sink.add(.reference, node.mark, path, ["target": .string(s.text), "target_kind": .string(kind.rawValue)])
    case .person:
      guard let s = node.scalar else { return wrongType() }
      guard checkReferences, store.hasPersonRegistry else { return }
      if store.person(named: s.text) != nil { return }
      sink.add(.reference, node.mark, path, ["target": .string(s.text), "target_kind": "person"])
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
