import Foundation
import Testing

@testable import ComplyKit

/// `Samples/` is what a new user audits first: every rule of the pack fires on it at least once, and
/// the findings are exactly the problems planted on purpose (the table in `Samples/README.md`).
@Suite struct SamplesTests {
  /// The planted problems, by rule id: the rule and the record the finding is about — the organization
  /// for a schedule rule (its period in the comment), none for a file that does not parse.
  static let planted: [(rule: String, record: String?)] = [
    ("appointment.decision-meeting", "a-2024-07"),
    ("appointment.documented", "a-2024-07"),
    ("appointment.filing", "a-2025-02"),
    ("appointment.four-musts", "a-2025-02"),
    ("appointment.inspection-team", "a-2025-05"),
    ("appointment.political-profile", "a-2025-04"),
    ("appointment.post-recusal", "a-2025-05"),
    ("appointment.procedure", "a-2025-04"),
    ("appointment.publicity-period", "a-2025-03"),
    ("appointment.recommendation-valid", "a-2024-07"),
    ("appointment.recusal", "a-2025-03"),
    ("association.term", "as-minyi"),  // info: being wound up
    ("association.term", "as-shici"),
    ("branch.committee-monthly", "org-wl-zb1"),  // 2025-08
    ("branch.general-meeting-quarterly", "org-wl-zb2"),  // 2025-Q3
    ("branch.group-monthly", "org-wl-zb1-lt"),  // 2025-08
    ("branch.party-lecture-quarterly", "org-wl-zb2"),  // 2025-Q3
    ("branch.secretary-lecture-yearly", "org-wl-zb3"),  // 2025
    ("branch.theme-day-monthly", "org-wl-zb1"),  // 2025-10
    ("life.democratic-annual", "org-wl-dz"),  // 2025
    ("life.inquiry-explained", "p05"),
    ("life.organizational-annual", "org-wl-zb2"),  // 2025
    ("life.preparation", "m-2025-02-zb1-zzsh-01"),
    ("life.report", "m-2025-01-lhdw-mzsh-01"),
    ("meeting.decision-venue", "m-2025-08-dz-zxbg-01"),
    ("meeting.first-topic", "m-2025-05-zb3-zwh-01"),
    ("meeting.first-topic", "m-2025-07-dz-02"),  // info: a recorded exemption
    ("meeting.first-topic-repeat", "m-2025-11-dz-zxz-01"),
    ("meeting.first-topic-source", "m-2025-07-lt-xzh-01"),
    ("meeting.minutes-complete", "m-2025-10-zb3-zwh-01"),
    ("meeting.quorum", "m-2025-04-zb2-dydh-01"),
    ("meeting.record-book", "m-2025-04-dz-zxz-02"),
    ("meeting.vote", "m-2025-06-zb3-dydh-01"),
    ("notice.candidate-fields", "n-2025-04"),
    ("notice.contact", "n-2025-05"),
    ("notice.email", "n-2025-06"),
    ("notice.period", "n-2025-03"),
    ("party-group.meeting-monthly", "org-wl-dz"),  // 2025-08
    ("plan.party-building-annual", "org-wl-dzz"),  // 2025
    ("report.contact", "r-2025-htk"),
    ("report.items-complete", "r-2025-htk"),
    ("report.totals", "r-2025-htk"),
    ("schema.duplicate-id", "m-2025-06-zb2-ztdr-01"),
    ("schema.kind", "m-2025-09-dz-zxbg-01"),
    ("schema.parse", nil),  // records/broken/2025-11-draft.yaml
    ("schema.reference", "m-2025-04-zb2-ztdr-01"),
    ("schema.required", "m-2025-06-dz-lz-01"),
    ("study.discussion", "m-2025-09-dz-zxz-01"),
    ("study.plan", "org-wl-dz"),  // 2025
    ("study.sessions-yearly", "org-wl-dz"),  // 2025
  ]

  static func key(_ rule: String, _ record: String?) -> String { "\(rule) \(record ?? "—")" }

  static func audit(_ rules: RuleSet) throws -> AuditResult {
    let window = try #require(AuditWindow(year: 2025))
    return try Audit.run(paths: [Repo.samples], ruleSet: rules, options: AuditOptions(window: window))
  }

  @Test func everyRuleFires() throws {
    let rules = try Repo.loadRules()
    let result = try Self.audit(rules)
    let fired = Set(result.findings.map(\.rule))
    let all = Set(rules.rules.map(\.id))
    // The set of rules that fired is the set of all rules (each difference spelled out when it fails).
    #expect(all.subtracting(fired).isEmpty, "rules that do not fire: \(all.subtracting(fired).sorted())")
    #expect(fired.subtracting(all).isEmpty, "findings of unknown rules: \(fired.subtracting(all).sorted())")
  }

  /// `comply audit Samples/` without a period audits 2025, as the README says: every record is dated in it.
  @Test func windowFromTheRecordsIs2025() throws {
    let result = try Audit.run(paths: [Repo.samples], ruleSet: try Repo.loadRules(), options: AuditOptions())
    #expect(result.window == AuditWindow(year: 2025))
  }

  /// `AuditOptions.listed` is told the number of files once, after they are listed and before any is
  /// read (the progress has counted the files in, and none of them done).
  @Test func listedIsToldBeforeAnyFileIsRead() throws {
    final class Seen: @unchecked Sendable {
      let lock = NSLock()
      var listed: [Int] = []
      var progressAtListing: [Int] = []
      var done = 0
    }
    let seen = Seen()
    var options = AuditOptions(jobs: 2)
    options.progress = { done, _ in seen.lock.withLock { seen.done = done } }
    options.listed = { files in seen.lock.withLock { seen.listed.append(files); seen.progressAtListing.append(seen.done) } }
    let result = try Audit.run(paths: [Repo.samples], ruleSet: try Repo.loadRules(), options: options)
    #expect(seen.listed == [result.files])
    #expect(seen.progressAtListing == [0])
  }

  @Test func findingsAreExactlyThePlantedOnes() throws {
    let result = try Self.audit(try Repo.loadRules())
    let found = result.findings.map { Self.key($0.rule, $0.record) }.sorted()
    let expected = Self.planted.map { Self.key($0.rule, $0.record) }.sorted()
    // The same list, no more, no less (counted with repeats): a failure names what is extra or missing.
    var unmatched = expected
    var extra: [String] = []
    for key in found {
      if let i = unmatched.firstIndex(of: key) { unmatched.remove(at: i) } else { extra.append(key) }
    }
    #expect(extra.isEmpty, "findings not planted: \(extra)")
    #expect(unmatched.isEmpty, "planted but not found: \(unmatched)")
  }
}
