import Foundation
import Testing

@testable import ComplyKit

/// Each report format on a fixed input, compared byte for byte with a file in `Golden/`.
/// `COMPLY_RECORD=1 swift test --filter GoldenReportTests` rewrites them (record only on request).
@Suite struct GoldenReportTests {
  static let fixture = Repo.root.appendingPathComponent("Tests/ComplyKitTests/Fixtures/audit").path

  static func audit(jobs: Int) throws -> AuditResult {
    let window = AuditWindow(from: try #require(Day(iso: "2025-01-01")), to: try #require(Day(iso: "2025-04-30")))
    return try Audit.run(paths: [fixture], ruleSet: try Repo.loadRules(), options: AuditOptions(window: window, jobs: jobs))
  }

  func check(_ format: ReportFormat, _ language: Language, _ name: String) throws {
    let result = try Self.audit(jobs: 1)
    let rendered = format.render(ReportContext(result: result, language: language))
      .replacingOccurrences(of: Self.fixture, with: "audit")
    let url = Repo.golden.appendingPathComponent(name)
    if Repo.recording {
      try rendered.write(to: url, atomically: true, encoding: .utf8)
      return
    }
    // Decoded as is: a byte order mark (the ledger CSV's) is part of what is compared.
    let expected = String(decoding: try Data(contentsOf: url), as: UTF8.self)
    #expect(rendered == expected, "\(name) differs; COMPLY_RECORD=1 swift test --filter GoldenReportTests rewrites it")
  }

  @Test func text() throws { try check(.text, .zh, "audit.txt") }
  @Test func textEnglish() throws { try check(.text, .en, "audit.en.txt") }
  @Test func json() throws { try check(.json, .zh, "audit.json") }
  @Test func sarif() throws { try check(.sarif, .zh, "audit.sarif") }
  @Test func junit() throws { try check(.junit, .zh, "audit.junit.xml") }
  @Test func github() throws { try check(.github, .zh, "audit.github.txt") }
  @Test func githubEnglish() throws { try check(.github, .en, "audit.en.github.txt") }
  @Test func markdown() throws { try check(.markdown, .zh, "audit.md") }
  @Test func ledgerCSV() throws { try check(.csv, .zh, "audit.ledger.csv") }

  @Test func outputDoesNotDependOnJobs() throws {
    let one = try Self.audit(jobs: 1)
    let two = try Self.audit(jobs: 2)
    let eight = try Self.audit(jobs: 8)
    let render = { (r: AuditResult) in ReportFormat.json.render(ReportContext(result: r, language: .zh)) }
    #expect(render(one) == render(two))
    #expect(render(one) == render(eight))
  }

  @Test func everyFindingPointsAtItsNode() throws {
    let result = try Self.audit(jobs: 1)
    func find(_ rule: String) -> Finding? { result.findings.first { $0.rule == rule } }
    // The category of the first agenda item.
    #expect(find("meeting.first-topic")?.mark == Mark(line: 22, column: 33))
    // The present list of the meeting without a quorum.
    #expect(find("meeting.quorum")?.mark == Mark(line: 31, column: 10))
    // The discipline opinion's date, after the decision.
    #expect(find("appointment.four-musts")?.mark == Mark(line: 12, column: 30))
    // The notice's period.
    #expect(find("notice.period")?.mark == Mark(line: 20, column: 9))
    // The schedule finding names the organization and the period.
    let missed = result.findings.filter { $0.rule == "branch.committee-monthly" }
    #expect(missed.map(\.period) == ["2025-04"])
    #expect(missed.first?.record == "org-zb1")
  }

  @Test func fingerprintsSurviveMovedLines() throws {
    let yaml = try String(contentsOfFile: Self.fixture + "/dossier.yaml", encoding: .utf8)
    let rules = try Repo.loadRules()
    let file = SourceFile(relativePath: "dossier.yaml", displayPath: "dossier.yaml")
    func fingerprints(_ text: String) -> [String] {
      let loaded = RecordLoader().parse([(file, Array(text.utf8))])
      return Audit.run(loaded, ruleSet: rules, options: AuditOptions(window: AuditWindow(year: 2025)))
        .findings.map(\.fingerprint).sorted()
    }
    let moved = "# a comment that moves every line\n\n" + yaml.replacingOccurrences(of: "candidate: p06\n", with: "candidate: p06\n\n")
    #expect(!fingerprints(yaml).isEmpty)
    #expect(fingerprints(yaml) == fingerprints(moved))
  }
}
