/// The fields of each kind of record, as `records.md` defines them. Extra fields are allowed.
public enum RecordSchema {
  public static let organizationTypes = ["党组", "党委", "党总支", "党支部", "党小组"]
  public static let meetingTypes = [
    "党组会议", "党委会议", "理论学习中心组学习", "支部党员大会", "支部委员会", "党小组会", "党课", "主题党日",
    "民主生活会", "组织生活会", "主席办公会议", "党风廉政建设会议",
  ]
  public static let agendaCategories = ["第一议题", "学习", "研讨", "决策", "人事", "通报", "其他"]
  public static let matterClasses = ["重大决策", "重要人事任免", "重大项目安排", "大额度资金运作"]
  public static let planTypes = ["理论学习中心组学习计划", "党建工作计划", "深入生活扎根人民活动计划"]
  public static let itemStatuses = ["已完成", "推进中", "尚未推进"]

  static func dated(_ extra: [FieldSpec] = []) -> FieldType {
    .map([FieldSpec("date", .date), FieldSpec("record", .text)] + extra)
  }

  static let check: FieldType = .map([FieldSpec("date", .date), FieldSpec("result", .text)])

  static let contact: FieldType = .map([FieldSpec("phone", .text), FieldSpec("address", .text), FieldSpec("email", .text)])

  static let reportItem: FieldType = .map([
    FieldSpec("no", .int), FieldSpec("title", .text), FieldSpec("measures", .list(.any)),
    FieldSpec("outcome", .text), FieldSpec("status", .oneOf(itemStatuses)),
  ])

  /// Fields every record has.
  static let common = [FieldSpec("kind", .text, required: true), FieldSpec("id", .text, required: true)]

  /// The fields of each kind, built once.
  static let table: [RecordKind: [FieldSpec]] = Dictionary(
    uniqueKeysWithValues: RecordKind.allCases.map { ($0, makeFields(of: $0)) })

  public static func fields(of kind: RecordKind) -> [FieldSpec] { table[kind] ?? [] }

  static func makeFields(of kind: RecordKind) -> [FieldSpec] {
    switch kind {
    case .organization:
      return [
        FieldSpec("name", .text, required: true),
        FieldSpec("type", .oneOf(organizationTypes), required: true),
        FieldSpec("parent", .reference(.organization)),
        FieldSpec("members", .list(.person), required: true),
        FieldSpec("committee", .list(.person)),
        FieldSpec("secretary", .person, requiredForTypes: ["党支部", "党总支", "党组"]),
        FieldSpec("established", .date),
        FieldSpec("dissolved", .date),
      ]
    case .person:
      return [
        FieldSpec("name", .text, required: true),
        FieldSpec("position", .text), FieldSpec("unit", .text),
        FieldSpec("supervisor", .person), FieldSpec("leader", .bool),
        FieldSpec("function", .oneOf(["人事", "纪检", "审计", "财务"])),
        FieldSpec(
          "relations",
          .list(.map([
            FieldSpec("type", .oneOf(["配偶", "父母", "子女", "兄弟姐妹"]), required: true),
            FieldSpec("person", .person, required: true),
          ]))),
        FieldSpec("inquiries", .list(.map([FieldSpec("date", .date, required: true), FieldSpec("ref", .text)]))),
        FieldSpec("political_profile", .date),
      ]
    case .meeting:
      return [
        FieldSpec("org", .reference(.organization), required: true),
        FieldSpec("type", .oneOf(meetingTypes), required: true),
        FieldSpec("date", .date, required: true),
        FieldSpec("host", .person), FieldSpec("recorder", .person), FieldSpec("record_book", .text),
        FieldSpec("expected", .list(.person)), FieldSpec("present", .list(.person)),
        FieldSpec("absent", .list(.map([FieldSpec("person", .person, required: true), FieldSpec("reason", .text)]))),
        FieldSpec("lecturer", .person),
        FieldSpec("first_topic_exempt", .text),
        FieldSpec(
          "agenda",
          .list(.map([
            FieldSpec("title", .text),
            FieldSpec("category", .oneOf(agendaCategories)),
            FieldSpec("speech_date", .date),
            FieldSpec("discussion", .bool),
            FieldSpec("matter", .oneOf(matterClasses)),
            FieldSpec("dossier", .reference(.appointment)),
            FieldSpec("recused", .list(.person)),
            FieldSpec("votes", .map([FieldSpec("for", .int), FieldSpec("against", .int), FieldSpec("abstain", .int)])),
            FieldSpec("result", .oneOf(["通过", "未通过"])),
          ]))),
        FieldSpec(
          "preparation",
          .map([
            FieldSpec("opinions_solicited", .date),
            FieldSpec("talks", .list(.list(.person))),
            FieldSpec("self_review", .bool),
          ])),
        FieldSpec("criticism", .bool), FieldSpec("evaluation", .bool),
        FieldSpec("inquiry_explanations", .list(.person)),
        FieldSpec("reported", .date),
      ]
    case .appointment:
      return [
        FieldSpec("org", .reference(.organization), required: true),
        FieldSpec("candidate", .person, required: true),
        FieldSpec("position", .map([FieldSpec("from", .text), FieldSpec("to", .text), FieldSpec("unit", .text)])),
        FieldSpec(
          "steps",
          .map([
            FieldSpec("motion", dated()),
            FieldSpec("recommendation", dated([FieldSpec("participants", .int)])),
            FieldSpec("inspection", dated([FieldSpec("team", .list(.person))])),
            FieldSpec("decision", .map([FieldSpec("date", .date), FieldSpec("meeting", .reference(.meeting))])),
            FieldSpec("publicity", .map([FieldSpec("notice", .reference(.notice))])),
            FieldSpec("appointment", dated()),
            FieldSpec("filing", .map([FieldSpec("date", .date), FieldSpec("to", .text)])),
          ])),
        FieldSpec(
          "four_musts",
          .map([
            FieldSpec("archive_review", check), FieldSpec("personal_matters", check),
            FieldSpec("discipline_opinion", check), FieldSpec("petition_check", check),
          ])),
      ]
    case .notice:
      return [
        FieldSpec("org", .reference(.organization)),
        FieldSpec("title", .text),
        FieldSpec("published", .date),
        FieldSpec("period", .map([FieldSpec("start", .date), FieldSpec("end", .date)])),
        FieldSpec(
          "candidates",
          .list(.map([
            FieldSpec("name", .text), FieldSpec("gender", .text), FieldSpec("birth", .monthOrDate),
            FieldSpec("education", .text), FieldSpec("current", .text), FieldSpec("proposed", .text),
          ]))),
        FieldSpec("contact", contact),
      ]
    case .plan:
      return [
        FieldSpec("org", .reference(.organization), required: true),
        FieldSpec("type", .oneOf(planTypes), required: true),
        FieldSpec("year", .int, required: true),
        FieldSpec("issued", .date),
      ]
    case .association:
      return [
        FieldSpec("name", .text, required: true),
        FieldSpec("term_years", .int), FieldSpec("last_election", .date),
        FieldSpec("status", .oneOf(["active", "dormant", "deregistering"])),
      ]
    case .rectificationReport:
      return [
        FieldSpec("org", .reference(.organization)),
        FieldSpec("published", .date),
        FieldSpec(
          "claimed",
          .map(
            ["problems", "problems_done", "problems_open", "suggestions", "suggestions_in_progress",
             "suggestions_open", "measures", "measures_done"].map { FieldSpec($0, .int) })),
        FieldSpec("problems", .list(reportItem)),
        FieldSpec("suggestions", .list(reportItem)),
        FieldSpec("contact", contact),
      ]
    case .calendar:
      return [FieldSpec("holidays", .list(.date)), FieldSpec("workdays", .list(.date))]
    }
  }
}
