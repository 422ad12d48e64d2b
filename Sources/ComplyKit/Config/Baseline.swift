/// Findings accepted as known: a JSON report written earlier. A finding whose fingerprint is in the
/// baseline is reported as known and does not fail the run; new ones do. Fingerprints do not depend
/// on line numbers, so a baseline survives edits that only move lines.
public struct Baseline: Sendable {
  public let fingerprints: Set<String>

  public init(fingerprints: Set<String>) { self.fingerprints = fingerprints }

  /// Reads the `findings[].fingerprint` of a comply JSON report.
  public static func load(path: String, bytes: [UInt8]) throws(RuleLoadErrors) -> Baseline {
    let parsed = JSONReader.parse(bytes)
    if let error = parsed.errors.first {
      throw RuleLoadErrors([RuleLoadError(error.message, at: SourceLocation(path: path, mark: error.mark))])
    }
    guard let root = parsed.documents.first?.mapping, let findings = root["findings"]?.sequence else {
      throw RuleLoadErrors([
        RuleLoadError("not a comply JSON report (no findings list)", at: SourceLocation(path: path, line: 1, column: 1))
      ])
    }
    var fingerprints = Set<String>()
    for item in findings.items {
      if let text = item["fingerprint"]?.scalar?.text { fingerprints.insert(text) }
    }
    return Baseline(fingerprints: fingerprints)
  }
}
