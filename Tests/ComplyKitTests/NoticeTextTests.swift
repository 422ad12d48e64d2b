import Foundation
import Testing

@testable import ComplyKit

/// The plain-text fixtures of `Fixtures/text/` and a way to reach into the records read from them.
enum TextFixture {
  static let folder = Repo.root.appendingPathComponent("Tests/ComplyKitTests/Fixtures/text")

  static func text(_ name: String) throws -> String {
    try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
  }

  static func record(_ name: String) throws -> MappingNode {
    PlainText.record(try text(name), id: name)
  }

  /// Checks a text the way `comply check` does, with the shipped rules.
  static func check(_ text: String, name: String = "draft.txt") throws -> DocumentCheck.Outcome {
    let file = SourceFile(relativePath: name, displayPath: name)
    let loaded = RecordLoader().parseDocument(file, bytes: Array(text.utf8))
    return DocumentCheck.run(loaded, ruleSet: try Repo.loadRules(), options: AuditOptions())
  }
}

extension MappingNode {
  /// The node at `period.start`, `candidates[1].birth`, `problems[0].measures[1]`.
  func node(at path: String) -> Node? {
    var node: Node? = .mapping(self)
    for part in path.split(separator: ".") {
      var name = Substring(part)
      var indexes: [Int] = []
      while let open = name.lastIndex(of: "["), let close = name.lastIndex(of: "]"), open < close {
        indexes.insert(Int(name[name.index(after: open)..<close]) ?? -1, at: 0)
        name = name[..<open]
      }
      if !name.isEmpty { node = node?[String(name)] }
      for index in indexes {
        guard let items = node?.sequence?.items, items.indices.contains(index) else { return nil }
        node = items[index]
      }
    }
    return node
  }

  func text(at path: String) -> String? { node(at: path)?.scalar?.text }
  func mark(at path: String) -> Mark? { node(at: path)?.mark }
}

/// A 任前公示 as plain text becomes a `kind: notice` record whose values point into the text.
@Suite struct NoticeTextTests {
  @Test func colonRangeWithEverything() throws {
    let r = try TextFixture.record("notice-colon-range.txt")
    #expect(r.text(at: "kind") == "notice")
    #expect(r.text(at: "id") == "notice-colon-range.txt")
    #expect(r.mark == Mark(line: 1, column: 1))
    #expect(r.text(at: "title") == "市文联干部任前公示")
    // 公示时间：2025年3月14日至2025年3月20日。
    #expect(r.text(at: "period.start") == "2025-03-14")
    #expect(r.mark(at: "period.start") == Mark(line: 7, column: 6))
    #expect(r.text(at: "period.end") == "2025-03-20")
    #expect(r.mark(at: "period.end") == Mark(line: 7, column: 17))
    #expect(r.mark(at: "period") == Mark(line: 7, column: 1))
    // The signing date, on the last line.
    #expect(r.text(at: "published") == "2025-03-14")
    #expect(r.mark(at: "published") == Mark(line: 12, column: 1))
    #expect(r.text(at: "contact.phone") == "024-52606479")
    #expect(r.mark(at: "contact.phone") == Mark(line: 9, column: 42))
    #expect(r.text(at: "contact.address") == "抚顺市顺城区滴翠路11号")
    #expect(r.text(at: "contact.postcode") == "113006")
    #expect(r.text(at: "contact.email") == "fsswlbg@126.com")
    #expect(r.text(at: "candidates[0].name") == "王某某")
    #expect(r.mark(at: "candidates[0].name") == Mark(line: 5, column: 1))
    #expect(r.text(at: "candidates[0].gender") == "女")
    #expect(r.text(at: "candidates[0].birth") == "1984-06")
    #expect(r.mark(at: "candidates[0].birth") == Mark(line: 5, column: 10))
    #expect(r.text(at: "candidates[0].current") == "市文联组联部副部长")
    #expect(r.text(at: "candidates[0].proposed") == "市文联组联部部长")
    // And it passes every notice rule.
    let outcome = try TextFixture.check(try TextFixture.text("notice-colon-range.txt"))
    #expect(outcome.result.findings.isEmpty)
  }

  /// 请于2010年2月15日下午5:00前反映: only an end, the start is the signing date; `0531—12380`.
  @Test func deadlineOnlyStartsOnTheSigningDate() throws {
    let r = try TextFixture.record("notice-deadline.txt")
    #expect(r.text(at: "period.start") == "2010-02-08")
    #expect(r.mark(at: "period.start") == Mark(line: 14, column: 1))
    #expect(r.text(at: "period.end") == "2010-02-15")
    #expect(r.mark(at: "period.end") == Mark(line: 8, column: 20))
    #expect(r.text(at: "published") == "2010-02-08")
    #expect(r.text(at: "contact.phone") == "0531-12380、0531-86061234")
    #expect(r.mark(at: "contact.phone") == Mark(line: 10, column: 6))
    #expect(r.text(at: "contact.address") == "某某市历下区某某路1号市委组织部干部监督处")
    #expect(r.text(at: "contact.postcode") == "250011")
    #expect(r.node(at: "contact.email") == nil)
    #expect(r.text(at: "candidates[0].name") == "张某某")
    #expect(r.text(at: "candidates[0].birth") == "1972-10")
    #expect(r.text(at: "candidates[0].current") == "某某县委副书记")
    #expect(r.text(at: "candidates[0].proposed") == "某某县委书记")
    #expect(r.text(at: "candidates[1].name") == "李某")
    #expect(r.mark(at: "candidates[1].name") == Mark(line: 6, column: 3))
    #expect(r.text(at: "candidates[1].birth") == "1978-03")
    #expect(r.text(at: "candidates[1].proposed") == "市审计局局长")
  }

  /// 3月14日至20日 takes its year from the signing date written in Chinese numerals.
  @Test func yearFromTheSigningDate() throws {
    let r = try TextFixture.record("notice-short-year.txt")
    #expect(r.text(at: "published") == "2025-03-13")
    #expect(r.text(at: "period.start") == "2025-03-14")
    #expect(r.text(at: "period.end") == "2025-03-20")
    #expect(r.mark(at: "period.end") == Mark(line: 5, column: 11))
    #expect(r.text(at: "contact.phone") == "0123-52606479")
    #expect(r.text(at: "contact.address") == "临川市文华路11号")
    #expect(r.text(at: "contact.email") == "wlbgs@example.com")
  }

  @Test func markdownTable() throws {
    let r = try TextFixture.record("notice-table.md")
    #expect(r.text(at: "title") == "临川市文联干部任前公示")
    #expect(r.text(at: "period.start") == "2025-06-13")
    #expect(r.text(at: "period.end") == "2025-06-19")
    #expect(r.text(at: "published") == "2025-06-13")
    #expect(r.text(at: "candidates[0].name") == "杨某某")
    #expect(r.mark(at: "candidates[0].name") == Mark(line: 7, column: 3))
    #expect(r.text(at: "candidates[0].birth") == "1988-11")
    #expect(r.text(at: "candidates[0].proposed") == "《临川文艺》编辑部副主编")
    #expect(r.text(at: "candidates[1].birth") == "1979-02")
    #expect(r.node(at: "candidates[1].proposed") == nil)
    #expect(r.text(at: "contact.phone") == "0123-66085217、12380")
    #expect(r.text(at: "contact.address") == "临川市1024号信箱")
    #expect(r.text(at: "contact.email") == "lcwl_bgs@example.com")
    let outcome = try TextFixture.check(try TextFixture.text("notice-table.md"), name: "notice-table.md")
    #expect(outcome.result.findings.map(\.rule) == ["notice.candidate-fields"])
    #expect(outcome.result.findings.first?.mark == Mark(line: 8, column: 3))
    #expect(outcome.result.findings.first?.message.zh.contains("孙某 缺少拟任职务") == true)
  }

  /// `姓名：` lines, full-width digits, colon, dash and ＠.
  @Test func labelledLinesInFullWidth() throws {
    let r = try TextFixture.record("notice-labelled.txt")
    #expect(r.text(at: "candidates[0].name") == "周某某")
    #expect(r.mark(at: "candidates[0].name") == Mark(line: 3, column: 4))
    #expect(r.text(at: "candidates[0].birth") == "1990-05")
    #expect(r.text(at: "candidates[0].current") == "组联部干部")
    #expect(r.text(at: "candidates[0].proposed") == "组联部副部长")
    #expect(r.text(at: "period.start") == "2025-06-13")
    #expect(r.text(at: "period.end") == "2025-06-19")
    #expect(r.mark(at: "period.end") == Mark(line: 9, column: 17))
    #expect(r.text(at: "contact.phone") == "0123-66085217")
    #expect(r.text(at: "contact.address") == "临川市文昌区文化路18号")
    #expect(r.text(at: "contact.email") == "lcwl@example.com")
    #expect(r.node(at: "published") == nil)
  }

  @Test func periodAcrossNewYear() throws {
    let r = try TextFixture.record("notice-cross-year.txt")
    #expect(r.text(at: "period.start") == "2024-12-30")
    #expect(r.text(at: "period.end") == "2025-01-06")
  }

  /// Nothing found: the rules say plainly what is missing, at the start of the text.
  @Test func nothingFoundIsSaidPlainly() throws {
    let r = try TextFixture.record("notice-nothing.txt")
    #expect(r.entries.map(\.key.text) == ["kind", "id", "title"])
    let outcome = try TextFixture.check(try TextFixture.text("notice-nothing.txt"))
    let messages = outcome.result.findings.map { "\($0.rule) \($0.mark) \($0.message.en)" }
    #expect(
      messages.contains { $0.hasPrefix("notice.contact 1:1") && $0.contains("no phone number and no mailing address") })
    #expect(
      messages.contains { $0.hasPrefix("notice.period 1:1") && $0.contains("does not give the start and end date") })
    #expect(messages.contains { $0.hasPrefix("notice.email 1:1") })
    #expect(outcome.documents.first?.text(.zh).contains("未找到公示期；未找到拟任人选；联系电话 未找到；通讯地址 未找到；电子邮箱 未找到") == true)
    #expect(
      outcome.documents.first?.text(.en).contains("no period found; no candidates found; phone not found") == true)
  }

  /// The draft in Samples/: across the 2025 National Day holiday, and no phone.
  @Test func nationalDayDraft() throws {
    let text = try String(contentsOfFile: Repo.samples + "/drafts/notice-2025-09-draft.txt", encoding: .utf8)
    let outcome = try TextFixture.check(text, name: "notice-2025-09-draft.txt")
    let period = try #require(outcome.result.findings.first { $0.rule == "notice.period" })
    #expect(period.mark == Mark(line: 7, column: 1))
    #expect(period.message.zh.contains("只有 4 个工作日（2025-09-29、2025-09-30、2025-10-09、2025-10-10）"))
    let contact = try #require(outcome.result.findings.first { $0.rule == "notice.contact" })
    #expect(contact.message.en.contains("gives no phone number"))
    #expect(!contact.message.en.contains("mailing address"))
    #expect(outcome.result.fails(at: .error))
    guard case .notice(let n)? = outcome.documents.first?.details else {
      Issue.record("no notice summary")
      return
    }
    #expect(n.workdays.map(\.description) == ["2025-09-29", "2025-09-30", "2025-10-09", "2025-10-10"])
    #expect(n.phone == nil)
  }

  // MARK: - Wording

  /// One line of period wording → start and end (signing date 2025年3月13日 given at the end).
  @Test(arguments: [
    ("公示时间：2025年3月14日至2025年3月20日", "2025-03-14", "2025-03-20"),
    ("公示期为2025年3月14日至3月20日（5个工作日）。", "2025-03-14", "2025-03-20"),
    ("公示期：2025年3月14日—20日", "2025-03-14", "2025-03-20"),
    ("公示期自2025年3月14日起至2025年3月20日止。", "2025-03-14", "2025-03-20"),
    ("公示时间：2025-03-14至2025-03-20", "2025-03-14", "2025-03-20"),
    ("公示时间：2025.3.14-2025.3.20", "2025-03-14", "2025-03-20"),
    ("公示时间：２０２５年３月１４日－３月２０日", "2025-03-14", "2025-03-20"),
    ("公示时间为2025年3月14日（星期五）至3月20日（星期四）", "2025-03-14", "2025-03-20"),
    ("公示期为5个工作日（2025年3月14日—2025年3月20日）", "2025-03-14", "2025-03-20"),
    ("公示时间：3月14日~3月20日", "2025-03-14", "2025-03-20"),
    ("公示期间，如有情况请于3月20日17:30前反映。", "2025-03-13", "2025-03-20"),
    ("请于2025年3月20日下午5:00前以来信、来电形式反映。", "2025-03-13", "2025-03-20"),
    ("现予公示，时间为2025年3月14日到2025年3月20日。", "2025-03-14", "2025-03-20"),
    ("公示时间：二〇二五年三月十四日至三月二十日", "2025-03-14", "2025-03-20"),
  ])
  func periodWording(_ line: String, _ start: String, _ end: String) throws {
    let text = "干部任前公示\n\n\(line)\n\n联系电话：0123-52606479\n\n2025年3月13日\n"
    let r = PlainText.record(text, id: "t.txt")
    #expect(r.text(at: "period.start") == start, "\(line)")
    #expect(r.text(at: "period.end") == end, "\(line)")
    #expect(r.mark(at: "period.end")?.line == 3)
  }

  /// One contact line → phone, address, e-mail.
  @Test(
    arguments: [
      ("联系电话：0531-86061234", "0531-86061234", nil, nil),
      ("举报电话：0531—12380", "0531-12380", nil, nil),
      ("受理电话：（0531）86061234、86061235", "0531-86061234、86061235", nil, nil),
      ("联系电话：(0531)86061234转8001；手机：13912345678", "0531-86061234转8001、13912345678", nil, nil),
      ("举报电话：12380；举报网站：www.12380.gov.cn", "12380", nil, nil),
      (
        "联系方式：024-52606479；邮政信箱：辽宁省抚顺市顺城区滴翠路11号；电子邮箱：fsswlbg@126.com",
        "024-52606479", "辽宁省抚顺市顺城区滴翠路11号", "fsswlbg@126.com"
      ),
      ("通讯地址：济南市历下区某某路1号（250011）", nil, "济南市历下区某某路1号", nil),
      ("地址：临川市文华路11号，邮编：100123，电话：0123 52606479", "0123-52606479", "临川市文华路11号", nil),
      ("来信请寄：临川市1024号信箱。E-mail：a.b-c@example.org.cn。", nil, "临川市1024号信箱", "a.b-c@example.org.cn"),
      ("电子邮箱地址：lcwl@example.com", nil, nil, "lcwl@example.com"),
      ("可拨打12380举报电话反映", "12380", nil, nil),
    ] as [(String, String?, String?, String?)])
  func contactWording(_ line: String, _ phone: String?, _ address: String?, _ email: String?) {
    let r = PlainText.record("任前公示\n\n\(line)\n", id: "t.txt")
    #expect(r.text(at: "contact.phone") == phone, "\(line)")
    #expect(r.text(at: "contact.address") == address, "\(line)")
    #expect(r.text(at: "contact.email") == email, "\(line)")
  }

  /// One candidate line → its fields.
  @Test(
    arguments: [
      ("王某某，女，1984年6月生，大学学历，现任组联部副部长，拟任组联部部长。", "王某某", "女", "1984-06", "组联部副部长", "组联部部长"),
      ("1.张某同志，男，汉族，1975.03出生，1996年7月参加工作，现任办公室副主任，拟提拔为办公室主任。", "张某", "男", "1975-03", "办公室副主任", "办公室主任"),
      ("（一）欧阳某某（女，1980年11月生），现任市文联副主席，拟任市文联党组成员、副主席", "欧阳某某", "女", "1980-11", "市文联副主席", "市文联党组成员、副主席"),
      ("李某，男，1979-02，现为市作协秘书长，拟推荐为市作协副主席人选。", "李某", "男", "1979-02", "市作协秘书长", "市作协副主席"),
    ] as [(String, String, String, String, String, String)])
  func candidateWording(
    _ line: String, _ name: String, _ gender: String, _ birth: String, _ current: String, _ proposed: String
  ) {
    let r = PlainText.record("任前公示\n\n\(line)\n", id: "t.txt")
    #expect(r.text(at: "candidates[0].name") == name, "\(line)")
    #expect(r.text(at: "candidates[0].gender") == gender, "\(line)")
    #expect(r.text(at: "candidates[0].birth") == birth, "\(line)")
    #expect(r.text(at: "candidates[0].current") == current, "\(line)")
    #expect(r.text(at: "candidates[0].proposed") == proposed, "\(line)")
    #expect(r.node(at: "candidates[1]") == nil, "\(line)")
  }

  /// Columns count Unicode code points (a character outside the BMP is one column).
  @Test func columnsAreCodePoints() {
    let r = PlainText.record("任前公示\n联系人：𠀋某，联系电话：0531-86061234\n", id: "t.txt")
    #expect(r.mark(at: "contact.phone") == Mark(line: 2, column: 13))
  }

  @Test func kindIsDecidedByTheWording() throws {
    #expect(PlainText.kind(of: try TextFixture.text("seed-report.txt")) == .rectificationReport)
    for name in ["notice-colon-range.txt", "notice-deadline.txt", "notice-table.md", "notice-nothing.txt"] {
      #expect(PlainText.kind(of: try TextFixture.text(name)) == .notice, "\(name)")
    }
  }

  /// `check` reads text; standard input is recognised by its content.
  @Test func documentFormats() {
    typealias F = RecordLoader.DocumentFormat
    #expect(F.of(name: "a.txt", bytes: Array("kind: notice".utf8)) == .text)
    #expect(F.of(name: "a.MD", bytes: []) == .text)
    #expect(F.of(name: "a.yml", bytes: []) == .yaml)
    #expect(F.of(name: "-", bytes: Array("# notice\nkind: notice\nid: n\n".utf8)) == .yaml)
    #expect(F.of(name: "-", bytes: Array(" [{\"kind\": \"notice\"}]".utf8)) == .json)
    #expect(F.of(name: "-", bytes: Array("干部任前公示\n公示时间：…".utf8)) == .text)
  }

  @Test func notUTF8IsAParseFinding() {
    let file = SourceFile(relativePath: "gbk.txt", displayPath: "gbk.txt")
    let loaded = RecordLoader().parseDocument(file, bytes: [0xB9, 0xAB, 0xCA, 0xBE, 0xFF])
    #expect(loaded.documents.isEmpty)
    #expect(loaded.issues.map(\.check) == [.parse])
  }
}
