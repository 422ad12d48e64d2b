/// A document given as the plain text that is (to be) published — a 任前公示 or a 巡察整改情况通报 —
/// read into the record `records.md` defines for it, every value marked with the line and column
/// (1-based, Unicode code points) of the text it came from. `comply check` reads `.txt` and `.md`
/// files this way; `audit` does not.
public enum PlainText {
  /// The record of `text`, with `id` (the file's name, `-` for standard input).
  public static func record(_ text: String, id: String) -> MappingNode {
    let src = TextSource(text)
    switch kind(src) {
    case .rectificationReport: return ReportText.record(src, id: id)
    default: return NoticeText.record(src, id: id)
    }
  }

  /// What the text is: a rectification report when it has 整改 wording (numbered problems `1.关于“…”问题的整改`,
  /// `整改措施` and `整改成效`, or a title about 整改), otherwise a notice.
  public static func kind(of text: String) -> RecordKind { kind(TextSource(text)) }

  static func kind(_ src: TextSource) -> RecordKind {
    var items = 0
    for line in src.lines.indices where ReportText.itemStart(src, line) != nil { items += 1 }
    if items > 0 { return .rectificationReport }
    let all = 0..<src.count
    if src.find("整改措施", in: all) != nil, src.find("整改成效", in: all) != nil { return .rectificationReport }
    if let title = title(src), src.find("整改", in: title) != nil, src.find("公示", in: title) == nil {
      return .rectificationReport
    }
    return .notice
  }

  /// The first line with text, without Markdown's `#` (a title is short).
  static func title(_ src: TextSource) -> Range<Int>? {
    for line in src.lines.indices where !src.isBlank(line) {
      var r = src.trimmed(src.lines[line])
      while r.count > 0, src.scalars[r.lowerBound] == "#" { r = src.trimmed((r.lowerBound + 1)..<r.upperBound) }
      return r.isEmpty || r.count > 80 ? nil : r
    }
    return nil
  }

  /// Skips the numbering at the start of an item: `1.` `1、` `(1)` `（一）` `一、` `①`.
  static func skipNumbering(_ src: TextSource, from index: Int, limit: Int) -> Int {
    var i = src.skipSpaces(from: index, limit: limit)
    guard i < limit else { return i }
    let s = src.scalars[i]
    if (0x2460...0x2473).contains(s.value) { return src.skipSpaces(from: i + 1, limit: limit) }
    if let n = src.number(at: i, limit: limit, maxDigits: 3), n.end < limit,
      ".、)".unicodeScalars.contains(src.scalars[n.end])
    {
      return src.skipSpaces(from: n.end + 1, limit: limit)
    }
    if s == "(" {
      var j = i + 1
      while j < limit, j - i <= 4, src.scalars[j] != ")" { j += 1 }
      if j < limit, src.scalars[j] == ")" { return src.skipSpaces(from: j + 1, limit: limit) }
      return i
    }
    if let n = ChineseDate.cnNumber(src, at: i, limit: limit), n.end < limit, src.scalars[n.end] == "、" {
      i = src.skipSpaces(from: n.end + 1, limit: limit)
    }
    return i
  }

  /// The dates of a text: the signing date (落款日期: a line of its own near the end that is only a date)
  /// and the dates written with a year, which give the year of those written without one.
  struct Dates {
    let signing: TextDate?
    let withYear: [TextDate]

    init(_ src: TextSource) {
      withYear = ChineseDate.all(src, in: 0..<src.count).filter { $0.year != nil }
      var signing: TextDate?
      var seen = 0
      for line in src.lines.indices.reversed() where !src.isBlank(line) {
        seen += 1
        if seen > 6 { break }
        if let date = ChineseDate.whole(src, src.lines[line]) {
          signing = date
          break
        }
      }
      self.signing = signing
    }

    /// The year of the nearest date before `index` written with its year, else the signing date's.
    func year(before index: Int) -> Int? {
      withYear.last { $0.range.upperBound <= index }?.year ?? signing?.year
    }
  }
}
