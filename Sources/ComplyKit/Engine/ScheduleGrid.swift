/// One organization's meetings month by month over the audit window, for the reports people read
/// (HTML, Markdown): for each meeting type a schedule rule requires of some organization, how many
/// were held each month and whether the month (or its quarter, or its year) is short of one.
///
/// What is required comes from the active schedule rules themselves: a rule whose record set is
/// meetings of a type (`where: "type == '支部委员会'"`) requires that type of every organization its
/// `organizations:` condition selects, per its period (the finest when several rules require one type).
/// "Missing" means a judged period with no meeting of the type at all; a rule that asks for more
/// than one, or for a particular lecturer, is the findings' business, not the grid's.
public struct OrganizationSchedule: Sendable, Equatable {
  public let id: String
  public let name: String
  /// `党支部`, `党组`… as the record says (empty when it says nothing).
  public let type: String
  /// The months of the audit window, in order.
  public let months: [ScheduleMonth]
  /// Every meeting type any schedule rule requires, in a fixed order (the same rows for every organization).
  public let rows: [ScheduleRow]

  public init(id: String, name: String, type: String, months: [ScheduleMonth], rows: [ScheduleRow]) {
    self.id = id
    self.name = name
    self.type = type
    self.months = months
    self.rows = rows
  }

  /// The periods short of a required meeting, over all rows.
  public var missingCount: Int { rows.reduce(0) { $0 + $1.missing.count } }
}

public struct ScheduleMonth: Sendable, Hashable {
  public let year: Int
  public let month: Int

  public init(year: Int, month: Int) {
    self.year = year
    self.month = month
  }

  /// `2025-03`.
  public var label: String { "\(year)-\(Day.pad(month, 2))" }
}

public struct ScheduleRow: Sendable, Equatable {
  /// The meeting type as records write it (`支部委员会`).
  public let meetingType: String
  /// A short label for a grid (`支委会` / `Committee`).
  public let label: Localized
  /// How often it is required of this organization; nil when it is not.
  public let unit: ScheduleRule.Unit?
  /// The rules that require it of this organization, by id.
  public let rules: [String]
  /// One per month of the window.
  public let cells: [ScheduleCell]
  /// The judged periods with no meeting of the type (`2025-08`, `2025-Q1`, `2025`), in order.
  public let missing: [String]

  public init(
    meetingType: String, label: Localized, unit: ScheduleRule.Unit?, rules: [String], cells: [ScheduleCell], missing: [String]
  ) {
    self.meetingType = meetingType
    self.label = label
    self.unit = unit
    self.rules = rules
    self.cells = cells
    self.missing = missing
  }

  public var isRequired: Bool { unit != nil }
}

public struct ScheduleCell: Sendable, Equatable {
  public enum Status: String, Sendable, CaseIterable {
    /// Held at least once this month (and required of the organization).
    case held
    /// Required every month; none this month.
    case missing
    /// Required every quarter or year; none in the whole quarter or year this month belongs to.
    case periodMissing
    /// None this month, but the quarter or year it belongs to has one.
    case notDue
    /// Not required of this organization (`held` still counts what was held).
    case notRequired
    /// Outside what is judged: before the organization was set up or after it was dissolved, or a
    /// month of a period that is not wholly inside the window.
    case notJudged
  }

  /// Meetings of the type dated in this month.
  public let held: Int
  public let status: Status

  public init(held: Int, status: Status) {
    self.held = held
    self.status = status
  }
}

extension ScheduleRule.Unit {
  /// Finer first: month, quarter, year.
  var rank: Int {
    switch self {
    case .month: 0
    case .quarter: 1
    case .year: 2
    }
  }

  public var label: Localized {
    switch self {
    case .month: Localized(zh: "每月", en: "monthly")
    case .quarter: Localized(zh: "每季度", en: "quarterly")
    case .year: Localized(zh: "每年", en: "yearly")
    }
  }
}

extension Engine {
  /// The meeting types with a short label, in the order the grids show them; types that only a
  /// user's rule requires come after these, by name.
  static let meetingTypeLabels: [(type: String, label: Localized)] = [
    ("支部委员会", Localized(zh: "支委会", en: "Committee")),
    ("支部党员大会", Localized(zh: "党员大会", en: "General meeting")),
    ("党小组会", Localized(zh: "党小组会", en: "Group meeting")),
    ("党课", Localized(zh: "党课", en: "Party lecture")),
    ("主题党日", Localized(zh: "主题党日", en: "Theme day")),
    ("组织生活会", Localized(zh: "组织生活会", en: "Org. life meeting")),
    ("党组会议", Localized(zh: "党组会议", en: "Party group meeting")),
    ("理论学习中心组学习", Localized(zh: "中心组学习", en: "Study group")),
    ("民主生活会", Localized(zh: "民主生活会", en: "Democratic life meeting")),
  ]

  /// One schedule per organization record (in the order read), over the months of the window.
  /// One pass over the meetings; each organization's requirements are the schedule rules' conditions.
  func scheduleGrid(_ store: RecordStore, rules: [Rule], window: AuditWindow?) -> [OrganizationSchedule] {
    let months = window.map(Self.months(in:)) ?? []

    // The schedule rules that count meetings of given types.
    struct Requirement {
      let rule: Rule
      let body: ScheduleRule
      let unit: ScheduleRule.Unit
      let types: [String]
    }
    var requirements: [Requirement] = []
    for rule in rules {
      guard case .schedule(let body) = rule.body else { continue }
      var types: [String] = []
      for set in body.sets where set.kind == RecordKind.meeting.rawValue {
        for type in set.filter.map(Self.meetingTypes(in:)) ?? [] where !types.contains(type) { types.append(type) }
      }
      guard !types.isEmpty else { continue }
      let variables = baseVariables(rule, window: window)
      let period = unit(of: body, variables: variables, store: store)
      requirements.append(Requirement(rule: rule, body: body, unit: period, types: types))
    }
    let known = Self.meetingTypeLabels.map(\.type)
    let required = Set(requirements.flatMap(\.types))
    let types = known.filter(required.contains) + required.subtracting(known).sorted()

    // Meetings per organization, type and month of the window.
    let first = months.first.map { $0.year * 12 + $0.month - 1 } ?? 0
    var held: [String: [String: [Int]]] = [:]
    for i in store.indices(of: RecordKind.meeting.rawValue) {
      let meeting = store.records[i]
      guard let org = meeting.text("org"), let type = meeting.text("type"), required.contains(type),
        let day = meeting["date"]?.scalar?.dayValue
      else { continue }
      let index = day.year * 12 + day.month - 1 - first
      guard index >= 0, index < months.count else { continue }
      held[org, default: [:]][type, default: Array(repeating: 0, count: months.count)][index] += 1
    }

    // For each unit, the judged period (whole inside the window) each month belongs to.
    var periodOf: [ScheduleRule.Unit: [Period?]] = [:]
    if let window {
      for unit in ScheduleRule.Unit.allCases {
        // Each period marks the months it spans (linear: a window of centuries, from a mistyped year,
        // must not cost months × periods).
        var slots = [Period?](repeating: nil, count: months.count)
        for period in Period.periods(unit, in: window) {
          let from = max(0, period.start.year * 12 + period.start.month - 1 - first)
          let to = min(months.count - 1, period.end.year * 12 + period.end.month - 1 - first)
          guard from <= to else { continue }
          for m in from...to where slots[m] == nil { slots[m] = period }
        }
        periodOf[unit] = slots
      }
    }

    return store.indices(of: RecordKind.organization.rawValue).map { index in
      let record = store.records[index]
      var env = Environment(store: store, root: .record(index), scope: .record(index), variables: [:])
      var units: [String: ScheduleRule.Unit] = [:]
      var ruleIDs: [String: [String]] = [:]
      for requirement in requirements {
        env.variables = Variables(baseVariables(requirement.rule, window: window))
        env.variables["org"] = .record(index)
        guard requirement.body.compiledOrganizations.holds(env) else { continue }
        for type in requirement.types {
          if units[type].map({ requirement.unit.rank < $0.rank }) ?? true { units[type] = requirement.unit }
          ruleIDs[type, default: []].append(requirement.rule.id)
        }
      }
      let established = record["established"]?.scalar?.dayValue
      let dissolved = record["dissolved"]?.scalar?.dayValue
      let counts = held[record.id] ?? [:]
      let rows = types.map { type -> ScheduleRow in
        let label = Self.meetingTypeLabels.first { $0.type == type }?.label ?? Localized(zh: type, en: type)
        let perMonth = counts[type] ?? Array(repeating: 0, count: months.count)
        guard let unit = units[type] else {
          return ScheduleRow(
            meetingType: type, label: label, unit: nil, rules: [],
            cells: perMonth.map { ScheduleCell(held: $0, status: .notRequired) }, missing: [])
        }
        let periods = periodOf[unit] ?? Array(repeating: nil, count: months.count)
        var missing: [String] = []
        var cells: [ScheduleCell] = []
        var heldIn: [String: Int] = [:]
        for (m, count) in perMonth.enumerated() {
          if let period = periods[m] { heldIn[period.label, default: 0] += count }
        }
        for (m, count) in perMonth.enumerated() {
          guard let period = periods[m], established.map({ period.start >= $0 }) ?? true,
            dissolved.map({ period.end <= $0 }) ?? true
          else {
            cells.append(ScheduleCell(held: count, status: .notJudged))
            continue
          }
          let status: ScheduleCell.Status
          if count > 0 {
            status = .held
          } else if unit == .month {
            status = .missing
          } else {
            status = (heldIn[period.label] ?? 0) > 0 ? .notDue : .periodMissing
          }
          if status == .missing || status == .periodMissing, missing.last != period.label { missing.append(period.label) }
          cells.append(ScheduleCell(held: count, status: status))
        }
        return ScheduleRow(
          meetingType: type, label: label, unit: unit, rules: Array(Set(ruleIDs[type] ?? [])).sorted(), cells: cells,
          missing: missing)
      }
      return OrganizationSchedule(
        id: record.id, name: record.text("name") ?? record.id, type: record.text("type") ?? "", months: months, rows: rows)
    }
  }

  /// The months the window touches, in order.
  static func months(in window: AuditWindow) -> [ScheduleMonth] {
    var result: [ScheduleMonth] = []
    var (year, month) = (window.from.year, window.from.month)
    while year * 12 + month <= window.to.year * 12 + window.to.month {
      result.append(ScheduleMonth(year: year, month: month))
      month += 1
      if month > 12 {
        month = 1
        year += 1
      }
    }
    return result
  }

  /// The meeting types a set's `where:` names: `type == '…'`, `'…' == type`, `type in ['…', …]`.
  static func meetingTypes(in filter: Expr) -> [String] {
    var types: [String] = []
    filter.visit { expr in
      guard case .binary(let op, let lhs, let rhs) = expr else { return }
      switch (op, lhs, rhs) {
      case (.equal, .field("type"), .literal(let value)), (.equal, .literal(let value), .field("type")):
        if let text = value.textValue { types.append(text) }
      case (.isIn, .field("type"), .list(let items)):
        for case .literal(let value) in items { if let text = value.textValue { types.append(text) } }
      case (.isIn, .field("type"), .literal(let value)):
        for item in value.listValue ?? [] { if let text = item.textValue { types.append(text) } }
      default:
        break
      }
    }
    return types
  }
}
