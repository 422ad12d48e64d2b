/// A passing or failing example carried by a rule file. Failing examples must give at least one
/// finding of their rule (and match `expect` when given); passing examples must give no finding of
/// any rule.
public struct RuleExample: Sendable {
  public struct Expectation: Sendable {
    /// Line and column inside the example's records text (1-based).
    public let line: Int?
    public let column: Int?
    /// A piece of text the message must contain (in Chinese, or English when it is ASCII).
    public let message: String?
    public let period: String?
    public let record: String?
  }

  public let name: String
  public let passes: Bool
  public let records: String
  /// Where the records text starts in the rule file.
  public let location: SourceLocation
  public let window: AuditWindow?
  public let parameters: [String: Value]
  public let expectations: [Expectation]
  /// How many findings of the rule the example must give, when given.
  public let count: Int?
}
