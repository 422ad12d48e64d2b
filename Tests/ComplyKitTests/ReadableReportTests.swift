import Foundation
import Testing

@testable import ComplyKit

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// The reports a person reads (HTML, Markdown, the ledger CSV; their golden files are in
/// GoldenReportTests), the schedule grid they show, the comparison of two audits and the progress
/// callback.
@Suite struct ReadableReportTests {
  static func render(_ format: ReportFormat, _ result: AuditResult, _ language: Language = .zh) -> String {
    format.render(ReportContext(result: result, language: language))
  }

  // MARK: - Schedule grid

  @Test func gridMarksMissingMonthsAndQuarters() throws {
    let result = try GoldenReportTests.audit(jobs: 1)
    #expect(result.schedule.map(\.id) == ["org-dz", "org-zb1"])
    #expect(result.schedule.first?.months.map(\.label) == ["2025-01", "2025-02", "2025-03", "2025-04"])
    let dz = try #require(result.schedule.first { $0.id == "org-dz" })
    let partyGroup = try #require(dz.rows.first { $0.meetingType == "党组会议" })
    #expect(partyGroup.unit == .month)
    #expect(partyGroup.cells.map(\.status) == [.missing, .missing, .held, .missing])
    #expect(partyGroup.missing == ["2025-01", "2025-02", "2025-04"])
    // Yearly types: the year is not wholly inside the window, so nothing is judged.
    #expect(dz.rows.first { $0.meetingType == "民主生活会" }?.cells.map(\.status) == Array(repeating: .notJudged, count: 4))
    #expect(dz.rows.first { $0.meetingType == "支部委员会" }?.unit == nil)

    let zb1 = try #require(result.schedule.first { $0.id == "org-zb1" })
    let committee = try #require(zb1.rows.first { $0.meetingType == "支部委员会" })
    #expect(committee.cells.map(\.held) == [1, 1, 1, 0])
    #expect(committee.cells.map(\.status) == [.held, .held, .held, .missing])
    #expect(committee.rules == ["branch.committee-monthly"])
    // Quarterly: Q1 had none (every month of it marked); April's quarter is not whole in the window.
    let general = try #require(zb1.rows.first { $0.meetingType == "支部党员大会" })
    #expect(general.unit == .quarter)
    #expect(general.cells.map(\.status) == [.periodMissing, .periodMissing, .periodMissing, .notJudged])
    #expect(general.missing == ["2025-Q1"])
    #expect(zb1.rows.first { $0.meetingType == "党小组会" }?.isRequired == false)
    // The grid agrees with the schedule findings.
    let scheduleFindings = result.findings.filter { f in zb1.rows.contains { $0.rules.contains(f.rule) } && f.record == "org-zb1" }
    #expect(scheduleFindings.count == zb1.missingCount)
  }

  @Test func gridFollowsTheOrganizationsLifeAndQuarters() throws {
    let yaml = """
      {kind: organization, id: org-a, name: 甲支部, type: 党支部, members: [p1, p2, p3], secretary: p1, established: 2025-02-10}
      ---
      {kind: organization, id: org-g, name: 甲小组, type: 党小组, members: [p1, p2]}
      ---
      {kind: meeting, id: m1, org: org-a, type: 支部党员大会, date: 2025-05-20, host: p1, recorder: p2, present: [p1, p2, p3], agenda: [{title: 学习, category: 学习}]}
      ---
      {kind: meeting, id: m2, org: org-a, type: 主题党日, date: 2025-03-15, host: p1, recorder: p2, present: [p1, p2, p3], agenda: [{title: 学习, category: 学习}]}
      ---
      {kind: meeting, id: m3, org: org-a, type: 主题党日, date: 2025-03-25, host: p1, recorder: p2, present: [p1, p2, p3], agenda: [{title: 学习, category: 学习}]}
      """
    let file = SourceFile(relativePath: "t.yaml", displayPath: "t.yaml")
    let loaded = RecordLoader().parse([(file, Array(yaml.utf8))])
    let window = try #require(AuditWindow(year: 2025))
    let result = Audit.run(loaded, ruleSet: try Repo.loadRules(), options: AuditOptions(window: window))
    let org = try #require(result.schedule.first { $0.id == "org-a" })
    #expect(org.months.count == 12)
    let themeDay = try #require(org.rows.first { $0.meetingType == "主题党日" })
    // Set up on 10 February: January and February are not judged; two in March count as two.
    #expect(Array(themeDay.cells.prefix(4)) == [
      ScheduleCell(held: 0, status: .notJudged), ScheduleCell(held: 0, status: .notJudged),
      ScheduleCell(held: 2, status: .held), ScheduleCell(held: 0, status: .missing),
    ])
    let general = try #require(org.rows.first { $0.meetingType == "支部党员大会" })
    #expect(Array(general.cells.prefix(6).map(\.status)) == [.notJudged, .notJudged, .notJudged, .notDue, .held, .notDue])
    #expect(general.missing == ["2025-Q3", "2025-Q4"])
    let group = try #require(result.schedule.first { $0.id == "org-g" })
    #expect(group.rows.filter(\.isRequired).map(\.meetingType) == ["党小组会"])
  }

  // MARK: - HTML

  @Test func htmlIsWellFormedAndHoldsEveryFindingAndOrganization() throws {
    let result = try ReportFormatTests.triaged()
    let html = Self.render(.html, result)
    try Self.checkBalanced(html)
    #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"zh-CN\">"))
    // Self-contained: nothing fetched.
    for needle in ["http://", "https://", "<link", " src=", "@import", "url("] { #expect(!html.contains(needle), "\(needle)") }
    for finding in result.shownFindings {
      #expect(html.contains(HTMLReporter.escape(finding.message.zh)), "\(finding.rule) \(finding.message.zh)")
      #expect(html.contains(HTMLReporter.escape(finding.location.description)))
    }
    for org in result.schedule { #expect(html.contains(HTMLReporter.escape(org.name))) }
    // The waived finding is not listed; the known one is marked.
    #expect(!html.contains("notice.email"))
    #expect(html.components(separatedBy: "<li class=\"finding\"").count - 1 == result.shownFindings.count)
    #expect(html.contains("<span class=\"known\">已知</span>"))
    #expect(html.contains("另有 1 个问题已豁免"))
    #expect(html.contains("<td class=\"missing q\" title=\"支部委员会 2025-04：未召开（每月要求）\">✗</td>"))
    #expect(html.contains("<td class=\"period q\" title="))

    #if canImport(FoundationXML) || os(macOS)
      let document = try XMLDocument(xmlString: html, options: [])
      let items = try document.nodes(forXPath: "//li[@class='finding']")
      #expect(items.count == result.shownFindings.count)
      let texts = items.compactMap(\.stringValue)
      for finding in result.shownFindings {
        #expect(texts.contains { $0.contains(finding.message.zh) }, "\(finding.message.zh)")
      }
      let grids = try document.nodes(forXPath: "//article[@class='org']//table[@class='grid']")
      #expect(grids.count == result.schedule.count)
    #endif
  }

  /// The report of Samples/ (whatever they hold now): every organization's year, every finding, and
  /// every schedule finding either a missing period in its grid or listed under it.
  @Test func samplesReportShowsEveryOrganizationAndFinding() throws {
    let result = try Audit.run(
      paths: [Repo.samples], ruleSet: try Repo.loadRules(), options: AuditOptions(window: AuditWindow(year: 2025)))
    let html = Self.render(.html, result)
    try Self.checkBalanced(html)
    #expect(!result.schedule.isEmpty)
    for org in result.schedule {
      #expect(html.contains("<h3>\(HTMLReporter.escape(org.name))"), "\(org.id)")
      #expect(org.months.count == 12)
    }
    for finding in result.shownFindings {
      #expect(html.contains(HTMLReporter.escape(finding.message.zh)), "\(finding.rule) \(finding.message.zh)")
    }
    let report = ReadableReport(result, language: .zh)
    for org in result.schedule {
      let noted = Set(report.scheduleNotes(org).map(\.item.number))
      for item in report.items where item.finding.record == org.id && item.finding.period != nil {
        let period = item.finding.period ?? ""
        let inGrid = org.rows.contains { $0.rules.contains(item.finding.rule) && $0.missing.contains(period) }
        #expect(inGrid || noted.contains(item.number), "\(item.finding.rule) \(period) shown nowhere in \(org.id)'s grid")
      }
    }
  }

  @Test func htmlEscapesRecordText() throws {
    #expect(HTMLReporter.escape("<script>&\"'") == "&lt;script&gt;&amp;&quot;&#39;")
    #expect(HTMLReporter.escape("a\u{1}b") == "a\u{FFFD}b")
    #expect(!HTMLReporter.css.contains("<") && !HTMLReporter.css.contains("&"))
    #expect(!HTMLReporter.script.contains("<") && !HTMLReporter.script.contains("&"))
  }

  /// Every tag closed in order (void elements written `<x/>`), script and style in CDATA.
  static func checkBalanced(_ html: String) throws {
    var stack: [String] = []
    var rest = Substring(html)
    while let open = rest.firstIndex(of: "<") {
      rest = rest[open...]
      if rest.hasPrefix("<!DOCTYPE") || rest.hasPrefix("<!--") {
        let end = try #require(rest.firstIndex(of: ">"))
        rest = rest[rest.index(after: end)...]
        continue
      }
      if rest.hasPrefix("<![CDATA[") {
        let end = try #require(rest.range(of: "]]>"))
        rest = rest[end.upperBound...]
        continue
      }
      let end = try #require(rest.firstIndex(of: ">"), "unclosed tag")
      let tag = rest[rest.index(after: open)..<end]
      rest = rest[rest.index(after: end)...]
      if tag.hasPrefix("/") {
        let name = String(tag.dropFirst())
        #expect(stack.last == name, "</\(name)> closes <\(stack.last ?? "nothing")>")
        if stack.last == name { stack.removeLast() }
      } else if !tag.hasSuffix("/") {
        let name = String(tag.prefix { !$0.isWhitespace })
        #expect(name.allSatisfy { $0.isLetter || $0.isNumber }, "odd tag <\(tag)>")
        stack.append(name)
      }
    }
    #expect(stack.isEmpty, "unclosed: \(stack)")
  }

  // MARK: - Markdown and the ledger

  @Test func markdownAndLedgerNumberTheSameFindings() throws {
    let result = try ReportFormatTests.triaged()
    let markdown = Self.render(.markdown, result)
    let csv = Self.render(.csv, result)
    #expect(csv.hasPrefix("\u{FEFF}序号,问题,依据,所属组织,记录,位置,严重程度,责任领导,责任部门,责任人,整改措施,整改时限,整改状态,"))
    #expect(csv.hasSuffix("\r\n"))
    let rows = try Self.parseCSV(String(csv.dropFirst()))
    #expect(rows.count == result.shownFindings.count + 1)
    #expect(rows.allSatisfy { $0.count == LedgerCSVReporter.header.count })
    #expect(rows.dropFirst().map { $0[0] } == (1...result.shownFindings.count).map(String.init))
    // Every shown finding once, the waived one not at all; the fill-in columns empty.
    #expect(Set(rows.dropFirst().map { $0[14] }) == Set(result.shownFindings.map(\.fingerprint)))
    #expect(rows.dropFirst().allSatisfy { $0[7..<13].allSatisfy(\.isEmpty) })
    let quorum = try #require(rows.first { $0[13] == "meeting.quorum" })
    #expect(quorum[3] == "市文联党组")
    #expect(quorum[6] == "错误")
    #expect(quorum[15] == "已知问题（基线中已有）")
    // The same number in the Markdown report.
    #expect(markdown.contains("\(quorum[0]). \(MarkdownReporter.inline(quorum[1]))（已知）"))
    #expect(!markdown.contains("notice.email"))
    let committee = try #require(rows.first { $0[13] == "branch.committee-monthly" })
    #expect(committee[4] == "org-zb1（2025-04）")
  }

  @Test func csvQuotesAsRFC4180AndDisarmsFormulas() throws {
    #expect(CSVWriter.field("plain 中文") == "plain 中文")
    #expect(CSVWriter.field("a,b") == "\"a,b\"")
    #expect(CSVWriter.field("say \"hi\"") == "\"say \"\"hi\"\"\"")
    #expect(CSVWriter.field("two\nlines") == "\"two\nlines\"")
    #expect(CSVWriter.field("=HYPERLINK(\"x\")") == "\"'=HYPERLINK(\"\"x\"\")\"")
    #expect(CSVWriter.field("-1") == "'-1")
    // A quote or a comma with a combining mark after it is one character but still a quote or a comma.
    #expect(CSVWriter.field("a\"\u{301}b") == "\"a\"\"\u{301}b\"")
    #expect(CSVWriter.field("a,\u{301}b") == "\"a,\u{301}b\"")
    let text = CSVWriter.render(header: ["a", "b"], rows: [["1", "x,y"], ["2", "q\"r\ns"], ["3", "é\"\u{301}, x"]])
    #expect(
      try Self.parseCSV(String(text.dropFirst()))
        == [["a", "b"], ["1", "x,y"], ["2", "q\"r\ns"], ["3", "é\"\u{301}, x"]])
  }

  /// A strict RFC 4180 reader (CRLF records), to read back what the writer wrote. By Unicode scalars,
  /// as a CSV reader reads bytes: a quote followed by a combining mark is still a quote.
  static func parseCSV(_ text: String) throws -> [[String]] {
    var rows: [[String]] = []
    var row: [String] = []
    var field = ""
    var quoted = false
    var scalars = Array(text.unicodeScalars)
    var i = 0
    scalars.append("\u{0}")
    while i < scalars.count - 1 {
      let c = scalars[i]
      if quoted {
        if c == "\"" {
          if scalars[i + 1] == "\"" {
            field.unicodeScalars.append("\"")
            i += 1
          } else {
            quoted = false
          }
        } else {
          field.unicodeScalars.append(c)
        }
      } else if c == "\"" {
        #expect(field.isEmpty, "a quote inside an unquoted field")
        quoted = true
      } else if c == "," {
        row.append(field)
        field = ""
      } else if c == "\r", scalars[i + 1] == "\n" {
        row.append(field)
        rows.append(row)
        row = []
        field = ""
        i += 1
      } else {
        #expect(c != "\n" && c != "\r", "a bare line break")
        field.unicodeScalars.append(c)
      }
      i += 1
    }
    #expect(!quoted && field.isEmpty && row.isEmpty, "the last record ends with CRLF")
    return rows
  }

  // MARK: - Comparison

  static func report(_ findings: [(rule: String, record: String, fingerprint: String)]) -> String {
    let items = findings.enumerated().map { i, f in
      """
      {"rule": "\(f.rule)", "severity": "error", "record": "\(f.record)", "kind": "meeting", "org": "org-a", "period": null,
       "file": "m.yaml", "line": \(i + 1), "column": 1, "message": "问题 \(f.record)", "basis": "依据", "fingerprint": "\(f.fingerprint)"}
      """
    }
    return #"{"tool": {"name": "comply"}, "findings": ["# + items.joined(separator: ",\n") + "]}"
  }

  @Test func comparisonCountsFixedOpenAndNew() throws {
    let old = Self.report([("r1", "a", "f-a"), ("r1", "b", "f-b"), ("r2", "c", "f-c"), ("r2", "d", "f-d"), ("r3", "e", "f-e")])
    let new = Self.report([("r1", "b", "f-b"), ("r2", "d", "f-d"), ("r3", "x", "f-x"), ("r1", "a2", "f-a")])
    let comparison = ReportComparison(
      old: try ReportComparison.items(path: "old.json", bytes: Array(old.utf8)),
      new: try ReportComparison.items(path: "new.json", bytes: Array(new.utf8)))
    #expect(comparison.fixed.map(\.record) == ["c", "e"])
    #expect(comparison.open.map(\.record) == ["b", "d", "a2"])
    #expect(comparison.new.map(\.record) == ["x"])
    #expect(comparison.total == 5)
    #expect(comparison.sentence(.zh) == "共发现问题5个，已整改2个，尚未整改3个，新发现1个。")
    let text = comparison.render(.text, language: .zh)
    #expect(text.hasPrefix("已整改（2）：\n  m.yaml:3:1: error: 问题 c [r2]\n"))
    #expect(text.hasSuffix("\n共发现问题5个，已整改2个，尚未整改3个，新发现1个。\n"))
    let csv = try Self.parseCSV(String(comparison.render(.csv, language: .zh).dropFirst()))
    #expect(csv.first == ReportComparison.csvHeader)
    #expect(csv.dropFirst().map { $0[1] } == ["已整改", "已整改", "尚未整改", "尚未整改", "尚未整改", "新发现"])
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(comparison.render(.json, language: .zh).utf8)) as? [String: Any])
    let summary = try #require(json["summary"] as? [String: Int])
    #expect(summary == ["found": 5, "fixed": 2, "open": 3, "new": 1])
  }

  @Test func comparisonOfTwoRealAudits() throws {
    let rules = try Repo.loadRules()
    let fixture = GoldenReportTests.fixture
    func audit(to: String) throws -> String {
      let window = AuditWindow(from: try #require(Day(iso: "2025-01-01")), to: try #require(Day(iso: to)))
      let result = try Audit.run(paths: [fixture], ruleSet: rules, options: AuditOptions(window: window))
      return Self.render(.json, result)
    }
    let april = try audit(to: "2025-04-30")
    let march = try audit(to: "2025-03-31")
    let before = try ReportComparison.items(path: "april.json", bytes: Array(april.utf8))
    let after = try ReportComparison.items(path: "march.json", bytes: Array(march.utf8))
    let comparison = ReportComparison(old: before, new: after)
    let (oldPrints, newPrints) = (Set(before.map(\.fingerprint)), Set(after.map(\.fingerprint)))
    #expect(comparison.fixed.count == oldPrints.subtracting(newPrints).count)
    #expect(comparison.open.count == oldPrints.intersection(newPrints).count)
    #expect(comparison.new.count == newPrints.subtracting(oldPrints).count)
    // April's missed meetings are out of a window that ends in March.
    #expect(comparison.fixed.contains { $0.rule == "branch.committee-monthly" && $0.period == "2025-04" })
    #expect(comparison.total == before.count)
    // A report compared with itself: everything still open.
    let same = ReportComparison(old: before, new: before)
    #expect(same.fixed.isEmpty && same.new.isEmpty && same.open.count == before.count)
  }

  @Test func comparisonRefusesWhatIsNotAReport() {
    #expect(throws: RuleLoadErrors.self) { try ReportComparison.items(path: "x.json", bytes: Array("{\"a\": 1}".utf8)) }
    #expect(throws: RuleLoadErrors.self) { try ReportComparison.items(path: "x.json", bytes: Array("{".utf8)) }
  }

  // MARK: - Progress

  final class Calls: @unchecked Sendable {
    private let lock = NSLock()
    private var calls: [(Int, Int)] = []
    func add(_ done: Int, _ total: Int) { lock.withLock { calls.append((done, total)) } }
    var all: [(Int, Int)] { lock.withLock { calls } }
  }

  @Test func progressCountsFilesAndRulesAndChangesNothing() throws {
    let rules = try Repo.loadRules()
    let calls = Calls()
    let window = AuditWindow(year: 2025)
    var options = AuditOptions(window: window, jobs: 2)
    options.progress = { done, total in calls.add(done, total) }
    let with = try Audit.run(paths: [Repo.samples], ruleSet: rules, options: options)
    let without = try Audit.run(paths: [Repo.samples], ruleSet: rules, options: AuditOptions(window: window, jobs: 2))
    #expect(Self.render(.json, with) == Self.render(.json, without))
    #expect(Self.render(.html, with) == Self.render(.html, without))
    let all = calls.all
    let last = try #require(all.last)
    #expect(last.0 == last.1)
    #expect(last.1 == with.files + with.rules.count)
    #expect(zip(all, all.dropFirst()).allSatisfy { $0.0 <= $1.0 && $0.1 <= $1.1 })
  }

  // MARK: - Command line

  @Test func cliWritesReadableFormatsAndCompares() throws {
    let cli = CLITests()
    let html = try cli.comply(["audit", "Samples/", "--format", "html"])
    #expect(html.status == 1)
    #expect(html.stdout.hasPrefix("<!DOCTYPE html>"))
    // No progress bar when standard error is not a terminal.
    #expect(html.stderr.isEmpty)
    let csv = try cli.comply(["audit", "Samples/", "--format", "csv"])
    #expect(csv.stdout.hasPrefix("\u{FEFF}序号,"))
    #expect(try cli.comply(["audit", "Samples/", "--format", "markdown"]).stdout.hasPrefix("# 党组织记录审计报告"))

    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("comply-compare-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let old = folder.appendingPathComponent("old.json").path
    let new = folder.appendingPathComponent("new.json").path
    try Self.report([("r1", "a", "f-a"), ("r1", "b", "f-b")]).write(toFile: old, atomically: true, encoding: .utf8)
    try Self.report([("r1", "b", "f-b"), ("r1", "c", "f-c")]).write(toFile: new, atomically: true, encoding: .utf8)
    let compared = try cli.comply(["compare", old, new])
    #expect(compared.status == 0)
    #expect(compared.stdout.hasSuffix("共发现问题2个，已整改1个，尚未整改1个，新发现1个。\n"))
    let asCSV = try cli.comply(["compare", old, new, "--format", "csv"])
    #expect(asCSV.stdout.hasPrefix("\u{FEFF}序号,整改情况,"))
    #expect(try cli.comply(["compare", old, folder.appendingPathComponent("missing.json").path]).status == 2)
  }
}
