import Foundation
import Testing

@testable import ComplyKit

/// A 巡察整改情况通报 as plain text becomes a `kind: rectification-report` record.
@Suite struct ReportTextTests {
  static func items(_ record: MappingNode, _ key: String) -> [Node] { record[key]?.sequence?.items ?? [] }

  static func measureCount(_ record: MappingNode) -> Int {
    (items(record, "problems") + items(record, "suggestions")).reduce(0) {
      $0 + ($1["measures"]?.sequence?.items.count ?? 0)
    }
  }

  /// The seed document: 24 problems, 4 suggestions, 71 measures, as it claims.
  @Test func seedDocumentIsReadWhole() throws {
    let r = try TextFixture.record("seed-report.txt")
    #expect(r.text(at: "kind") == "rectification-report")
    #expect(r.text(at: "id") == "seed-report.txt")
    #expect(r.text(at: "title") == "市文联党组关于巡察整改情况的通报")
    #expect(Self.items(r, "problems").count == 24)
    #expect(Self.items(r, "suggestions").count == 4)
    #expect(Self.measureCount(r) == 71)
    #expect(Self.items(r, "problems").map { $0["no"]?.scalar?.text } == (1...24).map { String($0) })
    // 巡察反馈意见中指出4项24个问题；已完成整改问题24个，尚未推进问题0个；指出意见建议4个，正在推进4个，
    // 尚未推进0个。制定整改措施71条，已完成71条。
    let claimed: [(String, String, Int)] = [
      ("problems", "24", 12), ("problems_done", "24", 25), ("problems_open", "0", 35), ("suggestions", "4", 44),
      ("suggestions_in_progress", "4", 51), ("suggestions_open", "0", 58), ("measures", "71", 67),
      ("measures_done", "71", 74),
    ]
    #expect(r["claimed"]?.mapping?.entries.map(\.key.text) == claimed.map(\.0))
    for (key, value, column) in claimed {
      #expect(r.text(at: "claimed." + key) == value, "\(key)")
      #expect(r.mark(at: "claimed." + key) == Mark(line: 21, column: column), "\(key)")
    }
    // 1.关于“对习近平总书记…问题的整改。 (line 27), its measures (line 29) and outcome (line 31).
    #expect(r.mark(at: "problems[0]") == Mark(line: 27, column: 1))
    #expect(r.mark(at: "problems[0].no") == Mark(line: 27, column: 1))
    #expect(r.text(at: "problems[0].title") == "对习近平总书记关于文联和文艺工作的重要讲话学习贯彻不深入")
    #expect(r.mark(at: "problems[0].title") == Mark(line: 27, column: 6))
    #expect(r.text(at: "problems[0].measures[0]") == "丰富学习形式，增加研讨交流环节，与业务工作实际相结合，与协会党建工作相结合。")
    #expect(r.mark(at: "problems[0].measures[0]") == Mark(line: 29, column: 6))
    #expect(r.text(at: "problems[0].measures[1]") == "继续与雷锋学院的培训项目合作，打造文艺培训新品牌。")
    #expect(r.text(at: "problems[0].outcome")?.hasPrefix("党组理论学习中心组每次学习都设研讨交流环节") == true)
    #expect(r.mark(at: "problems[0].outcome") == Mark(line: 31, column: 6))
    #expect(r.text(at: "problems[0].status") == "已完成")
    // Titles in the quoting the document uses (and sometimes does not close).
    #expect(r.text(at: "problems[2].title") == "对省文联安排部署的运用全国文联系统媒体平台阵地开展二十届三中全会精神宣传阐释工作未落实")
    #expect(r.text(at: "problems[5].title") == "主动融入全面振兴主战场意识不强")
    #expect(r.text(at: "problems[16].title") == "‘三会一课’制度执行有偏差")
    #expect(r.text(at: "problems[21].title") == "任职公示不规范")
    #expect(r.text(at: "suggestions[3].title") == "加大整改力度，认真做好巡察‘后半篇文章’")
    // Lines broken by page breaks are joined back.
    #expect(r.text(at: "problems[4].measures[1]") == "每年工作要点围绕全市中心工作来制定，注重政治高度，突出各协会特点，增强业务指导性。")
    #expect(r.text(at: "problems[1].outcome")?.hasSuffix("开展文艺评论工作，不断发挥作用，扩大影响。") == true)
    #expect(Self.items(r, "problems").allSatisfy { $0["status"]?.scalar?.text == "已完成" })
    #expect(Self.items(r, "suggestions").allSatisfy { $0["status"]?.scalar?.text == "推进中" })
    #expect(r.mark(at: "suggestions[0]") == Mark(line: 185, column: 1))
    #expect(r.text(at: "contact.phone") == "024-52606479")
    #expect(r.text(at: "contact.address") == "辽宁省抚顺市顺城区滴翠路11号")
    #expect(r.text(at: "contact.email") == "fsswlbg@126.com")
    #expect(r.mark(at: "contact") == Mark(line: 219, column: 39))
  }

  @Test func seedDocumentPasses() throws {
    let outcome = try TextFixture.check(try TextFixture.text("seed-report.txt"), name: "seed-report.txt")
    #expect(outcome.result.findings.isEmpty, "\(outcome.result.findings.map(\.message.zh))")
    let summary = try #require(outcome.documents.first)
    #expect(
      summary.details
        == .report(
          DocumentSummary.Report(
            problems: 24, suggestions: 4, measures: 71,
            claimed: [
              "problems": 24, "problems_done": 24, "problems_open": 0, "suggestions": 4, "suggestions_in_progress": 4,
              "suggestions_open": 0, "measures": 71, "measures_done": 71,
            ])))
    #expect(summary.text(.zh).contains("问题 24 个，意见建议 4 个，整改措施 71 条"))
    #expect(summary.text(.en).contains("24 problems, 4 suggestions, 71 measures"))
  }

  /// One measure taken out of problem 1: the totals no longer match, at the claimed number.
  @Test func measureRemovedFailsTheTotals() throws {
    let outcome = try TextFixture.check(try TextFixture.text("report-measure-removed.txt"))
    let totals = outcome.result.findings.filter { $0.rule == "report.totals" }
    #expect(totals.map(\.mark) == [Mark(line: 21, column: 67), Mark(line: 21, column: 74)])
    #expect(totals.first?.message.zh.contains("称制定整改措施 71 条，但列出的整改措施共 70 条") == true)
    #expect(outcome.result.findings.allSatisfy { $0.rule == "report.totals" })
  }

  /// Problem 15 without its 整改成效: report.items-complete at the problem's line.
  @Test func outcomeMissingFailsItemsComplete() throws {
    let outcome = try TextFixture.check(try TextFixture.text("report-outcome-missing.txt"))
    #expect(outcome.result.findings.map(\.rule) == ["report.items-complete"])
    let finding = try #require(outcome.result.findings.first)
    #expect(finding.mark == Mark(line: 119, column: 1))
    #expect(finding.message.zh.contains("问题 15“财务管理不规范”未写明整改成效"))
    #expect(finding.fieldPath == "problems[14]")
  }

  /// The structured record in Samples/ is the seed document, item by item.
  @Test func sampleRecordMatchesTheText() throws {
    let read = try TextFixture.record("seed-report.txt")
    let yaml = try String(contentsOfFile: Repo.samples + "/reports/r-2025.yaml", encoding: .utf8)
    let sample = try #require(YAMLReader.parse(Array(yaml.utf8)).documents.first?.mapping)
    for key in ["problems", "suggestions"] {
      let a = Self.items(read, key)
      let b = Self.items(sample, key)
      #expect(a.count == b.count)
      for (x, y) in zip(a, b) {
        for field in ["no", "title", "outcome", "status"] {
          #expect(x[field]?.scalar?.text == y[field]?.scalar?.text, "\(key) \(field)")
        }
        let mx = x["measures"]?.sequence?.items.compactMap {
          $0.scalar?.text.replacingOccurrences(of: "思想想", with: "思想")
        }
        #expect(mx == y["measures"]?.sequence?.items.compactMap { $0.scalar?.text })
      }
    }
    for key in ["problems", "problems_done", "problems_open", "suggestions", "measures", "measures_done"] {
      #expect(read.text(at: "claimed." + key) == sample.text(at: "claimed." + key))
    }
  }

  // MARK: - Other layouts

  /// Statuses from headings and after titles, `（1）` and `一是` numbering, a block with no numbering,
  /// totals in another order, a signing date.
  @Test func otherLayout() throws {
    let text = """
      某某局党组关于巡察整改进展情况的通报

      截至目前，巡察反馈的3个问题中，已完成整改2个，正在推进1个；共制定整改措施5条，已完成4条。反馈意见建议1条。

      （一）已整改完成的问题

      1、关于“会议记录不规范”问题的整改
      整改措施：（1）统一记录本；（2）专人记录。
      整改成效：已统一。

      2.关于“学习不深入”问题的整改（已完成）
      整改措施：一是制定学习计划，二是开展研讨。
      整改成效：已制定。

      （二）正在推进的问题

      3.关于“制度不健全”问题的整改
      整改措施：修订制度。
      整改成效：正在修订。

      三、意见建议落实情况

      1.关于“加强监督”问题的整改
      整改措施：①定期检查。
      整改成效：已开展检查。

      联系电话：0123-1234567，通讯地址：某某市某某路1号，电子邮箱：jubao@example.com

      某某局党组
      2025年7月1日
      """
    let r = PlainText.record(text, id: "t.txt")
    #expect(r.text(at: "kind") == "rectification-report")
    #expect(r.text(at: "published") == "2025-07-01")
    #expect(r.text(at: "claimed.problems") == "3")
    #expect(r.text(at: "claimed.problems_done") == "2")
    #expect(r.text(at: "claimed.problems_in_progress") == "1")
    #expect(r.text(at: "claimed.measures") == "5")
    #expect(r.text(at: "claimed.measures_done") == "4")
    #expect(r.text(at: "claimed.suggestions") == "1")
    #expect(r.text(at: "problems[0].measures[1]") == "专人记录。")
    #expect(r.text(at: "problems[0].status") == "已完成")
    #expect(r.text(at: "problems[1].title") == "学习不深入")
    #expect(r.text(at: "problems[1].measures[0]") == "制定学习计划，")
    #expect(r.text(at: "problems[1].measures[1]") == "开展研讨。")
    #expect(r.text(at: "problems[2].measures[0]") == "修订制度。")
    #expect(r.text(at: "problems[2].status") == "推进中")
    #expect(r.text(at: "suggestions[0].title") == "加强监督")
    #expect(r.text(at: "suggestions[0].status") == "推进中")
    // The contact line and the signature end the last item.
    #expect(r.text(at: "suggestions[0].outcome") == "已开展检查。")
    #expect(r.text(at: "contact.phone") == "0123-1234567")
    #expect(r.text(at: "contact.address") == "某某市某某路1号")
    #expect(Self.measureCount(r) == 6)
  }

  /// Measures numbered `1.` `2、` and `（1）` on lines of their own; labels separated by spaces.
  @Test func numberedMeasuresOnTheirOwnLines() {
    let text = """
      某某局关于巡察整改情况的通报

      巡察组反馈问题2个；制定整改措施4条，已完成4条。

      1.关于“制度执行不严”问题的整改
      整改措施：
      1.修订议事规则；
      2、建立台账
      整改成效：已修订。

      2.关于“学习不够”问题的整改
      整改措施：（1）制定计划
      （2）开展研讨。
      整改成效：已落实。

      联系电话：0123-1234567 通讯地址：某某市某某路1号 电子邮箱：a@example.com
      """
    let r = PlainText.record(text, id: "t.txt")
    #expect(Self.items(r, "problems").count == 2)
    #expect(r.text(at: "problems[0].measures[0]") == "修订议事规则；")
    #expect(r.mark(at: "problems[0].measures[0]") == Mark(line: 7, column: 1))
    #expect(r.text(at: "problems[0].measures[1]") == "建立台账")
    #expect(r.text(at: "problems[1].measures[1]") == "开展研讨。")
    #expect(r.mark(at: "problems[1].measures[1]") == Mark(line: 13, column: 1))
    #expect(Self.measureCount(r) == 4)
    #expect(r.text(at: "claimed.problems") == "2")
    #expect(r.text(at: "claimed.measures_done") == "4")
    #expect(r.text(at: "contact.address") == "某某市某某路1号")
  }

  /// A structured record goes through the same rules and gives the same summary.
  @Test func structuredRecordIsCheckedToo() throws {
    let yaml = try String(contentsOfFile: Repo.samples + "/reports/r-2025.yaml", encoding: .utf8)
    let outcome = try TextFixture.check(yaml, name: "r-2025.yaml")
    #expect(outcome.result.findings.isEmpty)
    #expect(outcome.documents.first?.text(.en).contains("24 problems, 4 suggestions, 71 measures") == true)
  }
}
