extension AuditResult {
  /// Findings shown (not waived) of a severity.
  public func count(_ severity: Severity) -> Int {
    // Counted in place, by index: `shownFindings` would copy every finding shown, and so does a loop
    // over the findings themselves (each element it yields is a copy, a dozen references retained).
    var count = 0
    for i in findings.indices where findings[i].severity == severity && findings[i].waiver == nil { count += 1 }
    return count
  }
}
