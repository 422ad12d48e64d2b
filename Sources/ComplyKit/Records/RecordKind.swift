/// The kinds of record the checker knows (records.md).
public enum RecordKind: String, Sendable, CaseIterable {
  case organization, person, meeting, appointment, notice, plan, association
  case rectificationReport = "rectification-report"
  case calendar

  /// The field whose date places a record in the audit window; records of other kinds are undated
  /// and always judged.
  public var datePath: [String]? {
    switch self {
    case .meeting: ["date"]
    case .appointment: ["steps", "decision", "date"]
    case .notice, .rectificationReport: ["published"]
    case .plan: ["issued"]
    case .organization, .person, .association, .calendar: nil
    }
  }
}
