/// A data-integrity problem found while reading records: what the `schema.*` rules report.
public struct SchemaIssue: Sendable {
  public enum Check: String, Sendable, CaseIterable {
    case parse, required, reference
    case duplicateID = "duplicate-id"
    case kind
  }

  public let check: Check
  public let file: Int
  public let mark: Mark
  /// The record's id and kind, when the document got that far.
  public let recordID: String?
  public let kind: String?
  public let org: String?
  /// Where in the record (`agenda[0].category`), for the fingerprint.
  public let fieldPath: String
  /// Variables for the rule's message (`$field`, `$expected`, …).
  public let details: [String: Value]

  public init(
    check: Check, file: Int, mark: Mark, recordID: String? = nil, kind: String? = nil, org: String? = nil,
    fieldPath: String = "", details: [String: Value] = [:]
  ) {
    self.check = check
    self.file = file
    self.mark = mark
    self.recordID = recordID
    self.kind = kind
    self.org = org
    self.fieldPath = fieldPath
    self.details = details
  }
}
