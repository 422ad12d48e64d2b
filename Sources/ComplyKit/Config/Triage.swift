/// Sorts findings into new, known (in the baseline) and waived (by a waiver in force). A waiver past
/// its expiry no longer hides its finding, and the finding says so.
public struct Triage: Sendable {
  public var waivers: [Waiver] = []
  public var baseline: Baseline?
  public var today: Day

  public init(waivers: [Waiver] = [], baseline: Baseline? = nil, today: Day) {
    self.waivers = waivers
    self.baseline = baseline
    self.today = today
  }

  public func apply(_ findings: [Finding]) -> [Finding] {
    // Nothing to mark: the findings as they are, not a copy of each.
    if waivers.isEmpty, baseline == nil { return findings }
    return findings.map { finding in
      var finding = finding
      if let waiver = waivers.first(where: { $0.matches(finding) }) {
        if waiver.isActive(on: today) {
          finding.waiver = waiver
        } else {
          finding.message = Localized(
            zh: finding.message.zh + "（豁免已于 \(waiver.expires) 到期：\(waiver.reason)）",
            en: finding.message.en + " (waiver expired \(waiver.expires): \(waiver.reason))")
        }
      }
      if let baseline, baseline.fingerprints.contains(finding.fingerprint) { finding.known = true }
      return finding
    }
  }
}
