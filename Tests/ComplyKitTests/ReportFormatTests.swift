import Foundation
import Testing

@testable import ComplyKit

/// The SARIF, JUnit and GitHub reports beyond their golden files: waived and known findings, escaping,
/// and the `checked` lists the JUnit report is built from. (Schema validity: scripts/validate-reports.sh.)
@Suite struct ReportFormatTests {
  static let window = AuditWindow(year: 2025)

  /// The golden fixture with `notice.email` waived and `meeting.quorum` in the baseline.
  static func triaged() throws -> AuditResult {
    let result = try GoldenReportTests.audit(jobs: 1)
    let quorum = try #require(result.findings.first { $0.rule == "meeting.quorum" })
    let waiver = Waiver(
      rule: "notice.email", record: "n-2025-01", period: nil, reason: "邮箱暂未开通", approvedBy: "机关党委",
      expires: try #require(Day(iso: "2099-12-31")), location: SourceLocation(path: ".comply.yml", line: 4, column: 5))
    let triage = Triage(
      waivers: [waiver], baseline: Baseline(fingerprints: [quorum.fingerprint]), today: try #require(Day(iso: "2025-06-01")))
    return result.replacingFindings(triage.apply(result.findings))
  }

  static func json(_ text: String) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
  }

  @Test func sarifShowsWaivedFindingsAsSuppressed() throws {
    let result = try Self.triaged()
    let sarif = try Self.json(ReportFormat.sarif.render(ReportContext(result: result, language: .zh)))
    let run = try #require((sarif["runs"] as? [[String: Any]])?.first)
    #expect(run["columnKind"] as? String == "unicodeCodePoints")
    let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
    let rules = try #require(driver["rules"] as? [[String: Any]])
    #expect(rules.count == result.rules.count)
    let results = try #require(run["results"] as? [[String: Any]])
    // Every finding, waived ones too; ruleIndex points at the rule of the same id.
    #expect(results.count == result.findings.count)
    for item in results {
      let index = try #require(item["ruleIndex"] as? Int)
      #expect(rules[index]["id"] as? String == item["ruleId"] as? String)
    }
    let email = try #require(results.first { $0["ruleId"] as? String == "notice.email" })
    let suppression = try #require((email["suppressions"] as? [[String: Any]])?.first)
    #expect(suppression["kind"] as? String == "external")
    #expect(suppression["justification"] as? String == "邮箱暂未开通")
    #expect((email["properties"] as? [String: Any])?["status"] as? String == "waived")
    let quorum = try #require(results.first { $0["ruleId"] as? String == "meeting.quorum" })
    #expect(quorum["suppressions"] == nil)
    #expect((quorum["properties"] as? [String: Any])?["status"] as? String == "known")
    let location = try #require((quorum["locations"] as? [[String: Any]])?.first)
    let logical = try #require((location["logicalLocations"] as? [[String: Any]])?.first)
    #expect(logical["fullyQualifiedName"] as? String == "record/m-2025-03-dz")
  }

  @Test func junitSkipsWaivedFindingsAndCountsAgree() throws {
    let result = try Self.triaged()
    let xml = ReportFormat.junit.render(ReportContext(result: result, language: .zh))
    #expect(xml.contains(#"<testsuite name="notice.email" tests="1" failures="0" errors="0" skipped="1">"#))
    #expect(xml.contains(#"<skipped message="已豁免：邮箱暂未开通（机关党委批准，2099-12-31 到期）"/>"#))
    #expect(xml.contains("实到 4 人，未达到三分之二（会议讨论人事事项）（已知）"))
    let testcases = xml.components(separatedBy: "<testcase ").count - 1
    // A testcase fails once however many findings it has.
    let failures = Set(
      result.findings.filter { $0.waiver == nil }.map {
        $0.rule + "|" + AuditResult.checkedLabel(record: $0.record, file: $0.file, period: $0.period)
      }
    ).count
    #expect(xml.components(separatedBy: "<failure ").count - 1 == result.shownFindings.count)
    #expect(xml.contains(#"<testsuites name="comply" tests="\#(testcases)" failures="\#(failures)" errors="0">"#))
    // Names are unique within each suite.
    var seen: Set<String> = []
    for line in xml.split(separator: "\n") where line.contains("<testcase ") {
      #expect(seen.insert(String(line)).inserted, "duplicate testcase \(line)")
    }
  }

  @Test func githubLeavesOutWaivedFindings() throws {
    let result = try Self.triaged()
    let text = ReportFormat.github.render(ReportContext(result: result, language: .en))
    #expect(!text.contains("notice.email"))
    #expect(text.contains("::error file="))
    #expect(text.contains(" (known)\n"))
    let annotations = text.split(separator: "\n").filter { $0.hasPrefix("::") }
    #expect(annotations.count == result.shownFindings.count)
  }

  @Test func githubEscapingMatchesActionsCore() {
    #expect(GitHubReporter.escapeData("100% a:b, c\r\nd") == "100%25 a:b, c%0D%0Ad")
    #expect(GitHubReporter.escapeProperty("100% a:b, c\r\nd") == "100%25 a%3Ab%2C c%0D%0Ad")
    #expect(GitHubReporter.command(.info) == "notice")
  }

  @Test func xmlEscaping() {
    #expect(JUnitReporter.attribute("a<b & \"c\"\n\td") == "a&lt;b &amp; &quot;c&quot;&#10;&#9;d")
    #expect(JUnitReporter.text("a<b & \"c\"\nd\u{1}") == "a&lt;b &amp; \"c\"\nd\u{FFFD}")
  }

  @Test func sarifNamesAndURIs() {
    #expect(SARIFReporter.upperCamel("party-group.meeting-monthly") == "PartyGroupMeetingMonthly")
    #expect(SARIFReporter.area("schema.parse") == "schema")
    #expect(SARIFReporter.uri("会议 记录\\2025.yaml") == "%E4%BC%9A%E8%AE%AE%20%E8%AE%B0%E5%BD%95/2025.yaml")
  }

  @Test func checkedListsWhatEachRuleJudged() throws {
    let result = try GoldenReportTests.audit(jobs: 1)
    #expect(Set(result.checked.keys) == Set(result.rules.map(\.id)))
    for (_, labels) in result.checked { #expect(labels == Array(Set(labels)).sorted()) }
    #expect(
      result.checked["branch.committee-monthly"] == ["org-zb1 2025-01", "org-zb1 2025-02", "org-zb1 2025-03", "org-zb1 2025-04"])
    #expect(result.checked["schema.parse"]?.contains("broken.yaml") == true)
    // A record or schedule rule's findings are about what it judged.
    let kinds = Dictionary(result.rules.map { ($0.id, $0.kind) }, uniquingKeysWith: { first, _ in first })
    for finding in result.findings where kinds[finding.rule] != .schema {
      let label = AuditResult.checkedLabel(record: finding.record, file: finding.file, period: finding.period)
      #expect(result.checked[finding.rule]?.contains(label) == true, "\(finding.rule) \(label)")
    }
  }

  /// Enough organizations and meetings that the engine splits them between workers.
  @Test func checkedDoesNotDependOnJobs() throws {
    var yaml = ""
    for i in 0..<160 {
      yaml += """
        kind: organization
        id: org-\(i)
        name: 第\(i)党支部
        type: 党支部
        members: [p01, p02, p03]
        committee: [p01, p02]
        secretary: p01
        ---

        """
      let month = Day.pad(i % 12 + 1, 2)
      yaml += """
        kind: meeting
        id: m-\(i)
        org: org-\(i)
        type: 支部委员会
        date: 2025-\(month)-10
        host: p01
        recorder: p02
        present: [p01, p02]
        agenda:
          - {title: 研究工作, category: \(i % 3 == 0 ? "第一议题" : "决策"), speech_date: 2025-01-01}
        ---

        """
    }
    let file = SourceFile(relativePath: "many.yaml", displayPath: "many.yaml")
    let loaded = RecordLoader().parse([(file, Array(yaml.utf8))])
    let rules = try Repo.loadRules()
    let one = Audit.run(loaded, ruleSet: rules, options: AuditOptions(window: Self.window, jobs: 1))
    let four = Audit.run(loaded, ruleSet: rules, options: AuditOptions(window: Self.window, jobs: 4))
    #expect(one.checked["meeting.first-topic"]?.count == 160)
    #expect((one.checked["branch.committee-monthly"]?.count ?? 0) >= 160)
    #expect(one.checked == four.checked)
    let junit = { (r: AuditResult) in ReportFormat.junit.render(ReportContext(result: r, language: .zh)) }
    #expect(junit(one) == junit(four))
    // Enough findings for the JSON report to write them on several cores, in chunks joined in order.
    let json = { (r: AuditResult, jobs: Int) in ReportFormat.json.render(ReportContext(result: r, language: .zh, jobs: jobs)) }
    #expect(one.findings.count >= 3 * 64)
    #expect(json(one, 1) == json(one, 4))
  }

  /// The JSON writer's quoting reads eight bytes at a time while none needs an escape: every byte that
  /// does (controls, quote, backslash) is escaped wherever it falls, and every other byte — non-ASCII
  /// text included — is copied as it is.
  @Test func jsonQuotingEscapesEveryByteThatNeedsIt() throws {
    func reference(_ s: String) -> [UInt8] {
      var out: [UInt8] = [UInt8(ascii: "\"")]
      for byte in s.utf8 {
        switch byte {
        case UInt8(ascii: "\""): out += Array("\\\"".utf8)
        case UInt8(ascii: "\\"): out += Array("\\\\".utf8)
        case UInt8(ascii: "\n"): out += Array("\\n".utf8)
        case UInt8(ascii: "\r"): out += Array("\\r".utf8)
        case UInt8(ascii: "\t"): out += Array("\\t".utf8)
        case ..<0x20: out += Array(String(format: "\\u%04x", Int(byte)).utf8)
        default: out.append(byte)
        }
      }
      return out + [UInt8(ascii: "\"")]
    }
    let specials: [String] = ["\"", "\\", "\n", "\r", "\t", "\u{01}", "\u{1F}", " ", "!", "#", "[", "]", "\u{7F}", "é", "党"]
    for special in specials {
      for position in 0..<20 {
        for length in [position + 1, position + 3, 24] where length > position {
          var text = String(repeating: "a", count: position) + special
          text += String(repeating: "党", count: max(0, length - position - 1) / 3)
          var out: [UInt8] = []
          JSONWriter.quote(text, into: &out)
          #expect(out == reference(text), "\(text.debugDescription)")
        }
      }
    }
    // The bytes written out are the report's text.
    let context = ReportContext(result: try Self.triaged(), language: .zh)
    #expect(ReportFormat.json.renderBytes(context) == Array(ReportFormat.json.render(context).utf8))
    // And so are its pieces, in order (each finding one of them).
    for format in ReportFormat.allCases {
      let chunks = Array(format.renderChunks(context))
      #expect(Array(chunks.joined()) == Array(format.render(context).utf8), "\(format)")
      if format == .json { #expect(chunks.count > context.result.shownFindings.count) }
    }
    // The findings written a batch at a time, on one core or two, make the same text.
    #expect(context.result.shownFindings.count > 3)
    for batch in [1, 2, 3, 1000] {
      for jobs in [1, 2] {
        let context = ReportContext(result: context.result, language: .zh, jobs: jobs)
        let pieces = JSONReporter.renderChunks(context, batch: batch)
        #expect(Array(pieces.joined()) == Array(ReportFormat.json.render(context).utf8), "batch \(batch), jobs \(jobs)")
      }
    }
  }
}
