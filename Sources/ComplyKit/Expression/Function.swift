/// The functions of the rule language: a closed set, each with its arity and which arguments are
/// evaluated per element of a list (`count(agenda, category == '人事')`).
public enum Function: String, Sendable, CaseIterable {
  // Presence and size.
  case exists, count, len, missing
  // Lists.
  case any, all, none, filter, map, first, last, min, max, sum, join, distinct
  // Records.
  case ref, lookup, name
  // Dates.
  case date, year, month, day, quarter, days, addDays = "add_days", addMonths = "add_months", addYears = "add_years"
  case workdays, uncoveredYears = "uncovered_years"
  case workdayList = "workday_list"
  // Persons.
  case relation, relationEN = "relation_en", relatives
  // Text and choice.
  case text
  case ifThen = "if"

  /// Allowed argument counts.
  var arity: ClosedRange<Int> {
    switch self {
    case .exists, .len, .ref, .name, .year, .month, .day, .quarter, .text, .distinct, .relatives: 1...1
    case .count: 1...2
    case .missing: 1...32
    case .any, .all, .none, .filter, .map, .sum: 2...2
    case .first, .last, .min, .max: 1...2
    case .join: 2...2
    case .lookup: 3...9
    case .date, .ifThen: 3...3
    case .days, .addDays, .addMonths, .addYears, .workdays, .uncoveredYears, .workdayList, .relation, .relationEN: 2...2
    }
  }

  /// Whether the argument at `index` is evaluated with each element of the first argument as scope.
  func isPerElement(_ index: Int) -> Bool {
    guard index == 1 else { return false }
    switch self {
    case .count, .any, .all, .none, .filter, .map, .first, .last, .min, .max, .sum: return true
    default: return false
    }
  }

  /// Arguments that must be string literals, because they are resolved when the rule is compiled.
  func isLiteralArgument(_ index: Int) -> Bool {
    switch self {
    case .lookup: index == 0 || index % 2 == 1
    case .missing: true
    default: false
    }
  }
}
