/// One violation: which rule, about which record, where in which file, and why.
public struct Finding: Sendable, Equatable {
  public let rule: String
  public let severity: Severity
  /// The record the finding is about (for a schedule rule, the organization).
  public let record: String?
  public let kind: String?
  public let org: String?
  /// For schedule rules: `2025-03`, `2025-Q1` or `2025`.
  public let period: String?
  public let file: SourceFile
  public let mark: Mark
  public var message: Localized
  public let basis: String
  /// Stable across edits that move lines: rule + record + field path (+ period).
  public let fingerprint: String
  /// Where in the record (`agenda[0].category`); empty for the record as a whole.
  public let fieldPath: String
  /// The waiver in force that hides this finding (it does not fail the run; SARIF shows it suppressed).
  public var waiver: Waiver?
  /// In the baseline: reported as known, does not fail the run.
  public var known = false

  /// Neither waived nor known: a finding that can fail the run.
  public var isNew: Bool { waiver == nil && !known }

  public init(
    rule: String, severity: Severity, record: String?, kind: String?, org: String?, period: String?, file: SourceFile,
    mark: Mark, message: Localized, basis: String, fieldPath: String, variant: String = ""
  ) {
    self.rule = rule
    self.severity = severity
    self.record = record
    self.kind = kind
    self.org = org
    self.period = period
    self.file = file
    self.mark = mark
    self.message = message
    self.basis = basis
    self.fieldPath = fieldPath
    self.fingerprint = Finding.fingerprint(rule: rule, record: record ?? file.relativePath, fieldPath: variant.isEmpty ? fieldPath : fieldPath + "#" + variant, period: period)
  }

  public var location: SourceLocation { SourceLocation(path: file.displayPath, mark: mark) }

  /// 64-bit FNV-1a of the identifying parts, as 16 hex digits.
  static func fingerprint(rule: String, record: String, fieldPath: String, period: String?) -> String {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for part in [rule, record, fieldPath, period ?? ""] {
      for byte in part.utf8 {
        hash ^= UInt64(byte)
        hash &*= 0x0000_0100_0000_01b3
      }
      hash ^= 0xff
      hash &*= 0x0000_0100_0000_01b3
    }
    let hex = String(hash, radix: 16)
    return String(repeating: "0", count: 16 - hex.count) + hex
  }

  /// Report order: file, line, column, rule, then message (so equal inputs give equal bytes).
  public static func reportOrder(_ a: Finding, _ b: Finding) -> Bool {
    reportOrder(a, before: b)
  }

  /// `reportOrder` of two findings read where they are (sorting a list of findings by it copied the
  /// two at every comparison, a dozen references taken and let go each time).
  @inline(__always)
  static func reportOrder(_ a: borrowing Finding, before b: borrowing Finding) -> Bool {
    if a.file.relativePath != b.file.relativePath { return a.file.displayPath < b.file.displayPath }
    if a.mark != b.mark { return a.mark < b.mark }
    if a.rule != b.rule { return a.rule < b.rule }
    if a.period != b.period { return (a.period ?? "") < (b.period ?? "") }
    return a.message.zh < b.message.zh
  }
}
