/// An approved exception: it hides one rule's finding about one record until it expires.
public struct Waiver: Sendable, Equatable {
  public let rule: String
  public let record: String
  /// Only the finding of this period (schedule rules), when given.
  public let period: String?
  public let reason: String
  public let approvedBy: String
  public let expires: Day
  public let location: SourceLocation

  public init(
    rule: String, record: String, period: String?, reason: String, approvedBy: String, expires: Day,
    location: SourceLocation
  ) {
    self.rule = rule
    self.record = record
    self.period = period
    self.reason = reason
    self.approvedBy = approvedBy
    self.expires = expires
    self.location = location
  }

  func matches(_ finding: Finding) -> Bool {
    finding.rule == rule && finding.record == record && (period == nil || period == finding.period)
  }

  /// A waiver is in force through its expiry date.
  public func isActive(on today: Day) -> Bool { today <= expires }
}
