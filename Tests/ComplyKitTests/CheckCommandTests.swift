import Foundation
import Testing

/// `comply check` end to end: one document before it is published, from a file or standard input.
@Suite struct CheckCommandTests {
  static let text = "Tests/ComplyKitTests/Fixtures/text"
  static let seed = text + "/seed-report.txt"
  static let draft = "Samples/drafts/notice-2025-09-draft.txt"

  func comply(_ arguments: [String], stdin: String? = nil) throws -> CLITests.Run {
    let binary = try #require(CLITests.binary, "the comply executable is built beside the tests")
    let process = Process()
    process.executableURL = binary
    process.arguments = arguments
    process.currentDirectoryURL = Repo.root
    var env = ProcessInfo.processInfo.environment
    env.removeValue(forKey: "COMPLY_RULES")
    env["NO_COLOR"] = "1"
    process.environment = env
    let out = Pipe()
    let err = Pipe()
    let input = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = input
    try process.run()
    if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
    try input.fileHandleForWriting.close()
    let stdout = out.fileHandleForReading.readDataToEndOfFile()
    let stderr = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return CLITests.Run(
      status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
      stderr: String(decoding: stderr, as: UTF8.self))
  }

  @Test func seedDocumentPassesAndShowsItsCounts() throws {
    let run = try comply(["check", Self.seed])
    #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
    #expect(run.stdout.contains("seed-report.txt: 整改通报：问题 24 个，意见建议 4 个，整改措施 71 条"))
    let en = try comply(["check", Self.seed, "--lang", "en"])
    #expect(en.stdout.contains("24 problems, 4 suggestions, 71 measures"))
  }

  @Test func nationalDayDraftReportsTheDatesCountedAndTheMissingPhone() throws {
    let run = try comply(["check", Self.draft])
    #expect(run.status == 1)
    #expect(run.stdout.contains("\(Self.draft):7:1: error: "))
    #expect(run.stdout.contains("只有 4 个工作日（2025-09-29、2025-09-30、2025-10-09、2025-10-10），不足 5 个工作日 [notice.period]"))
    #expect(run.stdout.contains("未写明联系电话，群众无从反映情况 [notice.contact]"))
    #expect(run.stdout.contains("公示期 2025-09-29 至 2025-10-10，计 4 个工作日"))
    let en = try comply(["check", Self.draft, "--lang", "en"])
    #expect(en.stdout.contains("gives no phone number"))
  }

  @Test func goodDraftPasses() throws {
    let run = try comply(["check", "Samples/drafts/notice-2025-06.txt", "Samples"])
    #expect(run.status == 0, "\(run.stdout)")
    #expect(run.stdout.contains("计 5 个工作日"))
  }

  @Test func brokenReportsFailWithTheRightRuleAtTheRightLine() throws {
    let removed = try comply(["check", Self.text + "/report-measure-removed.txt"])
    #expect(removed.status == 1)
    #expect(removed.stdout.contains("report-measure-removed.txt:21:67: error: "))
    #expect(removed.stdout.contains("[report.totals]"))
    #expect(removed.stdout.contains("整改措施 70 条（通报称：问题 24 个，意见建议 4 个，整改措施 71 条）"))
    let missing = try comply(["check", Self.text + "/report-outcome-missing.txt"])
    #expect(missing.status == 1)
    #expect(missing.stdout.contains("report-outcome-missing.txt:119:1: error: "))
    #expect(missing.stdout.contains("[report.items-complete]"))
  }

  @Test func standardInput() throws {
    let seed = try String(contentsOf: Repo.root.appendingPathComponent(Self.seed), encoding: .utf8)
    let run = try comply(["check", "-"], stdin: seed)
    #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
    #expect(run.stdout.contains("-: 整改通报：问题 24 个，意见建议 4 个，整改措施 71 条"))
    let draft = try String(contentsOf: Repo.root.appendingPathComponent(Self.draft), encoding: .utf8)
    let json = try comply(["check", "-", "--format", "json"], stdin: draft)
    #expect(json.status == 1)
    let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
    let findings = try #require(object["findings"] as? [[String: Any]])
    #expect(findings.allSatisfy { $0["file"] as? String == "-" && $0["record"] as? String == "-" })
    #expect(Set(findings.compactMap { $0["rule"] as? String }) == ["notice.period", "notice.contact"])
    let documents = try #require(object["documents"] as? [[String: Any]])
    let period = try #require(documents.first?["period"] as? [String: Any])
    #expect(period["workdays"] as? Int == 4)
    // A YAML record on standard input is read as YAML.
    let yaml = "kind: notice\nid: n-9\npublished: 2025-03-14\nperiod: {start: 2025-03-14, end: 2025-03-20}\n"
    let structured = try comply(["check", "-"], stdin: yaml)
    #expect(structured.status == 1)
    #expect(structured.stdout.contains("-:1:1: error: 任前公示 n-9 未写明联系电话和通讯地址"))
  }

  @Test func jsonShowsTheCounts() throws {
    let run = try comply(["check", Self.seed, "--format", "json"])
    let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
    let document = try #require((object["documents"] as? [[String: Any]])?.first)
    #expect(document["problems"] as? Int == 24)
    #expect(document["suggestions"] as? Int == 4)
    #expect(document["measures"] as? Int == 71)
    #expect((object["summary"] as? [String: Any])?["files"] as? Int == 1)
  }

  /// Context supplies records; findings are only about the document, and missing references are none.
  @Test func contextIsNotJudged() throws {
    let run = try comply(["check", Self.draft, "Samples", "--format", "json"])
    let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
    let findings = try #require(object["findings"] as? [[String: Any]])
    #expect(findings.allSatisfy { $0["file"] as? String == "notice-2025-09-draft.txt" })
    let yaml = "kind: notice\nid: n-9\norg: org-nowhere\n"
    let reference = try comply(["check", "-", "--fail-on", "never"], stdin: yaml)
    #expect(!reference.stdout.contains("schema.reference"))
  }

  @Test func auditStillReadsOnlyRecords() throws {
    let run = try comply(["audit", Self.text])
    #expect(run.status == 0)
    #expect(run.stdout.contains("检查 0 个文件"))
  }

  @Test func badUsageExitsTwo() throws {
    #expect(try comply(["check", "no/such/file.txt"]).status == 2)
    #expect(try comply(["check", Self.text]).status == 2)
    #expect(try comply(["check", Self.seed, "no/such/folder"]).status == 2)
    #expect(try comply(["check", Self.seed, "--format", "pdf"]).status == 2)
  }

  @Test func printRecord() throws {
    let run = try comply(["check", Self.draft, "--print-record"])
    #expect(run.status == 0)
    #expect(run.stdout.contains("period:\n  start: \"2025-09-29\"\n  end: \"2025-10-10\""))
  }
}
