extension AuditResult {
  /// Findings shown (not waived) of a severity.
  public func count(_ severity: Severity) -> Int {
    // Counted in place: `shownFindings` would copy every finding shown.
    findings.reduce(0) { $1.waiver == nil && $1.severity == severity ? $0 + 1 : $0 }
  }
}
