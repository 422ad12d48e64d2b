/// Progress between two audits: two JSON reports (`--format json`) matched by fingerprint. A finding
/// of the old report that the new one no longer has was fixed (已整改); one in both is still open
/// (尚未整改); one only in the new report is new (新发现). The count of problems found is the old
/// report's: 共发现问题 N 个 = 已整改 M + 尚未整改 K.
public struct ReportComparison: Sendable {
  /// A finding as a JSON report gives it.
  public struct Item: Sendable, Equatable {
    public let rule: String
    public let severity: String
    public let record: String?
    public let org: String?
    public let period: String?
    public let file: String
    public let line: Int
    public let column: Int
    public let message: String
    public let basis: String
    public let fingerprint: String

    public init(
      rule: String, severity: String, record: String?, org: String?, period: String?, file: String, line: Int, column: Int,
      message: String, basis: String, fingerprint: String
    ) {
      self.rule = rule
      self.severity = severity
      self.record = record
      self.org = org
      self.period = period
      self.file = file
      self.line = line
      self.column = column
      self.message = message
      self.basis = basis
      self.fingerprint = fingerprint
    }

    public var location: String { "\(file):\(line):\(column)" }
  }

  public enum Status: String, Sendable, CaseIterable {
    case fixed, open, new

    public var label: Localized {
      switch self {
      case .fixed: Localized(zh: "已整改", en: "fixed")
      case .open: Localized(zh: "尚未整改", en: "still open")
      case .new: Localized(zh: "新发现", en: "new")
      }
    }
  }

  public enum Format: String, Sendable, CaseIterable {
    case text, csv, json
  }

  /// In the old report, gone from the new one (as the old report gave them, in its order).
  public let fixed: [Item]
  /// In both (as the new report gives them, in its order).
  public let open: [Item]
  /// Only in the new report, in its order.
  public let new: [Item]

  /// Matches by fingerprint; a fingerprint found several times pairs its findings in order.
  public init(old: [Item], new: [Item]) {
    var remaining: [String: Int] = [:]
    for item in new { remaining[item.fingerprint, default: 0] += 1 }
    var fixed: [Item] = []
    var matched: [String: Int] = [:]
    for item in old {
      if let left = remaining[item.fingerprint], left > 0 {
        remaining[item.fingerprint] = left - 1
        matched[item.fingerprint, default: 0] += 1
      } else {
        fixed.append(item)
      }
    }
    var open: [Item] = []
    var added: [Item] = []
    for item in new {
      if let left = matched[item.fingerprint], left > 0 {
        matched[item.fingerprint] = left - 1
        open.append(item)
      } else {
        added.append(item)
      }
    }
    self.fixed = fixed
    self.open = open
    self.new = added
  }

  /// 共发现问题 N 个: the old report's findings.
  public var total: Int { fixed.count + open.count }

  /// The sentence a 通报 uses.
  public func sentence(_ language: Language) -> String {
    switch language {
    case .zh: "共发现问题\(total)个，已整改\(fixed.count)个，尚未整改\(open.count)个，新发现\(new.count)个。"
    case .en:
      "\(total) problems were found: \(fixed.count) fixed, \(open.count) still open; \(new.count) new."
    }
  }

  // MARK: - Reading reports

  /// The findings of a comply JSON report; errors point into the file.
  public static func items(path: String, bytes: [UInt8]) throws(RuleLoadErrors) -> [Item] {
    let parsed = JSONReader.parse(bytes)
    if let error = parsed.errors.first {
      throw RuleLoadErrors([RuleLoadError(error.message, at: SourceLocation(path: path, mark: error.mark))])
    }
    guard let root = parsed.documents.first?.mapping, let findings = root["findings"]?.sequence else {
      throw RuleLoadErrors([
        RuleLoadError("not a comply JSON report (no findings list)", at: SourceLocation(path: path, line: 1, column: 1))
      ])
    }
    var items: [Item] = []
    var errors: [RuleLoadError] = []
    for node in findings.items {
      func text(_ key: String) -> String? {
        guard let scalar = node[key]?.scalar, !scalar.isNull else { return nil }
        return scalar.text
      }
      guard let fingerprint = text("fingerprint"), let rule = text("rule") else {
        errors.append(
          RuleLoadError("a finding without rule or fingerprint", at: SourceLocation(path: path, mark: node.mark)))
        continue
      }
      items.append(
        Item(
          rule: rule, severity: text("severity") ?? "", record: text("record"), org: text("org"), period: text("period"),
          file: text("file") ?? "", line: text("line").flatMap { Int($0) } ?? 0,
          column: text("column").flatMap { Int($0) } ?? 0, message: text("message") ?? "", basis: text("basis") ?? "",
          fingerprint: fingerprint))
    }
    if !errors.isEmpty { throw RuleLoadErrors(errors) }
    return items
  }

  // MARK: - Output

  public func render(_ format: Format, language: Language) -> String {
    switch format {
    case .text: text(language)
    case .csv: csv(language)
    case .json: json(language)
    }
  }

  var sections: [(Status, [Item])] { [(.fixed, fixed), (.open, open), (.new, new)] }

  func text(_ language: Language) -> String {
    var out = ""
    for (status, items) in sections {
      out += language == .zh ? "\(status.label.zh)（\(items.count)）：\n" : "\(status.label.en) (\(items.count)):\n"
      for item in items {
        out += "  \(item.location): \(item.severity): \(item.message) [\(item.rule)]"
        if let period = item.period { out += " (\(period))" }
        out += "\n"
      }
      if items.isEmpty { out += language == .zh ? "  无\n" : "  none\n" }
      out += "\n"
    }
    return out + sentence(language) + "\n"
  }

  static let csvHeader = ["序号", "整改情况", "问题", "依据", "所属组织", "记录", "位置", "严重程度", "规则", "指纹"]

  func csv(_ language: Language) -> String {
    var rows: [[String]] = []
    for (status, items) in sections {
      for item in items {
        let severity = Severity(rawValue: item.severity).map { ReadableReport.severity($0, language) } ?? item.severity
        var record = item.record ?? ""
        if let period = item.period { record = record.isEmpty ? period : "\(record)（\(period)）" }
        rows.append([
          String(rows.count + 1), status.label.text(language), item.message, item.basis, item.org ?? "", record,
          item.location, severity, item.rule, item.fingerprint,
        ])
      }
    }
    return CSVWriter.render(header: Self.csvHeader, rows: rows)
  }

  func json(_ language: Language) -> String {
    func item(_ i: Item) -> JSONWriter.Value {
      .object([
        ("rule", .string(i.rule)), ("severity", .string(i.severity)), ("record", .optional(i.record)), ("org", .optional(i.org)),
        ("period", .optional(i.period)), ("file", .string(i.file)), ("line", .int(i.line)), ("column", .int(i.column)),
        ("message", .string(i.message)), ("basis", .string(i.basis)), ("fingerprint", .string(i.fingerprint)),
      ])
    }
    return JSONWriter.render(
      .object([
        (
          "summary",
          .object([("found", .int(total)), ("fixed", .int(fixed.count)), ("open", .int(open.count)), ("new", .int(new.count))])
        ),
        ("sentence", .string(sentence(language))),
        ("fixed", .array(fixed.map(item))), ("open", .array(open.map(item))), ("new", .array(new.map(item))),
      ]))
  }
}
