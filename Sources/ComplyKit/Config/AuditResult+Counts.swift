extension AuditResult {
  /// Findings shown (not waived) of a severity.
  public func count(_ severity: Severity) -> Int { shownFindings.filter { $0.severity == severity }.count }
}
