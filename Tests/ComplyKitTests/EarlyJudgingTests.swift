import Foundation
import Testing

@testable import ComplyKit

/// Meetings judged as they are read and kept cut down (`RecordKeeping.cutDown`) give the findings the
/// whole trees give — on the samples, in a window, and on folders made to take each slow path.
@Suite struct EarlyJudgingTests {
  static let ruleSet: RuleSet? = try? Repo.loadRules()

  /// Everything a report shows of an audit, one line a finding, then what each rule judged.
  static func report(_ paths: [String], _ keeping: RecordKeeping, window: AuditWindow? = nil, jobs: Int = 1) throws -> (
    lines: [String], result: AuditResult
  ) {
    let ruleSet = try #require(ruleSet)
    var options = AuditOptions(window: window, jobs: jobs)
    options.recordKeeping = keeping
    let result = try Audit.run(paths: paths, ruleSet: ruleSet, options: options)
    var lines = result.findings.map(RuleReadsTests.describe)
    for (rule, labels) in result.checked.sorted(by: { $0.key < $1.key }) { lines.append("\(rule): \(labels.joined(separator: " "))") }
    lines.append("files \(result.files) records \(result.records)")
    return (lines, result)
  }

  static func expectSame(_ paths: [String], window: AuditWindow? = nil) throws {
    for jobs in [1, 2] {
      let whole = try report(paths, .whole, window: window, jobs: jobs)
      let cut = try report(paths, .cutDown, window: window, jobs: jobs)
      #expect(whole.lines == cut.lines, "\(paths) with \(jobs) jobs")
    }
  }

  @Test func samples() throws {
    try Self.expectSame([Repo.samples])
  }

  @Test func samplesInAWindow() throws {
    try Self.expectSame([Repo.samples], window: AuditWindow(year: 2025))
    try Self.expectSame([Repo.samples], window: AuditWindow(from: Day(year: 2025, month: 7, day: 1)!, to: Day(year: 2025, month: 9, day: 30)!))
  }

  /// The path is taken: the store holds the samples' meetings cut down (no `host`), or whole — all but
  /// those of `2025-09.yaml`, which holds a record of a misspelt kind (`kind: meetng`) and is read whole.
  @Test func meetingsAreCutDown() throws {
    let cut = try #require(try Self.report([Repo.samples], .cutDown).result.store)
    let whole = try #require(try Self.report([Repo.samples], .whole).result.store)
    let meetings = { (store: RecordStore) in store.indices(of: "meeting").map { store.records[$0] } }
    let withHost = { (store: RecordStore) in Set(meetings(store).filter { $0["host"] != nil }.map { store.files[$0.file].relativePath }) }
    #expect(withHost(whole).count > 10)
    #expect(withHost(cut) == ["meetings/2025-09.yaml"])
    #expect(meetings(cut).count == meetings(whole).count)
  }

  static let registry = """
    kind: organization
    id: o1
    name: 第一支部
    type: 党支部
    members: [p1, p2, p3]
    committee: [p1]
    secretary: p1
    ---
    kind: person
    id: p1
    name: 张三
    ---
    kind: person
    id: p2
    name: 李四
    """

  static func meeting(id: String, org: String = "o1", date: String = "2025-03-01", extra: String = "") -> String {
    """
    kind: meeting
    id: \(id)
    org: \(org)
    type: 支部党员大会
    date: \(date)
    host: p1
    recorder: p2
    present: [p1, p2]
    absent: [{person: p3}]
    agenda:
      - title: 学习习近平总书记重要讲话精神
        category: 第一议题
        speech_date: 2025-01-01
      - title: 研究工作
        category: 决策
        votes: {for: 1, against: 0, abstain: 0}
        result: 通过
    \(extra)
    """
  }

  /// A folder of `files` (name → text) for one test.
  static func folder(_ files: [String: String]) throws -> String {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("comply-early-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    for (name, text) in files {
      try Data(text.utf8).write(to: url.appendingPathComponent(name))
    }
    return url.path
  }

  @Test func aMeetingNamedWhereAnOrganizationIsExpected() throws {
    // m1's `org` names m2, a set-aside meeting: the first files' store finds no such record.
    try Self.expectSame([try Self.folder(["m1.yaml": Self.meeting(id: "m1", org: "m2"), "m2.yaml": Self.meeting(id: "m2"), "z.yaml": Self.registry])])
  }

  @Test func aMeetingWithAnOrganizationsID() throws {
    // a.yaml, sorted first, is a meeting with the organization's id: the organization is the duplicate.
    try Self.expectSame([try Self.folder(["a.yaml": Self.meeting(id: "o1"), "m2.yaml": Self.meeting(id: "m2"), "z.yaml": Self.registry])])
  }

  @Test func twoMeetingsWithOneID() throws {
    try Self.expectSame([try Self.folder(["m1.yaml": Self.meeting(id: "m1"), "m2.yaml": Self.meeting(id: "m1", date: "2025-04-01"), "z.yaml": Self.registry])])
  }

  @Test func filesThatAreNotSetAside() throws {
    let twoDocuments = Self.meeting(id: "m3") + "\n---\nkind: person\nid: p4\nname: 王五\n"
    let broken = Self.meeting(id: "m4") + "\n  - [unclosed\n"
    let windows = "\u{FEFF}" + Self.meeting(id: "m5").replacingOccurrences(of: "\n", with: "\r\n")
    let outside = Self.meeting(id: "m6", date: "2019-01-01")
    try Self.expectSame([
      try Self.folder([
        "m3.yaml": twoDocuments, "m4.yaml": broken, "m5.yaml": windows, "m6.yaml": outside, "m7.yaml": Self.meeting(id: "m7"),
        "z.yaml": Self.registry,
      ])
    ])
  }

  @Test func severalMeetingsInAFile() throws {
    let month = "# 3月\n---\n" + Self.meeting(id: "m1") + "\n---\n# 第二次\n" + Self.meeting(id: "m2", date: "2025-03-20")
    let mixed = Self.meeting(id: "m3") + "\n---\n" + Self.meeting(id: "m3")
    try Self.expectSame([try Self.folder(["2025-03.yaml": month, "dup.yaml": mixed, "z.yaml": Self.registry])])
  }

  @Test func whatIsSetAside() {
    let yes = Array(Self.meeting(id: "m1").utf8)
    #expect(SetAsideFile.holdsOnlyMeetings(yes))
    #expect(SetAsideFile.holdsOnlyMeetings(Array(("\u{FEFF}" + Self.meeting(id: "m1")).utf8)))
    #expect(SetAsideFile.holdsOnlyMeetings(Array(Self.meeting(id: "m1").replacingOccurrences(of: "\n", with: "\r\n").utf8)))
    #expect(!SetAsideFile.holdsOnlyMeetings(Array((Self.meeting(id: "m1") + "\n---\nkind: person\n").utf8)))
    #expect(SetAsideFile.holdsOnlyMeetings(Array(("# 1月\n---\n# a meeting\n\n" + Self.meeting(id: "m1") + "\n---\n" + Self.meeting(id: "m2")).utf8)))
    #expect(!SetAsideFile.holdsOnlyMeetings(Array(("--- # note\n" + Self.meeting(id: "m1")).utf8)))
    #expect(!SetAsideFile.holdsOnlyMeetings(Array(("%YAML 1.2\n---\n" + Self.meeting(id: "m1")).utf8)))
    #expect(!SetAsideFile.holdsOnlyMeetings(Array("# only a comment\n".utf8)))
    #expect(!SetAsideFile.holdsOnlyMeetings(Array((Self.meeting(id: "m1") + "\n...\n").utf8)))
    #expect(!SetAsideFile.holdsOnlyMeetings(Array(("id: m1\n" + Self.meeting(id: "m1")).utf8)))
    #expect(!SetAsideFile.holdsOnlyMeetings(Array(("kind: meeting \n" + "id: m1\n").utf8)))
    #expect(!SetAsideFile.holdsOnlyMeetings(Array("kind: meetings\n".utf8)))
    #expect(SetAsideFile.holdsOnlyMeetings(Array("kind: meeting".utf8)))
    #expect(!SetAsideFile.holdsOnlyMeetings(Array("{\"kind\": \"meeting\"}".utf8)))
  }

  @Test func automaticKeepsSmallInputsWhole() {
    #expect(RecordKeeping.whole.setAsideFrom == nil)
    #expect(RecordKeeping.cutDown.setAsideFrom == 0)
    // An eighth of any machine's memory holds the trees of more files than a test folder has.
    #expect((RecordKeeping.automatic.setAsideFrom ?? 0) > 10_000)
  }
}
