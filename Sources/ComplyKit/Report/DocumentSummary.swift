/// What `comply check` read from the document it checked, shown after the findings: for a notice
/// the period and the working days counted in it (and the contact details found), for a rectification
/// report the problems, suggestions and measures counted against the totals it claims. It lets the
/// person about to publish see what the checker understood, not only what it found wrong.
public struct DocumentSummary: Sendable, Equatable {
  public struct Notice: Sendable, Equatable {
    public var start: Day?
    public var end: Day?
    public var published: Day?
    /// The working days counted from `start` (or the day after) through `end`.
    public var workdays: [Day]
    /// Years of the period with no holiday calendar (counted Monday to Friday).
    public var uncoveredYears: [Int]
    public var countedFromNextDay: Bool
    public var candidates: Int
    public var phone: String?
    public var address: String?
    public var email: String?
  }

  public struct Report: Sendable, Equatable {
    public var problems: Int
    public var suggestions: Int
    /// All measures listed under problems and suggestions.
    public var measures: Int
    /// The totals the report claims (`claimed:`), by key.
    public var claimed: [String: Int]
  }

  public enum Details: Sendable, Equatable {
    case notice(Notice)
    case report(Report)
  }

  public let file: SourceFile
  public let record: String
  public let details: Details

  public init(file: SourceFile, record: String, details: Details) {
    self.file = file
    self.record = record
    self.details = details
  }

  /// The summary of a notice or a rectification report (nil for other kinds).
  public init?(record: Record, file: SourceFile, calendar: WorkCalendar, countFromNextDay: Bool = false) {
    self.file = file
    self.record = record.id
    func text(_ node: Node?) -> String? {
      guard let s = node?.scalar, !s.isNull, !s.text.isEmpty else { return nil }
      return s.text
    }
    switch RecordKind(rawValue: record.kind) {
    case .notice?:
      let start = record["period"]?["start"]?.scalar?.dayValue
      let end = record["period"]?["end"]?.scalar?.dayValue
      var workdays: [Day] = []
      var uncovered: [Int] = []
      if let start, let end {
        let first = countFromNextDay ? start.adding(days: 1) : start
        workdays = calendar.workdayList(from: first, through: end)
        uncovered = calendar.uncoveredYears(from: first, through: end)
      }
      details = .notice(
        Notice(
          start: start, end: end, published: record["published"]?.scalar?.dayValue, workdays: workdays,
          uncoveredYears: uncovered, countedFromNextDay: countFromNextDay,
          candidates: record["candidates"]?.sequence?.items.count ?? 0, phone: text(record["contact"]?["phone"]),
          address: text(record["contact"]?["address"]), email: text(record["contact"]?["email"])))
    case .rectificationReport?:
      let problems = record["problems"]?.sequence?.items ?? []
      let suggestions = record["suggestions"]?.sequence?.items ?? []
      let measures = (problems + suggestions).reduce(0) { $0 + ($1["measures"]?.sequence?.items.count ?? 0) }
      var claimed: [String: Int] = [:]
      for entry in record["claimed"]?.mapping?.entries ?? [] {
        if let n = entry.value.scalar?.intValue { claimed[entry.key.text] = n }
      }
      details = .report(
        Report(problems: problems.count, suggestions: suggestions.count, measures: measures, claimed: claimed))
    default:
      return nil
    }
  }

  /// One line: `path: 整改通报：问题 24 个，意见建议 4 个，整改措施 71 条（通报称：…）`.
  public func text(_ language: Language) -> String {
    let zh = language == .zh
    switch details {
    case .notice(let n):
      let none = zh ? "未找到" : "not found"
      var parts: [String] = []
      if n.start == nil, n.end == nil {
        parts.append(zh ? "未找到公示期" : "no period found")
      } else {
        let start = n.start?.description ?? none
        let end = n.end?.description ?? none
        var period = zh ? "公示期 \(start) 至 \(end)" : "period \(start) to \(end)"
        if n.start != nil, n.end != nil {
          let list = n.workdays.map(\.description).joined(separator: zh ? "、" : ", ")
          let from = n.countedFromNextDay ? (zh ? "，自次日起算" : ", counted from the next day") : ""
          period +=
            zh
            ? "，计 \(n.workdays.count) 个工作日（\(list.isEmpty ? "无" : list)\(from)）"
            : ", \(n.workdays.count) working days (\(list.isEmpty ? "none" : list)\(from))"
          if !n.uncoveredYears.isEmpty {
            let years = n.uncoveredYears.map(String.init).joined(separator: zh ? "、" : ", ")
            period +=
              zh ? "（\(years)年无节假日安排，按周一至周五计算）" : " (no holiday calendar for \(years): counted Monday to Friday)"
          }
        }
        parts.append(period)
      }
      if let published = n.published { parts.append(zh ? "落款日期 \(published)" : "signed \(published)") }
      if n.candidates == 0 {
        parts.append(zh ? "未找到拟任人选" : "no candidates found")
      } else {
        parts.append(zh ? "拟任人选 \(n.candidates) 名" : (n.candidates == 1 ? "1 candidate" : "\(n.candidates) candidates"))
      }
      parts.append((zh ? "联系电话 " : "phone ") + (n.phone ?? none))
      parts.append((zh ? "通讯地址 " : "address ") + (n.address ?? none))
      parts.append((zh ? "电子邮箱 " : "e-mail ") + (n.email ?? none))
      return "\(file.displayPath): " + (zh ? "任前公示：" : "notice: ") + parts.joined(separator: zh ? "；" : "; ")
    case .report(let r):
      func counts(_ problems: Int?, _ suggestions: Int?, _ measures: Int?) -> String {
        var parts: [String] = []
        if let problems { parts.append(zh ? "问题 \(problems) 个" : "\(problems) problems") }
        if let suggestions { parts.append(zh ? "意见建议 \(suggestions) 个" : "\(suggestions) suggestions") }
        if let measures { parts.append(zh ? "整改措施 \(measures) 条" : "\(measures) measures") }
        return parts.joined(separator: zh ? "，" : ", ")
      }
      var line =
        "\(file.displayPath): " + (zh ? "整改通报：" : "rectification report: ")
        + counts(r.problems, r.suggestions, r.measures)
      let claimed = counts(r.claimed["problems"], r.claimed["suggestions"], r.claimed["measures"])
      if !claimed.isEmpty { line += zh ? "（通报称：\(claimed)）" : " (claimed: \(claimed))" }
      return line
    }
  }

  static let claimOrder = [
    "problems", "problems_done", "problems_in_progress", "problems_open", "suggestions", "suggestions_done",
    "suggestions_in_progress", "suggestions_open", "measures", "measures_done", "measures_in_progress", "measures_open",
  ]

  var json: JSONWriter.Value {
    var fields: [(String, JSONWriter.Value)] = [
      ("file", .string(file.relativePath)), ("record", .string(record)),
    ]
    switch details {
    case .notice(let n):
      fields.append(("kind", .string(RecordKind.notice.rawValue)))
      fields.append(
        (
          "period",
          .object([
            ("start", .optional(n.start?.description)), ("end", .optional(n.end?.description)),
            ("workdays", .int(n.workdays.count)), ("workday_list", .array(n.workdays.map { .string($0.description) })),
            ("uncovered_years", .array(n.uncoveredYears.map { .int($0) })),
          ])
        ))
      fields.append(("published", .optional(n.published?.description)))
      fields.append(("candidates", .int(n.candidates)))
      fields.append(
        (
          "contact",
          .object([("phone", .optional(n.phone)), ("address", .optional(n.address)), ("email", .optional(n.email))])
        ))
    case .report(let r):
      fields.append(("kind", .string(RecordKind.rectificationReport.rawValue)))
      fields.append(("problems", .int(r.problems)))
      fields.append(("suggestions", .int(r.suggestions)))
      fields.append(("measures", .int(r.measures)))
      let keys =
        Self.claimOrder.filter { r.claimed[$0] != nil }
        + r.claimed.keys.filter { !Self.claimOrder.contains($0) }.sorted()
      fields.append(("claimed", .object(keys.compactMap { key in r.claimed[key].map { (key, .int($0)) } })))
    }
    return .object(fields)
  }
}
