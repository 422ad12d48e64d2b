/// Reads the plain text of a 任前公示 into a `kind: notice` record (records.md): the period (公示时间 /
/// 公示期 … 至 …, or only an end such as 请于…前反映, counted from the signing date), the contact details,
/// the candidates (姓名, 性别, 出生年月, 现任, 拟任) and the signing date (落款日期) as `published`.
/// Every value carries the line and column it was read from; what is not found is left out, so that
/// the `notice.*` rules say it is missing.
enum NoticeText {
  static func record(_ src: TextSource, id: String) -> MappingNode {
    var builder = RecordBuilder(mark: .start)
    builder.text("kind", RecordKind.notice.rawValue, at: .start)
    builder.text("id", id, at: .start)
    if let title = PlainText.title(src) { builder.text("title", src.text(title), at: src.mark(title.lowerBound)) }
    let dates = PlainText.Dates(src)
    if let signed = dates.signing, let day = signed.fullDay {
      builder.text("published", day.description, at: src.mark(signed.range.lowerBound))
    }
    if let period = period(src, dates: dates) { builder.add("period", period.node, keyMark: period.mark) }
    let candidates = Candidates.find(src)
    if !candidates.isEmpty {
      let mark = candidates.first?.mark ?? .start
      builder.add("candidates", .sequence(SequenceNode(items: candidates.map(\.node), mark: mark)))
    }
    if let contact = ContactText.find(in: src).node { builder.add("contact", contact) }
    return builder.mapping
  }

  // MARK: - Period

  static let periodLabels = ["公示时间", "公示期限", "公示时限", "公示日期", "公示起止时间", "公示期间", "公示期", "公示时段"]
  /// Words that say a line is about raising concerns before an end date (请于…前反映).
  static let concernWords = ["反映", "来信", "来电", "来访", "举报", "意见", "公示"]

  struct Period {
    let start: (day: Day, mark: Mark)?
    let end: (day: Day, mark: Mark)?
    let mark: Mark

    var node: Node {
      var builder = RecordBuilder(mark: mark)
      if let start { builder.text("start", start.day.description, at: start.mark) }
      if let end { builder.text("end", end.day.description, at: end.mark) }
      return builder.node
    }
  }

  static func period(_ src: TextSource, dates: PlainText.Dates) -> Period? {
    let signingLine = dates.signing.map { src.line(of: $0.range.lowerBound) }
    func resolved(_ date: TextDate) -> (day: Day, mark: Mark)? {
      date.day(inYear: dates.year(before: date.range.lowerBound)).map { ($0, src.mark(date.range.lowerBound)) }
    }
    func span(_ start: TextDate, _ end: TextDate, mark: Mark) -> Period? {
      guard let first = resolved(start) else { return nil }
      guard var last = end.day(inYear: first.day.year) else { return nil }
      // `12月28日至1月5日`: the end is in the next year.
      if end.year == nil, last < first.day, let next = end.day(inYear: first.day.year + 1) { last = next }
      return Period(start: first, end: (last, src.mark(end.range.lowerBound)), mark: mark)
    }
    func endOnly(_ end: TextDate, mark: Mark) -> Period? {
      guard let last = resolved(end) else { return nil }
      let start = dates.signing.flatMap { s in s.fullDay.map { ($0, src.mark(s.range.lowerBound)) } }
      return Period(start: start, end: last, mark: mark)
    }

    // 1. After a label: 公示时间：2025年3月14日至3月20日 / 公示期为…（2025.3.14-2025.3.20）/ 请于…前反映.
    for line in src.lines.indices where line != signingLine {
      let range = src.lines[line]
      guard let label = src.findAny(periodLabels, in: range) else { continue }
      let mark = src.mark(label.start)
      let found = ChineseDate.all(src, in: label.end..<range.upperBound)
      for date in found {
        if let end = ChineseDate.rangeEnd(src, after: date, limit: range.upperBound) {
          if let period = span(date, end, mark: mark) { return period }
        } else if isDeadline(src, date, limit: range.upperBound) {
          if let period = endOnly(date, mark: mark) { return period }
        } else if startsHere(src, date, limit: range.upperBound), let start = resolved(date) {
          return Period(start: start, end: nil, mark: mark)
        }
      }
    }
    // 2. Only an end: 请于2010年2月15日下午5:00前反映 / 截止时间为…
    for line in src.lines.indices where line != signingLine {
      let range = src.lines[line]
      guard src.findAny(concernWords, in: range) != nil else { continue }
      for date in ChineseDate.all(src, in: range) where isDeadline(src, date, limit: range.upperBound) {
        if let period = endOnly(date, mark: src.mark(date.range.lowerBound)) { return period }
      }
    }
    // 3. Any range of dates.
    for line in src.lines.indices where line != signingLine {
      let range = src.lines[line]
      for date in ChineseDate.all(src, in: range) {
        if let end = ChineseDate.rangeEnd(src, after: date, limit: range.upperBound),
          let period = span(date, end, mark: src.mark(date.range.lowerBound))
        {
          return period
        }
      }
    }
    return nil
  }

  /// `…前反映`, `…之前`, `…止`, or `截止…` / `截至…` just before the date.
  static func isDeadline(_ src: TextSource, _ date: TextDate, limit: Int) -> Bool {
    let after = ChineseDate.skipTime(src, from: date.range.upperBound, limit: limit)
    if src.anyOf(["前", "之前", "以前", "止", "为止"], at: after) != nil { return true }
    let lineStart = src.lines[src.line(of: date.range.lowerBound)].lowerBound
    let before = max(lineStart, date.range.lowerBound - 8)..<date.range.lowerBound
    return src.findAny(["截止", "截至", "截止到", "止于"], in: before) != nil
  }

  /// `2025年3月14日起` / `自2025年3月14日开始`.
  static func startsHere(_ src: TextSource, _ date: TextDate, limit: Int) -> Bool {
    let after = ChineseDate.skipTime(src, from: date.range.upperBound, limit: limit)
    return src.anyOf(["起", "开始"], at: after) != nil
  }
}

/// The candidates of a notice: a table (`姓名 | 性别 | 出生年月 | 现任职务 | 拟任职务`), labelled lines
/// (`姓名：王某某`), or the usual paragraph (`王某某，女，1984年6月生，…，现任…，拟任…。`).
struct Candidates {
  enum Field: String, CaseIterable {
    case name, gender, birth, education, current, proposed
  }

  struct Candidate {
    var values: [(field: Field, text: String, mark: Mark, keyMark: Mark)] = []
    var mark: Mark

    func has(_ field: Field) -> Bool { values.contains { $0.field == field } }

    mutating func set(_ field: Field, _ text: String, _ mark: Mark, keyMark: Mark? = nil) {
      guard !has(field), !text.isEmpty else { return }
      values.append((field, text, mark, keyMark ?? mark))
    }

    var node: Node {
      var builder = RecordBuilder(mark: mark)
      for field in Field.allCases {
        guard let value = values.first(where: { $0.field == field }) else { continue }
        builder.text(field.rawValue, value.text, at: value.mark, keyMark: value.keyMark)
      }
      return builder.node
    }
  }

  /// Column headings and labels, longest first where one contains another.
  static let labels: [(String, Field)] = [
    ("姓名", .name), ("性别", .gender),
    ("出生年月日", .birth), ("出生年月", .birth), ("出生日期", .birth), ("出生时间", .birth), ("出生", .birth),
    ("学历学位", .education), ("文化程度", .education), ("学历", .education),
    ("现工作单位及职务", .current), ("现任单位及职务", .current), ("现任职务", .current), ("现职务", .current),
    ("现任职", .current), ("现职", .current), ("现任", .current),
    ("拟任(提名)职务", .proposed), ("拟提任职务", .proposed), ("拟任职务", .proposed), ("拟任岗位", .proposed),
    ("拟任职", .proposed), ("拟任", .proposed),
  ]
  static let labelTexts = labels.map(\.0)
  static let fieldOf: [String: Field] = Dictionary(labels, uniquingKeysWith: { a, _ in a })

  /// What a sentence says the proposed post with.
  static let proposedWords = [
    "拟任命为", "拟提名为", "拟推荐为", "拟提拔为", "拟提任为", "拟聘任为", "拟聘为", "拟任为", "拟提任", "拟提名",
    "拟推荐", "拟任",
  ]
  static let currentWords = ["现任", "现为"]

  static func find(_ src: TextSource) -> [Candidate] {
    var used = Set<Int>()
    var found = table(src, used: &used)
    found += labelled(src, used: &used)
    found += paragraphs(src, used: used)
    return found.sorted { $0.mark < $1.mark }
  }

  // MARK: - Tables

  /// The cells of a table row: split at `|`, tabs, or two spaces or more.
  static func cells(_ src: TextSource, _ line: Range<Int>) -> [Range<Int>] {
    let scalars = src.scalars[line]
    var parts: [Range<Int>] = []
    var start = line.lowerBound
    var i = line.lowerBound
    let pipes = scalars.contains("|")
    while i < line.upperBound {
      let s = src.scalars[i]
      var width = 0
      if pipes {
        if s == "|" { width = 1 }
      } else if s == "\t" {
        width = 1
      } else if s == " ", i + 1 < line.upperBound, src.scalars[i + 1] == " " || src.scalars[i + 1] == "\t" {
        width = 1
        while i + width < line.upperBound, TextSource.isSpace(src.scalars[i + width]) { width += 1 }
      }
      if width > 0 {
        parts.append(start..<i)
        i += width
        start = i
      } else {
        i += 1
      }
    }
    parts.append(start..<line.upperBound)
    var trimmed = parts.map { src.trimmed($0) }
    if pipes {
      if trimmed.first?.isEmpty ?? false { trimmed.removeFirst() }
      if trimmed.last?.isEmpty ?? false { trimmed.removeLast() }
    }
    return trimmed
  }

  static func headerField(_ src: TextSource, _ cell: Range<Int>) -> Field? {
    guard !cell.isEmpty, cell.count <= 12 else { return nil }
    for (label, field) in labels where src.find(label, in: cell) != nil { return field }
    return nil
  }

  static func table(_ src: TextSource, used: inout Set<Int>) -> [Candidate] {
    var found: [Candidate] = []
    var line = 0
    while line < src.lines.count {
      let header = cells(src, src.lines[line])
      let fields = header.map { headerField(src, $0) }
      guard header.count >= 3, fields.contains(.name), fields.compactMap({ $0 }).count >= 3 else {
        line += 1
        continue
      }
      used.insert(line)
      var row = line + 1
      while row < src.lines.count, !src.isBlank(row) {
        let values = cells(src, src.lines[row])
        used.insert(row)
        row += 1
        // A Markdown rule line `|---|---|`.
        if values.allSatisfy({ r in src.scalars[r].allSatisfy { $0 == "-" || $0 == ":" || $0 == " " } }) { continue }
        guard values.count >= 2 else { break }
        var candidate = Candidate(mark: src.mark(values.first?.lowerBound ?? src.lines[row - 1].lowerBound))
        for (column, cell) in values.enumerated() where column < fields.count && !cell.isEmpty {
          guard let field = fields[column] else { continue }
          add(src, field, cell, to: &candidate, keyMark: src.mark(header[column].lowerBound))
        }
        found.append(candidate)
      }
      line = row
    }
    return found
  }

  /// Puts a cell or labelled value into a candidate (a birth date read as `YYYY-MM`).
  static func add(_ src: TextSource, _ field: Field, _ range: Range<Int>, to candidate: inout Candidate, keyMark: Mark)
  {
    var r = src.trimmed(range)
    while r.count > 0, let last = src.scalar(r.upperBound - 1), TextSource.isClauseEnd(last) || last == "." {
      r = src.trimmed(r.lowerBound..<(r.upperBound - 1))
    }
    guard !r.isEmpty else { return }
    if field == .birth {
      guard let ym = ChineseDate.yearMonth(src, at: r.lowerBound, limit: r.upperBound) else { return }
      candidate.set(.birth, month(ym.year, ym.month), src.mark(r.lowerBound), keyMark: keyMark)
    } else {
      candidate.set(field, src.text(r), src.mark(r.lowerBound), keyMark: keyMark)
    }
  }

  static func month(_ year: Int, _ month: Int) -> String {
    String(year) + (month < 10 ? "-0" : "-") + String(month)
  }

  // MARK: - Labelled lines

  /// `姓名：王某某` starts a candidate; `性别：女`, `出生年月：1984.06`, `现任职务：…` follow, on the same
  /// line or the next ones.
  static func labelled(_ src: TextSource, used: inout Set<Int>) -> [Candidate] {
    var found: [Candidate] = []
    var current: Candidate?
    for line in src.lines.indices where !used.contains(line) {
      let range = src.lines[line]
      let pairs = labelPairs(src, range)
      if pairs.isEmpty {
        if !src.isBlank(line), let done = current {
          found.append(done)
          current = nil
        }
        continue
      }
      used.insert(line)
      for pair in pairs {
        if pair.field == .name || current == nil {
          if let done = current { found.append(done) }
          current = Candidate(mark: src.mark(pair.label.lowerBound))
        }
        if var candidate = current {
          add(src, pair.field, pair.value, to: &candidate, keyMark: src.mark(pair.label.lowerBound))
          current = candidate
        }
      }
    }
    if let done = current { found.append(done) }
    return found.filter { $0.has(.name) || $0.values.count >= 2 }
  }

  /// The `label：value` pairs of a line (a label needs its colon here).
  static func labelPairs(_ src: TextSource, _ range: Range<Int>) -> [(
    field: Field, label: Range<Int>, value: Range<Int>
  )] {
    var pairs: [(field: Field, label: Range<Int>, value: Range<Int>)] = []
    var i = src.skipSpaces(from: range.lowerBound, limit: range.upperBound)
    i = PlainText.skipNumbering(src, from: i, limit: range.upperBound)
    while i < range.upperBound {
      if let hit = src.anyOf(labelTexts, at: i), let field = fieldOf[hit.needle] {
        let colon = src.skipSpaces(from: hit.end, limit: range.upperBound)
        if colon < range.upperBound, src.scalars[colon] == ":" {
          if let last = pairs.popLast() { pairs.append((last.field, last.label, last.value.lowerBound..<i)) }
          pairs.append((field, i..<hit.end, (colon + 1)..<range.upperBound))
          i = colon + 1
          continue
        }
      }
      // Only a label at the start of the line, or after a space or a clause end, starts a pair.
      if pairs.isEmpty { return [] }
      i += 1
    }
    return pairs
  }

  // MARK: - Paragraphs

  /// `1.王某某，女，汉族，1984年6月生，大学学历，中共党员，现任…，拟任…。`
  static func paragraphs(_ src: TextSource, used: Set<Int>) -> [Candidate] {
    var found: [Candidate] = []
    var line = 0
    while line < src.lines.count {
      defer { line += 1 }
      guard !used.contains(line), let name = leadingName(src, src.lines[line]) else { continue }
      // The paragraph runs on over lines that do not start another candidate.
      var end = src.lines[line].upperBound
      var next = line + 1
      while next < src.lines.count, !used.contains(next), !src.isBlank(next), leadingName(src, src.lines[next]) == nil,
        src.findAny(proposedWords, in: src.lines[line].lowerBound..<end) == nil
      {
        end = src.lines[next].upperBound
        next += 1
      }
      guard let candidate = sentence(src, name: name, range: name.upperBound..<end) else { continue }
      found.append(candidate)
      line = next - 1
    }
    return found
  }

  /// Words that show a leading phrase is not a name.
  static let notNames = [
    "公示", "现将", "根据", "经", "研究", "决定", "党组", "党委", "会议", "如下", "拟", "现任", "同志们", "干部", "关于",
    "通知", "人选", "情况", "考察", "联系", "地址", "电话", "时间", "附件", "单位", "公告", "特此", "欢迎", "期间",
  ]

  /// A name at the start of a line (after `1.`, `（一）`), followed by `，`, `（` or `同志，`.
  static func leadingName(_ src: TextSource, _ line: Range<Int>) -> Range<Int>? {
    var i = src.skipSpaces(from: line.lowerBound, limit: line.upperBound)
    i = PlainText.skipNumbering(src, from: i, limit: line.upperBound)
    let start = i
    while i < line.upperBound, TextSource.isHan(src.scalars[i]) { i += 1 }
    var nameEnd = i
    if nameEnd - start > 2, src.has("同志", at: nameEnd - 2) { nameEnd -= 2 }
    guard (2...6).contains(nameEnd - start), i < line.upperBound else { return nil }
    let after = src.scalars[i]
    guard after == "," || after == "(" || after == "、" || after == " " else { return nil }
    let name = start..<nameEnd
    for word in notNames where src.find(word, in: name) != nil { return nil }
    // A candidate line says what the person is or will be.
    let rest = i..<line.upperBound
    let gender = src.findAny(["男", "女"], in: rest) != nil
    let post = src.findAny(currentWords + proposedWords, in: rest) != nil
    guard gender || post else { return nil }
    return name
  }

  static func sentence(_ src: TextSource, name: Range<Int>, range: Range<Int>) -> Candidate? {
    var candidate = Candidate(mark: src.mark(name.lowerBound))
    candidate.set(.name, src.text(name), src.mark(name.lowerBound))
    // Clauses: split at `，` `；` `。` and brackets (`王某某（女，1984年6月生）`).
    var clauses: [Range<Int>] = []
    var start = range.lowerBound
    for i in range {
      let s = src.scalars[i]
      if s == "," || s == ";" || s == "。" || s == "(" || s == ")" || s == "\n" {
        clauses.append(src.trimmed(start..<i))
        start = i + 1
      }
    }
    clauses.append(src.trimmed(start..<range.upperBound))
    var birthCandidates: [(Int, Int, Mark)] = []
    for clause in clauses where !clause.isEmpty {
      let text = src.folded(clause)
      if text == "男" || text == "女" || text == "男性" || text == "女性" {
        candidate.set(.gender, String(text.prefix(1)), src.mark(clause.lowerBound))
        continue
      }
      if let hit = src.findAny(proposedWords, in: clause), hit.start == clause.lowerBound || !candidate.has(.proposed) {
        var value = src.trimmed(src.skipLabelGlue(from: hit.end, limit: clause.upperBound)..<clause.upperBound)
        // `拟提名为市审计局局长人选`: the post.
        if value.count > 4, src.has("人选", at: value.upperBound - 2) {
          value = value.lowerBound..<(value.upperBound - 2)
        }
        if !value.isEmpty { candidate.set(.proposed, src.text(value), src.mark(value.lowerBound)) }
        // `现任X拟任Y`: the current post before it.
        if let current = src.findAny(currentWords, in: clause.lowerBound..<hit.start) {
          let value = src.trimmed(src.skipLabelGlue(from: current.end, limit: hit.start)..<hit.start)
          if !value.isEmpty { candidate.set(.current, src.text(value), src.mark(value.lowerBound)) }
        }
        continue
      }
      if let hit = src.findAny(currentWords, in: clause), hit.start == clause.lowerBound {
        let value = src.trimmed(src.skipLabelGlue(from: hit.end, limit: clause.upperBound)..<clause.upperBound)
        if !value.isEmpty { candidate.set(.current, src.text(value), src.mark(value.lowerBound)) }
        continue
      }
      if let ym = yearMonthIn(src, clause) {
        let isWork = src.findAny(["参加工作", "入党", "加入", "毕业", "任职", "任现职", "工作"], in: clause) != nil
        let isBirth = src.find("生", in: clause) != nil && !isWork
        let bare = ym.end == clause.upperBound && ym.start == clause.lowerBound
        if isBirth || bare { birthCandidates.append((ym.year, ym.month, src.mark(ym.start))) }
        continue
      }
      if src.findAny(["学历", "学位", "研究生", "大学", "本科", "大专", "中专", "硕士", "博士"], in: clause) != nil,
        clause.count <= 16
      {
        candidate.set(.education, src.text(clause), src.mark(clause.lowerBound))
      }
    }
    if let birth = birthCandidates.first { candidate.set(.birth, month(birth.0, birth.1), birth.2) }
    guard candidate.has(.gender) || candidate.has(.current) || candidate.has(.proposed) else { return nil }
    return candidate
  }

  private static func yearMonthIn(_ src: TextSource, _ clause: Range<Int>) -> (
    year: Int, month: Int, start: Int, end: Int
  )? {
    for i in clause {
      if let ym = ChineseDate.yearMonth(src, at: i, limit: clause.upperBound) { return (ym.year, ym.month, i, ym.end) }
    }
    return nil
  }
}
