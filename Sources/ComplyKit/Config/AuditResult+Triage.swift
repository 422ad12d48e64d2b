extension AuditResult {
  /// The same result with its findings triaged (known, waived).
  public func replacingFindings(_ findings: [Finding]) -> AuditResult {
    var copy = self
    copy.findings = findings
    return copy
  }

  /// Whether any new finding (not known, not waived) is at or above `threshold` (nil: never fail).
  public func fails(at threshold: Severity?) -> Bool {
    guard let threshold else { return false }
    return findings.contains { $0.isNew && $0.severity >= threshold }
  }

  /// The findings a reader is shown: all but the waived ones.
  public var shownFindings: [Finding] {
    // Most runs waive nothing: the same array then, not a copy of every finding.
    findings.contains { $0.waiver != nil } ? findings.filter { $0.waiver == nil } : findings
  }
}
