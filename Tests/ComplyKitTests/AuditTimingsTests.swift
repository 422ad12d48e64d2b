import Testing

@testable import ComplyKit

/// `--timings`: every step and every rule is timed, the judged counts are the report's, and timing an
/// audit changes nothing in what it finds.
@Suite struct AuditTimingsTests {
  @Test(arguments: [1, 2]) func everyStepAndRuleIsTimedAndTheFindingsDoNotChange(jobs: Int) throws {
    let rules = try Repo.loadRules()
    let window = AuditWindow(year: 2025)
    let plain = try Audit.run(paths: [Repo.samples], ruleSet: rules, options: AuditOptions(window: window, jobs: jobs))
    let timed = try Audit.run(
      paths: [Repo.samples], ruleSet: rules, options: AuditOptions(window: window, jobs: jobs, timings: true))
    #expect(plain.timings == nil)
    #expect(timed.findings.map(\.fingerprint) == plain.findings.map(\.fingerprint))
    #expect(timed.checked == plain.checked)
    let timings = try #require(timed.timings)
    // Every step of the library's; the report is the caller's to add.
    #expect(Set(timings.steps.keys) == Set(AuditTimings.Step.allCases).subtracting([.report]))
    // Each rule once, the schema checks as one entry, the slowest first.
    let ids = timings.rules.map(\.rule)
    let expected = timed.rules.filter { $0.kind != .schema }.map(\.id) + ["schema.*"]
    #expect(ids.sorted() == expected.sorted())
    #expect(timings.rules.map(\.nanoseconds) == timings.rules.map(\.nanoseconds).sorted(by: >))
    // What a rule judged is what the reports count for it.
    let checked = timed.checked
    for rule in timings.rules where rule.rule != "schema.*" {
      #expect(rule.judged == checked[rule.rule]?.count ?? 0, "\(rule.rule)")
    }
    let schema = try #require(timings.rules.first { $0.rule == "schema.*" })
    #expect(schema.judged == timed.store?.records.filter { $0.knownKind != nil }.count)
  }

  /// With no dated record there is no window and no period: the schedule rules are listed as judging nothing.
  @Test func withoutAWindowEveryRuleIsStillListed() throws {
    let rules = try Repo.loadRules()
    let loaded = RecordLoader().parse([
      (SourceFile(relativePath: "org.yaml", displayPath: "org.yaml"), Array("kind: organization\nid: org-1\nname: 党支部\ntype: 党支部\n".utf8))
    ])
    let result = Audit.run(loaded, ruleSet: rules, options: AuditOptions(timings: true))
    #expect(result.window == nil)
    let timings = try #require(result.timings)
    let expected = result.rules.filter { $0.kind != .schema }.map(\.id) + ["schema.*"]
    #expect(timings.rules.map(\.rule).sorted() == expected.sorted())
    #expect(timings.rules.filter { $0.rule.hasPrefix("branch.") }.allSatisfy { $0.judged == 0 && $0.nanoseconds == 0 })
    #expect(timings.steps[.list] == nil && timings.steps[.store] != nil)
  }

  @Test func theTableListsTheStepsInOrderAndTheBusyRules() {
    var timings = AuditTimings()
    timings.add(.read, nanoseconds: 179_400_000)
    timings.add(.list, nanoseconds: 9_870_000)
    timings.add(.report, nanoseconds: 7_000_000)
    timings.add(rules: [
      .init(rule: "meeting.vote", nanoseconds: 25_200_000, judged: 20_000),
      .init(rule: "notice.contact", nanoseconds: 2_000, judged: 0),
      .init(rule: "schema.*", nanoseconds: 43_700_000, judged: 20_022),
      .init(rule: "study.plan", nanoseconds: 40_000, judged: 0),
    ])
    #expect(
      TimingsReport.render(timings, files: 20_002, records: 20_022, jobs: 1, language: .en) == """
        timings: 20002 files, 20022 records, 1 job (milliseconds)
             9.87  list the files
              179  read and parse the files
             7.00  render and write the report
              196  total

        rules (time summed over the jobs, milliseconds; records or organizations judged; microseconds each)
             43.7     20022       2.18  schema.*
             25.2     20000       1.26  meeting.vote
             0.04         0          -  study.plan
        (1 more rule had nothing to judge)

        """)
    let zh = TimingsReport.render(timings, files: 20_002, records: 20_022, jobs: 2, language: .zh)
    #expect(zh.hasPrefix("用时：20002 个文件，20022 条记录，2 个线程（毫秒）\n     9.87  列出文件\n"))
    #expect(zh.hasSuffix("（另有 1 条规则没有要判定的记录）\n"))
  }
}
