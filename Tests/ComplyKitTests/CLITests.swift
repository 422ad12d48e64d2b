import Foundation
import Testing

/// The `comply` executable end to end: exit statuses, formats, rule loading errors.
@Suite struct CLITests {
  struct Run {
    let status: Int32
    let stdout: String
    let stderr: String
  }

  static var binary: URL? {
    let candidates = [
      URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("comply"),
      Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("comply"),
      Bundle.main.bundleURL.appendingPathComponent("comply"),
    ]
    return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
  }

  func comply(_ arguments: [String], environment: [String: String] = [:]) throws -> Run {
    let binary = try #require(Self.binary, "the comply executable is built beside the tests")
    let process = Process()
    process.executableURL = binary
    process.arguments = arguments
    process.currentDirectoryURL = Repo.root
    var env = ProcessInfo.processInfo.environment
    env.removeValue(forKey: "COMPLY_RULES")
    for (key, value) in environment { env[key] = value }
    process.environment = env
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let stdout = out.fileHandleForReading.readDataToEndOfFile()
    let stderr = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Run(
      status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
      stderr: String(decoding: stderr, as: UTF8.self))
  }

  static let fixture = "Tests/ComplyKitTests/Fixtures/audit"

  @Test func findingsExitOne() throws {
    let run = try comply(["audit", Self.fixture, "--period", "2025"])
    #expect(run.status == 1)
    #expect(run.stdout.contains("Tests/ComplyKitTests/Fixtures/audit/meetings/2025-q1.yaml:22:33: error: "))
    #expect(run.stdout.contains("[meeting.first-topic]"))
  }

  @Test func timingsGoToStandardErrorAndLeaveTheReportAlone() throws {
    let plain = try comply(["audit", Self.fixture, "--period", "2025", "--format", "json"])
    let timed = try comply(["audit", Self.fixture, "--period", "2025", "--format", "json", "--timings", "--lang", "en"])
    #expect(timed.status == plain.status)
    #expect(plain.stderr.isEmpty)
    let english = try comply(["audit", Self.fixture, "--period", "2025", "--format", "json", "--lang", "en"])
    #expect(timed.stdout == english.stdout)
    for line in ["list the files", "read and parse the files", "render and write the report", "total", "schema.*", "meeting.first-topic"] {
      #expect(timed.stderr.contains(line), "\(line)")
    }
  }

  @Test func failOnNeverExitsZeroAndFormatDoesNotChangeStatus() throws {
    #expect(try comply(["audit", Self.fixture, "--fail-on", "never"]).status == 0)
    for format in ["text", "json", "sarif", "junit", "github", "markdown", "html", "csv"] {
      #expect(try comply(["audit", Self.fixture, "--format", format]).status == 1, "\(format)")
      #expect(try comply(["audit", Self.fixture, "--format", format, "--fail-on", "never"]).status == 0, "\(format)")
    }
  }

  @Test func jsonFollowsTheContract() throws {
    let run = try comply(["audit", Self.fixture, "--from", "2025-01-01", "--to", "2025-04-30", "--format", "json"])
    let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
    #expect((object["tool"] as? [String: Any])?["name"] as? String == "comply")
    #expect((object["window"] as? [String: Any])?["from"] as? String == "2025-01-01")
    let findings = try #require(object["findings"] as? [[String: Any]])
    let first = try #require(findings.first)
    for key in ["rule", "severity", "record", "kind", "org", "period", "file", "line", "column", "message", "basis", "fingerprint"] {
      #expect(first.keys.contains(key), "finding lacks \(key)")
    }
  }

  @Test func badUsageExitsTwo() throws {
    #expect(try comply(["audit", "no/such/folder"]).status == 2)
    #expect(try comply(["audit", Self.fixture, "--format", "pdf"]).status == 2)
    #expect(try comply(["audit", Self.fixture, "--period", "2025", "--from", "2025-01-01", "--to", "2025-02-01"]).status == 2)
    #expect(try comply(["frobnicate"]).status == 2)
  }

  /// `audit` and `check` refuse the same unusable window, job count or day, with the same message.
  @Test(arguments: [
    (["--period", "2025", "--from", "2025-01-01", "--to", "2025-02-01"], "give --period or --from/--to, not both"),
    (["--from", "2025-01-01"], "--from and --to go together"),
    (["--from", "2025-13-01", "--to", "2025-12-31"], "--from must be a date YYYY-MM-DD"),
    (["--from", "2025-03-01", "--to", "2025-02-01"], "--to is before --from"),
    (["--period", "10000"], "--period must be a year from 0 to 9999"),
    (["--jobs", "0"], "--jobs must be at least 1"),
    (["--today", "tomorrow"], "--today must be a date YYYY-MM-DD"),
  ])
  func windowOptionsAreCheckedAlikeByAuditAndCheck(options: [String], message: String) throws {
    for command in [["audit", Self.fixture], ["check", "Samples/notices/n-2025-01.yaml"]] {
      let run = try comply(command + options)
      #expect(run.status == 2, "\(command[0]) \(options)")
      #expect(run.stderr.contains(message), "\(command[0]) \(options): \(run.stderr)")
    }
  }

  @Test func outputFileHoldsWhatStandardOutputWouldAndAnUnwritableOneIsRefused() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("comply-output-cli-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("report.json").path
    let printed = try comply(["audit", Self.fixture, "--format", "json"])
    let written = try comply(["audit", Self.fixture, "--format", "json", "--output", path])
    #expect(written.status == printed.status && written.stdout.isEmpty)
    #expect(try String(contentsOfFile: path, encoding: .utf8) == printed.stdout)
    let missing = folder.appendingPathComponent("no-such-folder/report.json").path
    let refused = try comply(["audit", Self.fixture, "--format", "json", "--output", missing])
    #expect(refused.status == 2)
    #expect(refused.stderr.contains("\(missing): error: cannot write: \(String(cString: strerror(ENOENT)))"), "\(refused.stderr)")
  }

  @Test func typoedRuleFileIsRefusedWithItsLocation() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("comply-cli-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let source = try String(contentsOfFile: Repo.rules + "/meeting/quorum.yaml", encoding: .utf8)
    let broken = source.replacingOccurrences(of: "applies_to:", with: "applies_too:")
    try broken.write(to: folder.appendingPathComponent("quorum.yaml"), atomically: true, encoding: .utf8)
    let run = try comply(["audit", Self.fixture, "--rules", folder.path])
    #expect(run.status == 2)
    let line = broken.components(separatedBy: "\n").firstIndex { $0.hasPrefix("applies_too:") }.map { $0 + 1 }
    #expect(run.stderr.contains("quorum.yaml:\(line ?? 0):1: error: unknown key 'applies_too'"), "\(run.stderr)")
  }

  @Test func shippedRulesAreFoundOutsideTheSourceTree() throws {
    let run = try comply(["rules", "list", "--format", "json"])
    #expect(run.status == 0)
    let rules = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]])
    #expect(rules.contains { $0["id"] as? String == "meeting.first-topic" })
  }

  @Test func rulesTestRunsEveryExample() throws {
    let run = try comply(["rules", "test"])
    #expect(run.status == 0, "\(run.stdout)")
    #expect(run.stdout.contains(" passed, 0 failed"))
  }

  @Test func explainGivesBothLanguages() throws {
    let run = try comply(["explain", "notice.period"])
    #expect(run.status == 0)
    #expect(run.stdout.contains("依据") && run.stdout.contains("Basis"))
    #expect(try comply(["explain", "no.such-rule"]).status == 2)
  }

  @Test func baselineTurnsTodaysFindingsIntoKnownOnes() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("comply-baseline-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let baseline = folder.appendingPathComponent("baseline.json").path
    let first = try comply(["audit", Self.fixture, "--period", "2025", "--write-baseline", baseline])
    #expect(first.status == 1)
    let second = try comply(["audit", Self.fixture, "--period", "2025", "--baseline", baseline])
    #expect(second.status == 0, "\(second.stdout)")
    #expect(second.stdout.contains("（已知）"))
  }

  @Test func aNewViolationStillFailsOverABaseline() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("comply-baseline-new-\(UUID().uuidString)")
    let records = folder.appendingPathComponent("records")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    try FileManager.default.copyItem(at: Repo.root.appendingPathComponent(Self.fixture), to: records)
    let baseline = folder.appendingPathComponent("baseline.json").path
    _ = try comply(["audit", records.path, "--period", "2025", "--write-baseline", baseline])
    #expect(try comply(["audit", records.path, "--period", "2025", "--baseline", baseline]).status == 0)
    // Lines move (a comment on top) and a new violation is planted: only the new one fails.
    let meetings = records.appendingPathComponent("meetings/2025-q1.yaml")
    let text = try String(contentsOf: meetings, encoding: .utf8)
    try ("# 补录\n\n" + text + """
      ---
      kind: meeting
      id: m-2025-03-zb-new
      org: org-zb1
      type: 支部委员会
      date: 2025-03-20
      host: p01
      recorder: p02
      present: [p01, p02, p03]
      agenda:
        - {title: 研究发展党员工作, category: 决策}

      """).write(to: meetings, atomically: true, encoding: .utf8)
    let run = try comply(["audit", records.path, "--period", "2025", "--baseline", baseline, "--format", "json"])
    #expect(run.status == 1)
    let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
    let findings = try #require(object["findings"] as? [[String: Any]])
    let new = findings.filter { $0["status"] as? String == "new" }
    #expect(new.map { $0["record"] as? String } == ["m-2025-03-zb-new"], "\(new)")
    #expect(findings.count > new.count)
  }

  @Test func waiversHideUntilTheyExpire() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("comply-waiver-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let config = folder.appendingPathComponent("comply.yml")
    try """
      window: {from: 2025-01-01, to: 2025-04-30}
      rules:
        meeting.first-topic: off
      waivers:
        - {rule: branch.committee-monthly, record: org-zb1, period: 2025-04, reason: 书记脱产学习, approved_by: 机关党委, expires: 2026-03-31}
      """.write(to: config, atomically: true, encoding: .utf8)
    let active = try comply(["audit", Self.fixture, "--config", config.path, "--today", "2026-01-10"])
    #expect(!active.stdout.contains("branch.committee-monthly"))
    #expect(!active.stdout.contains("meeting.first-topic"))
    #expect(active.stdout.contains("另有 1 个已豁免"))
    let expired = try comply(["audit", Self.fixture, "--config", config.path, "--today", "2026-04-01"])
    #expect(expired.stdout.contains("豁免已于 2026-03-31 到期"))
    try "rules:\n  meeting.frist-topic: off\n".write(to: config, atomically: true, encoding: .utf8)
    let bad = try comply(["audit", Self.fixture, "--config", config.path])
    #expect(bad.status == 2)
    #expect(bad.stderr.contains("comply.yml:2:3: error: unknown rule 'meeting.frist-topic' (did you mean 'meeting.first-topic'?)"))
  }
}
