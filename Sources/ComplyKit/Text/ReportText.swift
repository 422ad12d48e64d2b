/// Reads the plain text of a 巡察整改情况通报 in its usual layout into a `kind: rectification-report`
/// record (records.md):
///
/// - the numbered problems `1.关于“…”问题的整改`, each with `整改措施：①…②…` and `整改成效：…` (lines
///   broken by page breaks are joined back);
/// - the suggestions, the items after a heading about 意见建议 (`（二）意见建议落实情况`);
/// - the status of an item: a `整改状态：` line or `（已完成）` after its title, else the heading of its
///   section (`（一）已整改完成的问题`); a suggestion with no status written is 推进中, as suggestions
///   are carried on rather than closed (the usual wording is 正在推进);
/// - the claimed totals, from sentences such as `已完成整改问题24个 … 制定整改措施71条，已完成71条`;
/// - the contact line (`联系方式：…；邮政信箱：…；电子邮箱：…`) and a signing date as `published`.
enum ReportText {
  static func record(_ src: TextSource, id: String) -> MappingNode {
    var builder = RecordBuilder(mark: .start)
    builder.text("kind", RecordKind.rectificationReport.rawValue, at: .start)
    builder.text("id", id, at: .start)
    if let title = PlainText.title(src) { builder.text("title", src.text(title), at: src.mark(title.lowerBound)) }
    let dates = PlainText.Dates(src)
    if let signed = dates.signing, let day = signed.fullDay {
      builder.text("published", day.description, at: src.mark(signed.range.lowerBound))
    }
    let layout = Layout(src)
    let claims = claims(src, lines: layout.outside)
    if let first = claims.first {
      var claimed = RecordBuilder(mark: src.mark(first.range.lowerBound))
      for claim in claims { claimed.int(claim.key, claim.value, at: src.mark(claim.range.lowerBound)) }
      builder.add("claimed", claimed.node)
    }
    for (key, items) in [("problems", layout.problems), ("suggestions", layout.suggestions)] where !items.isEmpty {
      let mark = items.first.map { src.mark($0.number.lowerBound) } ?? .start
      builder.add(key, .sequence(SequenceNode(items: items.map { $0.node(src) }, mark: mark)))
    }
    if let contact = ContactText.find(in: src, lines: layout.outside).node { builder.add("contact", contact) }
    return builder.mapping
  }

  // MARK: - Items

  /// `1.关于“…”问题的整改。` (also `1、` `（1）`): the number and the title.
  struct ItemStart {
    let no: Int
    let number: Range<Int>
    let title: Range<Int>
    /// A status written after the title: `（已完成）`.
    let status: (text: String, mark: Mark)?
  }

  static func itemStart(_ src: TextSource, _ line: Int) -> ItemStart? {
    let r = src.trimmed(src.lines[line])
    var i = r.lowerBound
    let bracket = i < r.upperBound && src.scalars[i] == "("
    if bracket { i += 1 }
    guard let n = src.number(at: i, limit: r.upperBound, maxDigits: 3), n.end < r.upperBound else { return nil }
    let number = i..<n.end
    i = n.end
    if bracket {
      guard src.scalars[i] == ")" else { return nil }
      i += 1
    } else {
      guard ".、)".unicodeScalars.contains(src.scalars[i]) else { return nil }
      i += 1
    }
    i = src.skipSpaces(from: i, limit: r.upperBound)
    let rest = i..<r.upperBound
    let about = src.has("关于", at: i)
    guard (about && src.find("整改", in: rest) != nil) || src.find("问题的整改", in: rest) != nil else { return nil }
    let title = title(src, about ? (i + 2)..<r.upperBound : rest)
    return ItemStart(no: n.value, number: number, title: title.range, status: title.status)
  }

  /// The title without `关于`, quotes and `问题的整改。`.
  static func title(_ src: TextSource, _ range: Range<Int>) -> (range: Range<Int>, status: (text: String, mark: Mark)?)
  {
    var r = src.trimmed(range)
    var written: (text: String, mark: Mark)?
    // Quotes are taken off the ends only when they are not matched inside (`巡察‘后半篇文章’` keeps its own).
    let pairs: [Unicode.Scalar: Unicode.Scalar] = ["“": "”", "‘": "’", "「": "」", "『": "』", "\"": "\"", "'": "'"]
    let trailing: Set<Unicode.Scalar> = ["。", ".", ",", ";", ":", " "]
    func count(_ s: Unicode.Scalar) -> Int { src.scalars[r].filter { $0 == s }.count }
    func unmatchedOpen(_ s: Unicode.Scalar) -> Bool {
      guard let close = pairs[s] else { return false }
      return close == s ? count(s) % 2 == 1 : count(s) > count(close)
    }
    func unmatchedClose(_ s: Unicode.Scalar) -> Bool {
      guard let open = pairs.first(where: { $0.value == s })?.key else { return false }
      return open == s ? count(s) % 2 == 1 : count(s) > count(open)
    }
    /// `“…”` around the whole title (and not `“a”…“b”`).
    func wrapped() -> Bool {
      guard r.count >= 2, let open = src.scalar(r.lowerBound), let close = pairs[open],
        src.scalar(r.upperBound - 1) == close
      else { return false }
      var depth = 0
      for i in (r.lowerBound + 1)..<(r.upperBound - 1) {
        let s = src.scalars[i]
        if s == open, open != close { depth += 1 } else if s == close { depth -= 1 }
        if depth < 0 { return false }
      }
      return true
    }
    func stripEnds() {
      var changed = true
      while changed, r.count > 0 {
        changed = false
        if let first = src.scalar(r.lowerBound), unmatchedOpen(first) || TextSource.isSpace(first) {
          r = (r.lowerBound + 1)..<r.upperBound
          changed = true
        } else if let last = src.scalar(r.upperBound - 1), trailing.contains(last) || unmatchedClose(last) {
          r = r.lowerBound..<(r.upperBound - 1)
          changed = true
        } else if wrapped() {
          r = (r.lowerBound + 1)..<(r.upperBound - 1)
          changed = true
        }
      }
    }
    stripEnds()
    // A status after the title: `（已完成）`.
    if r.count > 4, src.scalar(r.upperBound - 1) == ")",
      let open = (r.lowerBound..<r.upperBound).last(where: { src.scalars[$0] == "(" }),
      let found = status(src, open..<r.upperBound)
    {
      written = found
      r = r.lowerBound..<open
      stripEnds()
    }
    for suffix in ["问题的整改情况", "问题的整改", "的整改情况", "的整改", "整改情况", "整改"] {
      let n = suffix.unicodeScalars.count
      if r.count > n, src.has(suffix, at: r.upperBound - n) {
        r = r.lowerBound..<(r.upperBound - n)
        break
      }
    }
    stripEnds()
    if r.count > 2, src.has("问题", at: r.upperBound - 2), !src.has("等问题", at: r.upperBound - 3) {
      r = r.lowerBound..<(r.upperBound - 2)
    }
    stripEnds()
    return (r, written)
  }

  enum Section: Equatable {
    case none, problems, suggestions, done
  }

  struct Item {
    let start: ItemStart
    let line: Int
    let section: Section
    var status: (text: String, mark: Mark)?
    var measuresLabel: Range<Int>?
    var measures: [Range<Int>] = []
    var outcomeLabel: Range<Int>?
    var outcome: [Range<Int>] = []

    var number: Range<Int> { start.number }

    func node(_ src: TextSource) -> Node {
      var builder = RecordBuilder(mark: src.mark(src.trimmed(src.lines[line]).lowerBound))
      builder.int("no", start.no, at: src.mark(start.number.lowerBound))
      if !start.title.isEmpty { builder.text("title", src.text(start.title), at: src.mark(start.title.lowerBound)) }
      let list = ReportText.measures(src, measures)
      if !list.isEmpty {
        let mark = src.mark(measuresLabel?.lowerBound ?? list[0].mark)
        let nodes = list.map { RecordBuilder.text($0.text, at: $0.markAt(src)) }
        builder.add("measures", .sequence(SequenceNode(items: nodes, mark: mark)), keyMark: mark)
      }
      if let outcomeLabel {
        let indices = outcome.flatMap { Array($0) }
        let text = ReportText.joined(src, indices)
        let mark = src.mark(indices.first ?? outcomeLabel.upperBound)
        builder.text("outcome", text, at: mark, keyMark: src.mark(outcomeLabel.lowerBound))
      }
      if let status { builder.text("status", status.text, at: status.mark) }
      return builder.node
    }
  }

  /// The items of the text, by section, and the lines outside them.
  struct Layout {
    var problems: [Item] = []
    var suggestions: [Item] = []
    var outside: [Int] = []

    init(_ src: TextSource) {
      var section = Section.none
      var sectionStatus: (text: String, mark: Mark)?
      var current: Item?
      var started = false
      enum Block { case none, measures, outcome }
      var block = Block.none

      func close() {
        guard var item = current else { return }
        if item.status == nil {
          item.status = sectionStatus
          if item.status == nil, item.section == .suggestions {
            item.status = ("推进中", src.mark(item.number.lowerBound))
          }
        }
        if item.section == .suggestions { suggestions.append(item) } else { problems.append(item) }
        current = nil
      }

      let signature = ReportText.signature(src)
      for line in src.lines.indices {
        if src.isBlank(line) { continue }
        // The contact lines and the signature close the items.
        if line >= signature || ReportText.isClosing(src, line) {
          close()
          outside.append(line)
          continue
        }
        if section != .done, let start = ReportText.itemStart(src, line) {
          close()
          started = true
          current = Item(start: start, line: line, section: section, status: start.status)
          block = .none
          continue
        }
        if let heading = ReportText.heading(src, line) {
          close()
          block = .none
          if src.findAny(["意见建议", "建议"], in: heading) != nil {
            section = .suggestions
            sectionStatus = ReportText.status(src, heading)
          } else if src.find("问题", in: heading) != nil {
            section = .problems
            sectionStatus = ReportText.status(src, heading)
          } else if started {
            section = .done
            sectionStatus = nil
          }
          outside.append(line)
          continue
        }
        guard var item = current else {
          outside.append(line)
          continue
        }
        let r = src.trimmed(src.lines[line])
        if let label = src.anyOf(["整改措施", "主要措施", "整改举措"], at: r.lowerBound) {
          block = .measures
          item.measuresLabel = r.lowerBound..<label.end
          item.measures.append(src.skipLabelGlue(from: label.end, limit: r.upperBound)..<r.upperBound)
        } else if let label = src.anyOf(["整改成效", "整改效果", "整改结果"], at: r.lowerBound) {
          block = .outcome
          item.outcomeLabel = r.lowerBound..<label.end
          let content = src.skipLabelGlue(from: label.end, limit: r.upperBound)..<r.upperBound
          if !content.isEmpty { item.outcome.append(content) }
        } else if let label = src.anyOf(["整改状态", "完成状态", "整改进度", "进展情况", "状态"], at: r.lowerBound),
          let s = ReportText.status(src, label.end..<r.upperBound)
        {
          item.status = s
        } else if block == .measures {
          item.measures.append(r)
        } else if block == .outcome {
          item.outcome.append(r)
        } else if let first = src.scalar(r.lowerBound), ReportText.isMarker(first) {
          block = .measures
          item.measures.append(r)
        }
        current = item
      }
      close()
    }
  }

  /// The first line of the signature: the signing date, and the name above it when that is a short line
  /// (`某某局党组`); past the end when there is no signing date.
  static func signature(_ src: TextSource) -> Int {
    guard let date = PlainText.Dates(src).signing else { return src.lines.count }
    let line = src.line(of: date.range.lowerBound)
    var above = line - 1
    while above >= 0, src.isBlank(above) { above -= 1 }
    guard above >= 0 else { return line }
    let r = src.trimmed(src.lines[above])
    let sentence = src.scalars[r].contains { $0 == "。" || $0 == "," || $0 == ":" || $0 == ";" }
    return r.count <= 30 && !sentence ? above : line
  }

  /// A line that starts the closing part: the contact details or the call for feedback.
  static func isClosing(_ src: TextSource, _ line: Int) -> Bool {
    let r = src.trimmed(src.lines[line])
    let starts = [
      "联系电话", "联系方式", "举报电话", "受理电话", "监督电话", "通讯地址", "通信地址", "联系地址", "来信地址", "邮政信箱",
      "电子邮箱", "电子信箱", "欢迎广大", "欢迎干部群众", "如有意见",
    ]
    return src.anyOf(starts, at: r.lowerBound) != nil
  }

  /// `一、…` (level 1) or `（一）…` (level 2): a section heading, its text after the numbering.
  static func heading(_ src: TextSource, _ line: Int) -> Range<Int>? {
    let r = src.trimmed(src.lines[line])
    guard r.count >= 3, r.count <= 60 else { return nil }
    var i = r.lowerBound
    if src.scalars[i] == "(" {
      guard let n = ChineseDate.cnNumber(src, at: i + 1, limit: r.upperBound), n.end < r.upperBound,
        src.scalars[n.end] == ")"
      else { return nil }
      i = n.end + 1
    } else {
      guard let n = ChineseDate.cnNumber(src, at: i, limit: r.upperBound), n.end < r.upperBound,
        src.scalars[n.end] == "、"
      else { return nil }
      i = n.end + 1
    }
    return src.trimmed(i..<r.upperBound)
  }

  /// A status named in `range`: 已完成, 推进中 (正在推进), 尚未推进 (未推进, 未完成).
  static func status(_ src: TextSource, _ range: Range<Int>) -> (text: String, mark: Mark)? {
    let words: [(String, String)] = [
      ("尚未推进", "尚未推进"), ("未推进", "尚未推进"), ("尚未完成", "尚未推进"), ("未完成", "尚未推进"), ("未启动", "尚未推进"),
      ("正在推进", "推进中"), ("推进中", "推进中"), ("正在整改", "推进中"), ("整改中", "推进中"), ("持续推进", "推进中"),
      ("已整改完成", "已完成"), ("已完成", "已完成"), ("整改完成", "已完成"), ("已整改", "已完成"), ("已办结", "已完成"),
    ]
    for (word, status) in words {
      if let at = src.find(word, in: range) { return (status, src.mark(at)) }
    }
    return nil
  }

  // MARK: - Measures

  static func isMarker(_ s: Unicode.Scalar) -> Bool {
    (0x2460...0x2473).contains(s.value) || (0x3251...0x325F).contains(s.value) || (0x32B1...0x32BF).contains(s.value)
  }

  struct Measure {
    let text: String
    let mark: Int
    func markAt(_ src: TextSource) -> Mark { src.mark(mark) }
  }

  /// The measures of a block: split at `①②③`, else at `(1)(2)`, `1.` `2、` or `一是、二是` (numbered in
  /// order, each at the start of a clause or line); a block with no numbering is one measure.
  static func measures(_ src: TextSource, _ block: [Range<Int>]) -> [Measure] {
    let indices = block.flatMap { Array($0) }
    guard !indices.isEmpty else { return [] }
    var lineStarts = Set<Int>()
    var offset = 0
    for range in block {
      lineStarts.insert(offset)
      offset += range.count
    }
    var starts: [(marker: Int, text: Int)] = []
    for (k, i) in indices.enumerated() where isMarker(src.scalars[i]) { starts.append((k, k + 1)) }
    if starts.isEmpty {
      for (k, i) in indices.enumerated() {
        let previous = lineStarts.contains(k) ? nil : src.scalar(indices[k - 1])
        let atClause = previous.map { TextSource.isClauseEnd($0) || TextSource.isSpace($0) || $0 == ":" } ?? true
        guard atClause else { continue }
        // The numbering must sit within the line (a marker's scalars are consecutive in the text).
        let limit = src.lines[src.line(of: i)].upperBound
        if src.scalars[i] == "(", let n = src.number(at: i + 1, limit: limit, maxDigits: 2), src.scalar(n.end) == ")",
          n.value == starts.count + 1
        {
          starts.append((k, k + (n.end + 1 - i)))
        } else if let n = src.number(at: i, limit: limit, maxDigits: 2), n.value == starts.count + 1, n.end < limit,
          src.scalars[n.end] == "、" || (src.scalars[n.end] == "." && !TextSource.isDigit(src.scalar(n.end + 1)))
        {
          starts.append((k, k + (n.end + 1 - i)))
        } else if let n = ChineseDate.cnNumber(src, at: i, limit: limit), n.value == starts.count + 1,
          src.has("是", at: n.end)
        {
          starts.append((k, k + (n.end + 1 - i)))
        }
      }
    }
    if starts.isEmpty {
      let text = joined(src, indices)
      return text.isEmpty ? [] : [Measure(text: text, mark: indices[0])]
    }
    var found: [Measure] = []
    for (n, start) in starts.enumerated() {
      let end = n + 1 < starts.count ? starts[n + 1].marker : indices.count
      let part = start.text < end ? Array(indices[start.text..<end]) : []
      found.append(Measure(text: joined(src, part), mark: indices[start.marker]))
    }
    return found
  }

  /// The text of scattered scalars (lines joined without the breaks), trimmed.
  static func joined(_ src: TextSource, _ indices: [Int]) -> String {
    var out = String.UnicodeScalarView()
    for i in indices where src.original[i] != "\n" && src.original[i] != "\r" { out.append(src.original[i]) }
    return String(String(out).trimmingSpaces())
  }

  // MARK: - Claimed totals

  struct Claim {
    let key: String
    let value: Int
    let range: Range<Int>
  }

  /// The totals the report claims, from its clauses: `指出4项24个问题；已完成整改问题24个，尚未推进问题0个；
  /// 指出意见建议4个，正在推进4个，尚未推进0个。制定整改措施71条，已完成71条。` A clause names its subject
  /// (问题, 意见建议, 措施) or carries on the one before; its number is the last one counted in 个 or 条.
  static func claims(_ src: TextSource, lines: [Int]) -> [Claim] {
    enum Subject { case problems, suggestions, measures, other }
    var found: [Claim] = []
    for line in lines {
      let range = src.lines[line]
      var subject: Subject?
      var start = range.lowerBound
      var clauses: [Range<Int>] = []
      for i in range where TextSource.isClauseEnd(src.scalars[i]) || src.scalars[i] == ":" {
        clauses.append(start..<i)
        start = i + 1
      }
      clauses.append(start..<range.upperBound)
      for clause in clauses {
        let names: Subject? =
          if src.findAny(["意见建议", "建议"], in: clause) != nil, src.find("问题", in: clause) == nil {
            .suggestions
          } else if src.find("措施", in: clause) != nil {
            .measures
          } else if src.find("问题", in: clause) != nil, src.findAny(["意见建议", "建议"], in: clause) == nil {
            .problems
          } else if src.findAny(["问题", "建议"], in: clause) != nil {
            .other
          } else if src.findAny(["制度", "机制", "损失", "问责", "处分", "追责", "约谈", "元", "人次"], in: clause) != nil {
            .other
          } else { nil }
        if let names { subject = names }
        guard let subject, subject != .other, let number = countIn(src, clause) else { continue }
        let state: String?
        if let s = status(src, clause) {
          state = s.text
        } else if src.findAny(["指出", "反馈", "发现", "共", "梳理", "交办", "制定", "涉及", "提出", "查找"], in: clause) != nil {
          state = nil
        } else {
          continue
        }
        let key: String
        switch (subject, state) {
        case (.problems, nil): key = "problems"
        case (.problems, "已完成"?): key = "problems_done"
        case (.problems, "推进中"?): key = "problems_in_progress"
        case (.problems, _): key = "problems_open"
        case (.suggestions, nil): key = "suggestions"
        case (.suggestions, "已完成"?): key = "suggestions_done"
        case (.suggestions, "推进中"?): key = "suggestions_in_progress"
        case (.suggestions, _): key = "suggestions_open"
        case (.measures, nil): key = "measures"
        case (.measures, "已完成"?): key = "measures_done"
        case (.measures, "推进中"?): key = "measures_in_progress"
        case (.measures, _): key = "measures_open"
        case (.other, _): continue
        }
        if !found.contains(where: { $0.key == key }) {
          found.append(Claim(key: key, value: number.value, range: number.range))
        }
      }
    }
    return found
  }

  /// The last number in `clause` counted in 个 or 条 (`指出4项24个问题` → 24).
  private static func countIn(_ src: TextSource, _ clause: Range<Int>) -> (value: Int, range: Range<Int>)? {
    var found: (Int, Range<Int>)?
    var i = clause.lowerBound
    while i < clause.upperBound {
      if !TextSource.isDigit(src.scalar(i - 1)), let n = src.number(at: i, limit: clause.upperBound, maxDigits: 6) {
        let after = src.skipSpaces(from: n.end, limit: clause.upperBound)
        if after < clause.upperBound, src.scalars[after] == "个" || src.scalars[after] == "条" {
          found = (n.value, i..<n.end)
        }
        i = n.end
      } else {
        i += 1
      }
    }
    return found
  }
}

extension String {
  /// Without spaces (ASCII and ideographic) at either end.
  func trimmingSpaces() -> Substring {
    let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\u{3000}" || $0 == "\r" || $0 == "\n" }
    guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else {
      return ""
    }
    return self[first...last]
  }
}
