import Foundation
import Testing

@testable import ComplyKit

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Bad input never crashes comply and never loses a finding: each hostile input below gives a finding
/// or an error with its location, everything else is still audited, the exit status follows the
/// contract, and time and memory stay bounded. Inputs are generated in a temporary folder, beside a
/// copy of the audit fixture whose known finding must survive.
@Suite struct HostileInputTests {
  static let fixture = Repo.root.appendingPathComponent("Tests/ComplyKitTests/Fixtures/audit")
  static let rules = Result { try Repo.loadRules() }
  static let year2025 = AuditWindow(year: 2025)

  /// The fixture's finding that must be there whatever else the folder holds.
  static func hasKnownFinding(_ result: AuditResult) -> Bool {
    result.findings.contains {
      $0.rule == "meeting.first-topic" && $0.file.relativePath == "meetings/2025-q1.yaml" && $0.mark == Mark(line: 22, column: 33)
    }
  }

  /// A fresh copy of the fixture in a temporary folder, removed afterwards.
  static func withFolder(_ body: (URL) throws -> Void) throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("comply-hostile-\(UUID().uuidString)")
    try FileManager.default.copyItem(at: fixture, to: folder)
    defer {
      chmod(folder.path, 0o755)
      try? FileManager.default.removeItem(at: folder)
    }
    try body(folder)
  }

  /// An empty temporary folder holding only `records.yaml` with `text`, removed afterwards.
  static func withRecords(_ text: String, _ body: (URL) throws -> Void) throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("comply-records-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    try write(text, "records.yaml", in: folder)
    try body(folder)
  }

  /// A branch with a committee, which the monthly schedule rules apply to.
  static let branch = """
    kind: organization
    id: org-zb
    name: 第一支部
    type: 党支部
    committee: [p1]
    members: [p1, p2, p3]
    """

  static func audit(_ folder: URL, jobs: Int = 1) throws -> AuditResult {
    try Audit.run(paths: [folder.path], ruleSet: try rules.get(), options: AuditOptions(window: year2025, jobs: jobs))
  }

  /// The `schema.parse` findings of one file.
  static func parseFindings(_ result: AuditResult, _ file: String) -> [Finding] {
    result.findings.filter { $0.rule == "schema.parse" && $0.file.relativePath == file }
  }

  static func write(_ bytes: [UInt8], _ name: String, in folder: URL) throws {
    try Data(bytes).write(to: folder.appendingPathComponent(name))
  }

  static func write(_ text: String, _ name: String, in folder: URL) throws {
    try write(Array(text.utf8), name, in: folder)
  }

  // MARK: - Alias bombs and nesting

  static let billionLaughs = """
    kind: meeting
    id: m-lol
    a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]
    b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]
    c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]
    d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]
    e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]
    f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]
    g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f, *f]
    h: &h [*g, *g, *g, *g, *g, *g, *g, *g, *g, *g]
    i: &i [*h, *h, *h, *h, *h, *h, *h, *h, *h, *h]

    """

  @Test func billionLaughsIsALocatedFindingAndTheRestIsAudited() throws {
    try Self.withFolder { folder in
      try Self.write(Self.billionLaughs, "bomb.yaml", in: folder)
      let result = try Self.audit(folder)
      let found = Self.parseFindings(result, "bomb.yaml")
      // The first alias that would take the document past the bound (10^6 nodes) is on line 8.
      #expect(found.count == 1)
      #expect(found.first?.mark.line == 8)
      #expect(found.first?.message.en.contains("expands the document past 1000000 nodes") == true, "\(found)")
      #expect(Self.hasKnownFinding(result))
    }
  }

  @Test(arguments: [
    ("flow.yaml", String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)),
    ("block.yaml", String(repeating: "- ", count: 10_000) + "x\n"),
    ("mapping.yaml", String(repeating: "{a: ", count: 10_000) + "1" + String(repeating: "}", count: 10_000)),
    ("deep.json", String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)),
    ("object.json", String(repeating: "{\"a\":", count: 10_000) + "1" + String(repeating: "}", count: 10_000)),
  ])
  func nesting10000DeepIsALocatedFinding(_ name: String, _ text: String) throws {
    try Self.withFolder { folder in
      try Self.write(text, name, in: folder)
      let result = try Self.audit(folder)
      let found = Self.parseFindings(result, name)
      #expect(found.count == 1)
      #expect(found.first?.message.en.contains("deeper than 512 levels") == true, "\(found)")
      #expect(found.first.map { $0.mark.line == 1 && $0.mark.column > 1 } == true, "\(found)")
      #expect(Self.hasKnownFinding(result))
    }
  }

  // MARK: - Big, broken and odd text

  @Test func fiftyMegabyteScalarWithARegexRuleOverIt() throws {
    try Self.withFolder { folder in
      let rulesFolder = folder.appendingPathComponent(".rules")
      try FileManager.default.createDirectory(at: rulesFolder, withIntermediateDirectories: true)
      try Self.write(Self.titleRule(pattern: "第[0-9]+号$"), "title.yaml", in: rulesFolder)
      // 50 MB of text ending in what the rule looks for, so the match has to read to the end.
      var big = Array("kind: meeting\nid: m-big\norg: org-dz\ntype: 党组会议\ndate: 2025-03-20\ntitle: \"".utf8)
      big += repeatElement(UInt8(ascii: "a"), count: 50_000_000)
      big += Array("第12号\"\n".utf8)
      try Self.write(big, "big.yaml", in: folder)
      let run = try CLITests().comply([
        "audit", folder.path, "--period", "2025", "--rules", rulesFolder.path, "--format", "json", "--fail-on", "never",
      ])
      #expect(run.status == 0, "\(run.stderr)")
      let report = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
      let findings = try #require(report["findings"] as? [[String: Any]])
      #expect(findings.contains { $0["rule"] as? String == "test.title-number" && $0["file"] as? String == "big.yaml" })
      #expect(findings.contains { $0["rule"] as? String == "meeting.first-topic" && $0["line"] as? Int == 22 })
    }
  }

  /// A record rule that reports meetings whose title matches `pattern`.
  static func titleRule(pattern: String) -> String {
    """
    id: test.title-number
    kind: record
    severity: warning
    title: {zh: 标题不含文号, en: Titles carry no number}
    basis: [{regulation: 测试}]
    applies_to: {kind: meeting}
    require: "not (title matches '\(pattern)')"
    message: {zh: 标题含文号, en: the title carries a number}
    examples:
      pass: [{records: "kind: meeting\\nid: m1\\ntitle: 学习\\n"}]
      fail: [{records: "kind: meeting\\nid: m1\\ntitle: 学习第1号\\n"}]

    """
  }

  @Test func invalidUTF8IsLocatedAndTheDocumentsBeforeItKept() throws {
    try Self.withFolder { folder in
      var bytes = Array("kind: person\nid: p-ok\nname: 甲\n---\nkind: person\nid: p-bad\nname: 乙".utf8)
      bytes += [0xFF, 0xFE]
      bytes += Array("\n".utf8)
      try Self.write(bytes, "bad.yaml", in: folder)
      let result = try Self.audit(folder)
      let found = Self.parseFindings(result, "bad.yaml")
      #expect(found.map(\.mark) == [Mark(line: 7, column: 8)], "\(found)")
      #expect(found.first?.message.en.contains("invalid UTF-8 byte 0xFF") == true)
      let loaded = RecordLoader().parse([(SourceFile(relativePath: "bad.yaml", displayPath: "bad.yaml"), bytes)])
      #expect(loaded.documents.count == 1)
      #expect(Self.hasKnownFinding(result))
    }
  }

  /// Where each finding is and what it says, for comparing audits of the same records written differently.
  static func positions(_ result: AuditResult) -> [String] {
    result.findings.map { "\($0.file.relativePath):\($0.mark.line):\($0.mark.column) \($0.rule) \($0.message.zh)" }
  }

  @Test func byteOrderMarkAndCRLFChangeNothing() throws {
    let plain = Self.positions(try Self.audit(Self.fixture))
    for (name, transform) in [
      ("BOM", { (text: String) in "\u{FEFF}" + text }),
      ("CRLF", { (text: String) in text.replacingOccurrences(of: "\n", with: "\r\n") }),
      ("BOM+CRLF", { (text: String) in "\u{FEFF}" + text.replacingOccurrences(of: "\n", with: "\r\n") }),
    ] {
      try Self.withFolder { folder in
        let files = try FileManager.default.subpathsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".yaml") }
        for file in files {
          let url = folder.appendingPathComponent(file)
          try transform(try String(contentsOf: url, encoding: .utf8)).write(to: url, atomically: true, encoding: .utf8)
        }
        #expect(Self.positions(try Self.audit(folder)) == plain, "\(name)")
      }
    }
  }

  @Test(arguments: [
    ("empty.yaml", "", "it is empty"), ("blank.yaml", "\n  \n", "it is empty"),
    ("comments.yaml", "# 2025年4月会议记录\n# （待补）\n", "it is only comments"),
    ("bom-only.yaml", "\u{FEFF}", "it is empty"),
  ])
  func fileWithoutRecordsIsAFinding(_ name: String, _ text: String, _ message: String) throws {
    try Self.withFolder { folder in
      try Self.write(text, name, in: folder)
      let result = try Self.audit(folder)
      let found = Self.parseFindings(result, name)
      #expect(found.map(\.mark) == [Mark(line: 1, column: 1)])
      #expect(found.first?.message.en.contains(message) == true, "\(found)")
      #expect(Self.hasKnownFinding(result))
    }
  }

  @Test func emptyJSONIsAFinding() throws {
    try Self.withFolder { folder in
      try Self.write("", "empty.json", in: folder)
      let found = Self.parseFindings(try Self.audit(folder), "empty.json")
      #expect(found.map(\.mark) == [Mark(line: 1, column: 1)])
    }
  }

  // MARK: - The file system

  @Test func directorySymlinkLoopsAreWalkedOnce() throws {
    let plain = Self.positions(try Self.audit(Self.fixture))
    try Self.withFolder { folder in
      let meetings = folder.appendingPathComponent("meetings")
      try FileManager.default.createSymbolicLink(atPath: meetings.appendingPathComponent("up").path, withDestinationPath: "..")
      try FileManager.default.createSymbolicLink(atPath: meetings.appendingPathComponent("here").path, withDestinationPath: ".")
      try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("again").path, withDestinationPath: folder.path)
      try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("loop").path, withDestinationPath: ".")
      let result = try Self.audit(folder)
      #expect(Self.positions(result) == plain)
      #expect(result.files == 5)
    }
  }

  @Test func unreadableFilesAreFindingsAndNothingHangs() throws {
    try Self.withFolder { folder in
      // A link to nothing, a link loop and a named pipe (which would block a plain read forever).
      try FileManager.default.createSymbolicLink(
        atPath: folder.appendingPathComponent("gone.yaml").path, withDestinationPath: "missing.yaml")
      try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("loop-a.yaml").path, withDestinationPath: "loop-b.yaml")
      try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("loop-b.yaml").path, withDestinationPath: "loop-a.yaml")
      #expect(mkfifo(folder.appendingPathComponent("pipe.yaml").path, 0o644) == 0)
      // Mode 000: unreadable, except to root (tests often run as root), who reads it like any file.
      let locked = folder.appendingPathComponent("locked.yaml")
      try "kind: person\nid: p-locked\nname: 丙\n".write(to: locked, atomically: true, encoding: .utf8)
      chmod(locked.path, 0)
      let result = try Self.audit(folder)
      var unreadable = ["gone.yaml", "loop-a.yaml", "loop-b.yaml", "pipe.yaml"]
      if geteuid() != 0 { unreadable.append("locked.yaml") }
      for name in unreadable {
        let found = Self.parseFindings(result, name)
        #expect(found.map(\.mark) == [Mark(line: 1, column: 1)], "\(name)")
        #expect(found.first?.message.en.contains("cannot read this file") == true, "\(name): \(found)")
      }
      if geteuid() == 0 {
        // Root can read a mode-000 file: it is audited like any other (no finding to expect).
        #expect(Self.parseFindings(result, "locked.yaml").isEmpty)
      }
      #expect(Self.hasKnownFinding(result))
    }
  }

  // MARK: - Rules and configs

  @Test func catastrophicRegexIsRefusedAtLoadWithItsLocation() throws {
    try Self.withFolder { folder in
      let rulesFolder = folder.appendingPathComponent(".rules")
      try FileManager.default.createDirectory(at: rulesFolder, withIntermediateDirectories: true)
      let rule = Self.titleRule(pattern: "(a+)+$")
      try Self.write(rule, "title.yaml", in: rulesFolder)
      // `require: "not (title matches '(a+)+$')"`: the group at column 31.
      let line = try #require(rule.components(separatedBy: "\n").firstIndex { $0.hasPrefix("require:") }) + 1
      let expected = "title.yaml:\(line):31: error: require: invalid regular expression: nested repetition"
      do {
        _ = try RuleSet.load(layers: [RuleSet.sources(inDirectory: rulesFolder.path)])
        Issue.record("the rule was loaded")
      } catch let error as RuleLoadErrors {
        #expect(error.description.contains(expected), "\(error)")
      }
      let run = try CLITests().comply(["audit", folder.path, "--rules", rulesFolder.path])
      #expect(run.status == 2)
      #expect(run.stderr.contains(expected), "\(run.stderr)")
    }
  }

  @Test func configNamingMissingFoldersIsRefusedWithLocations() throws {
    try Self.withFolder { folder in
      let config = folder.appendingPathComponent(".comply.yml")
      try "period: 2025\nrule_folders: [my-rules]\ncalendars:\n  - calendars/cn-2027.yaml\n".write(
        to: config, atomically: true, encoding: .utf8)
      do {
        _ = try Config.load(path: config.path, bytes: Array(try Data(contentsOf: config)))
        Issue.record("the config was loaded")
      } catch let error as RuleLoadErrors {
        #expect(error.errors.map { "\($0.location.line):\($0.location.column)" } == ["2:16", "4:5"], "\(error)")
        #expect(error.description.contains("rule folder 'my-rules' does not exist"))
        #expect(error.description.contains("calendar file or folder 'calendars/cn-2027.yaml' does not exist"))
      }
      let run = try CLITests().comply(["audit", folder.path])
      #expect(run.status == 2)
      #expect(run.stderr.contains(".comply.yml:2:16: error: rule folder 'my-rules' does not exist"), "\(run.stderr)")
      #expect(run.stderr.contains(".comply.yml:4:5: error: calendar file or folder"), "\(run.stderr)")
    }
  }

  // MARK: - The command line

  /// Every hostile file at once, audited by the binary: exit 1 (parse problems are findings), each file
  /// named with a location, the fixture's finding still there.
  @Test func allAtOnceThroughTheCommandLine() throws {
    try Self.withFolder { folder in
      try Self.write(Self.billionLaughs, "bomb.yaml", in: folder)
      try Self.write(String(repeating: "[", count: 10_000), "deep.yaml", in: folder)
      try Self.write([0x6B, 0x69, 0x6E, 0x64, 0x3A, 0x20, 0xC3, 0x28, 0x0A], "utf8.yaml", in: folder)
      try Self.write("", "empty.yaml", in: folder)
      try Self.write("# nothing yet\n", "comments.yaml", in: folder)
      try Self.write("\u{FEFF}kind: person\r\nid: p-bom\r\nname: 丁\r\n", "bom-crlf.yaml", in: folder)
      #expect(mkfifo(folder.appendingPathComponent("pipe.yaml").path, 0o644) == 0)
      try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("loop").path, withDestinationPath: ".")
      for jobs in ["1", "2"] {
        let run = try CLITests().comply(["audit", folder.path, "--period", "2025", "--jobs", jobs])
        #expect(run.status == 1)
        for located in [
          "bomb.yaml:8:", "deep.yaml:1:", "utf8.yaml:1:7:", "empty.yaml:1:1:", "comments.yaml:1:1:", "pipe.yaml:1:1:",
          "meetings/2025-q1.yaml:22:33: error:",
        ] {
          #expect(run.stdout.contains(folder.path + "/" + located), "\(located) missing in\n\(run.stdout)")
        }
        #expect(!run.stdout.contains("bom-crlf.yaml"))
      }
    }
  }

  @Test func outputIsTheSameWhateverTheJobsOnSamples() throws {
    let one = try CLITests().comply(["audit", Repo.samples, "--format", "json", "--jobs", "1"])
    let two = try CLITests().comply(["audit", Repo.samples, "--format", "json", "--jobs", "2"])
    #expect(one.status == two.status)
    #expect(!one.stdout.isEmpty)
    #expect(one.stdout == two.stdout)
  }

  @Test func reportsAreWrittenWholeAndInputsNeverChange() throws {
    try Self.withFolder { folder in
      func snapshot() throws -> [String: Data] {
        var files: [String: Data] = [:]
        for path in try FileManager.default.subpathsOfDirectory(atPath: folder.path) where path.hasSuffix(".yaml") {
          files[path] = try Data(contentsOf: folder.appendingPathComponent(path))
        }
        return files
      }
      let before = try snapshot()
      let report = folder.appendingPathComponent("out/report.json")
      // No folder to write into: exit 2 and nothing written.
      let failed = try CLITests().comply(["audit", folder.path, "--format", "json", "--output", report.path])
      #expect(failed.status == 2)
      #expect(!FileManager.default.fileExists(atPath: report.deletingLastPathComponent().path))
      try FileManager.default.createDirectory(at: report.deletingLastPathComponent(), withIntermediateDirectories: true)
      try "old report".write(to: report, atomically: true, encoding: .utf8)
      let run = try CLITests().comply(["audit", folder.path, "--format", "json", "--output", report.path])
      #expect(run.status == 1)
      let written = try Data(contentsOf: report)
      #expect(try JSONSerialization.jsonObject(with: written) is [String: Any])
      // Only the report is there: the temporary file was renamed over it.
      #expect(try FileManager.default.contentsOfDirectory(atPath: report.deletingLastPathComponent().path) == ["report.json"])
      #expect(try snapshot() == before)
    }
  }

  // MARK: - Regressions: crashes found by fuzzing and by these tests

  /// Absurd numbers in records or rules: arithmetic that does not fit is unknown, dates outside
  /// 0000–9999 are no dates; nothing traps.
  @Test func arithmeticThatDoesNotFitIsUnknown() throws {
    let store = makeStore("kind: meeting\nid: m-1\ndate: 2025-03-31\nbig: 9223372036854775807\nsmall: -9223372036854775808\n")
    let index = try #require(store.index(of: "m-1"))
    for source in [
      "big + 1", "small - 1", "big * 2", "small / -1", "small % -1", "date + big", "date - small", "add_days(date, big)",
      "add_months(date, big)", "add_years(date, big)", "add_years(date, 8000)", "date(big, 1, 1)", "date(-1, 1, 1)",
      "sum([big, big], it)", "x / 0",
    ] {
      let expr = try ExpressionParser.parse(source, context: ExpressionContext())
      let value = expr.evaluate(Environment(store: store, root: .record(index), scope: .record(index), variables: [:]))
      #expect(value.isMissing, "\(source)")
    }
    #expect(Day(year: 9_000_000_000_000_000_000, month: 1, day: 1) == nil)
    #expect(Day.first.description == "0000-01-01" && Day.last.description == "9999-12-31")
    #expect(try #require(Day(iso: "9999-12-31")).adding(days: .max) == Day.last)
  }

  @Test func absurdYearsInConfigsAndRecords() throws {
    do {
      _ = try Config.load(path: "c.yml", bytes: Array("period: 9000000000000000000\n".utf8))
      Issue.record("loaded")
    } catch {
      #expect(error.description == "c.yml:1:9: error: period must be a year from 0 to 9999")
    }
    #expect(try CLITests().comply(["audit", Self.fixture.path, "--period", "99999"]).status == 2)
    try Self.withFolder { folder in
      try Self.write("kind: plan\nid: pl-x\norg: org-dz\nyear: 9000000000000000000\n", "plan.yaml", in: folder)
      #expect(Self.hasKnownFinding(try Self.audit(folder)))
    }
  }

  /// A year mistyped by two millennia (found by FuzzAudit and FuzzRules) widens the default window to
  /// 2,000 years: judged and reported in time linear in the months (the schedule grid and the readable
  /// reports were quadratic: half a minute, then minutes).
  @Test func aMistypedYearWidensTheWindowButStaysLinear() throws {
    let records = Self.branch + """

      ---
      kind: plan
      id: pl-typo
      org: org-zb
      type: 党建工作计划
      year: 2025
      issued: 4050-04-15
      title: 计划

      """
    try Self.withRecords(records) { folder in
      let result = try Audit.run(paths: [folder.path], ruleSet: try Self.rules.get(), options: AuditOptions())
      #expect(result.window?.to == Day(iso: "4050-12-31"))
      #expect(result.findings.contains { $0.period == "4050-12" })
      for format in [ReportFormat.html, .markdown] {
        #expect(format.render(ReportContext(result: result, language: .zh)).contains("4050"))
      }
    }
  }

  /// A date typed far in the future (FuzzAudit's find: `8714-03-11` among a year of meetings) gave
  /// 802,788 "missed" months; through the command line, which knows the day of the audit, dates
  /// past the end of its year do not widen the window.
  @Test func aFarFutureDateDoesNotStretchTheCommandLineWindow() throws {
    let records = Self.branch + """

      ---
      kind: meeting
      id: m-1
      org: org-zb
      type: 支部委员会
      date: 2025-03-11
      present: [p1]
      ---
      kind: meeting
      id: m-2
      org: org-zb
      type: 支部委员会
      date: 8714-03-11
      present: [p1]

      """
    try Self.withRecords(records) { folder in
      let run = try CLITests().comply(["audit", folder.path, "--today", "2026-11-29", "--format", "json"])
      let report = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
      let window = try #require(report["window"] as? [String: String])
      // The span of the other dates, rounded out to years; and when every date is past the audit's year,
      // the records' own span as before (above).
      #expect(window == ["from": "2025-01-01", "to": "2025-12-31"])
      let findings = try #require(report["findings"] as? [[String: Any]])
      #expect(findings.count < 100)
    }
  }

  /// A chain `1 + 1 + …` is a tree as deep as it is long: refused at load, not evaluated (or freed) recursively.
  @Test func longExpressionChainsAreRefused() {
    for op in [" + ", " and ", " ?? ", " * "] {
      let source = Array(repeating: "1", count: 100_000).joined(separator: op)
      #expect(throws: ExpressionError.self) { _ = try ExpressionParser.parse(source, context: ExpressionContext()) }
    }
    let path = "x" + String(repeating: ".y", count: 100_000)
    #expect(throws: ExpressionError.self) { _ = try ExpressionParser.parse(path, context: ExpressionContext()) }
  }

  @Test func aHugeUnknownKeyGetsNoSlowSuggestion() throws {
    let key = String(repeating: "x", count: 1_000_000)
    do {
      // An explicit key (`? …`): a plain implicit key may not be longer than 1024 characters in YAML.
      _ = try Config.load(path: "c.yml", bytes: Array("? \(key)\n: 1\n".utf8))
      Issue.record("loaded")
    } catch {
      #expect(error.description.contains("unknown key"))
      #expect(!error.description.contains("did you mean"))
    }
  }
}
