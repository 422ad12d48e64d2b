/// SARIF 2.1.0 (`--format sarif`): one run, every loaded rule in `tool.driver.rules` with its basis
/// as `help`, every finding as a result with a region from the YAML position (columns in Unicode
/// code points), a `partialFingerprints` entry that survives moved lines, and waived findings as
/// `suppressions`. Result URIs are relative to `%SRCROOT%`, the audited path; no timestamps, so the
/// same input gives the same bytes.
enum SARIFReporter {
  static let schema = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
  /// The base the result URIs are relative to: the audited path given on the command line.
  static let sourceRoot = "%SRCROOT%"
  static let fingerprintKey = "complyFingerprint/v1"

  static func render(_ context: ReportContext) -> String {
    let r = context.result
    var ruleIndex: [String: Int] = [:]
    for (i, rule) in r.rules.enumerated() where ruleIndex[rule.id] == nil { ruleIndex[rule.id] = i }
    var runProperties: [(String, JSONWriter.Value)] = []
    if let window = r.window {
      let span: [(String, JSONWriter.Value)] = [
        ("from", .string(window.from.description)), ("to", .string(window.to.description)),
      ]
      runProperties.append(("window", .object(span)))
    }
    runProperties.append(("files", .int(r.files)))
    runProperties.append(("records", .int(r.records)))
    let driver: JSONWriter.Value = .object([
      ("name", .string("comply")), ("version", .string(context.version)), ("semanticVersion", .string(context.version)),
      ("rules", .array(r.rules.map(rule))),
    ])
    let run: JSONWriter.Value = .object([
      ("tool", .object([("driver", driver)])),
      ("columnKind", .string("unicodeCodePoints")),
      ("results", .array(r.findings.map { result($0, ruleIndex: ruleIndex[$0.rule], language: context.language) })),
      ("properties", .object(runProperties)),
    ])
    return JSONWriter.render(.object([("$schema", .string(schema)), ("version", .string("2.1.0")), ("runs", .array([run]))]))
  }

  // MARK: - Rules

  static func rule(_ rule: Rule) -> JSONWriter.Value {
    var help = rule.basis.map(\.citation).joined(separator: "\n")
    if let rationale = rule.rationale { help += (help.isEmpty ? "" : "\n\n") + rationale.zh + "\n" + rationale.en }
    var confidences: [String] = []
    for basis in rule.basis {
      if let c = basis.confidence, !confidences.contains(c) { confidences.append(c) }
    }
    let properties: [(String, JSONWriter.Value)] = [
      ("tags", .array([.string(area(rule.id))])),
      ("kind", .string(rule.kind.rawValue)),
      ("confidence", .array(confidences.map { .string($0) })),
      ("local", .bool(rule.basis.contains(where: \.local))),
    ]
    return .object([
      ("id", .string(rule.id)),
      ("name", .string(upperCamel(rule.id))),
      ("shortDescription", .object([("text", .string(rule.title.zh))])),
      ("fullDescription", .object([("text", .string(rule.title.en))])),
      ("help", .object([("text", .string(help))])),
      ("defaultConfiguration", .object([("level", .string(level(rule.severity)))])),
      ("properties", .object(properties)),
    ])
  }

  /// `meeting.first-topic` → `meeting`: the rule's folder in the pack.
  static func area(_ id: String) -> String {
    id.split(separator: ".", maxSplits: 1).first.map(String.init) ?? id
  }

  /// `party-group.meeting-monthly` → `PartyGroupMeetingMonthly`.
  static func upperCamel(_ id: String) -> String {
    let words = id.split(whereSeparator: { !($0.isLetter || $0.isNumber) })
    let name = words.map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    return name.isEmpty ? id : name
  }

  static func level(_ severity: Severity) -> String {
    switch severity {
    case .error: "error"
    case .warning: "warning"
    case .info: "note"
    }
  }

  // MARK: - Results

  static func result(_ f: Finding, ruleIndex: Int?, language: Language) -> JSONWriter.Value {
    let region: JSONWriter.Value = .object([("startLine", .int(f.mark.line)), ("startColumn", .int(f.mark.column))])
    let artifact: JSONWriter.Value = .object([("uri", .string(uri(f.file.relativePath))), ("uriBaseId", .string(sourceRoot))])
    var location: [(String, JSONWriter.Value)] = [
      ("physicalLocation", .object([("artifactLocation", artifact), ("region", region)]))
    ]
    if let record = f.record {
      let logical: JSONWriter.Value = .object([
        ("name", .string(record)), ("fullyQualifiedName", .string("record/\(record)")), ("kind", .string("object")),
      ])
      location.append(("logicalLocations", .array([logical])))
    }
    var entries: [(String, JSONWriter.Value)] = [("ruleId", .string(f.rule))]
    if let ruleIndex { entries.append(("ruleIndex", .int(ruleIndex))) }
    entries += [
      ("level", .string(level(f.severity))),
      ("message", .object([("text", .string(f.message.text(language)))])),
      ("locations", .array([.object(location)])),
      ("partialFingerprints", .object([(fingerprintKey, .string(f.fingerprint))])),
    ]
    if let suppression = suppression(f) { entries.append(("suppressions", .array([suppression]))) }
    var properties: [(String, JSONWriter.Value)] = []
    if let record = f.record { properties.append(("record", .string(record))) }
    if let kind = f.kind { properties.append(("kind", .string(kind))) }
    if let org = f.org { properties.append(("org", .string(org))) }
    if let period = f.period { properties.append(("period", .string(period))) }
    if !f.fieldPath.isEmpty { properties.append(("field", .string(f.fieldPath))) }
    properties.append(("basis", .string(f.basis)))
    properties.append(("status", .string(f.waiver != nil ? "waived" : f.known ? "known" : "new")))
    entries.append(("properties", .object(properties)))
    return .object(entries)
  }

  /// A waived finding is reported, marked as suppressed outside the records (by the config's waiver).
  static func suppression(_ f: Finding) -> JSONWriter.Value? {
    guard let waiver = f.waiver else { return nil }
    return .object([
      ("kind", .string("external")),
      ("status", .string("accepted")),
      ("justification", .string(waiver.reason)),
      (
        "properties",
        .object([
          ("approvedBy", .string(waiver.approvedBy)), ("expires", .string(waiver.expires.description)),
          ("source", .string(waiver.location.description)),
        ])
      ),
    ])
  }

  /// A relative path as a URI reference: forward slashes, everything but unreserved characters and
  /// `/` percent-encoded as UTF-8 (so names with spaces or Chinese characters stay valid URIs).
  static func uri(_ path: String) -> String {
    var out = ""
    for original in path.utf8 {
      let byte = original == UInt8(ascii: "\\") ? UInt8(ascii: "/") : original
      switch byte {
      case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
        UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/"):
        out.unicodeScalars.append(Unicode.Scalar(byte))
      default:
        let hex = String(byte, radix: 16, uppercase: true)
        out += "%" + (hex.count == 1 ? "0" + hex : hex)
      }
    }
    return out
  }
}
