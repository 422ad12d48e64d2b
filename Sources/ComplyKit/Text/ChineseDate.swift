/// A date found in text, as written: the year may be left out (`3月14日`), to be taken from context.
struct TextDate: Sendable, Equatable {
  var year: Int?
  var month: Int
  var day: Int
  /// Where it is written.
  let range: Range<Int>

  /// The date, with `year` when none is written.
  func day(inYear fallback: Int?) -> Day? {
    guard let y = year ?? fallback else { return nil }
    return Day(year: y, month: month, day: day)
  }

  var fullDay: Day? { day(inYear: nil) }
}

/// Reads dates in the ways Chinese notices write them: `2025年3月14日`, `二〇二五年三月十四日`,
/// `2025-03-14`, `2025.3.14`, `2025/3/14`, `3月14日` (no year) and, at the end of a range, `20日`.
enum ChineseDate {
  /// A date written at `index` (not in the middle of a number).
  static func match(_ src: TextSource, at index: Int, limit: Int) -> TextDate? {
    guard index < limit, !TextSource.isDigit(src.scalar(index - 1)) else { return nil }
    if let date = arabic(src, at: index, limit: limit) { return date }
    return chinese(src, at: index, limit: limit)
  }

  /// Every date in `range`, left to right.
  static func all(_ src: TextSource, in range: Range<Int>) -> [TextDate] {
    var found: [TextDate] = []
    var i = range.lowerBound
    while i < range.upperBound {
      if let date = match(src, at: i, limit: range.upperBound) {
        found.append(date)
        i = date.range.upperBound
      } else {
        i += 1
      }
    }
    return found
  }

  /// Whether the whole of `range` (spaces and a final full stop aside) is one date with a year.
  static func whole(_ src: TextSource, _ range: Range<Int>) -> TextDate? {
    var r = src.trimmed(range)
    while let last = src.scalar(r.upperBound - 1), r.count > 0, last == "。" || last == "." {
      r = r.lowerBound..<(r.upperBound - 1)
    }
    guard !r.isEmpty, let date = match(src, at: r.lowerBound, limit: r.upperBound), date.year != nil,
      date.range.upperBound == r.upperBound
    else { return nil }
    return date
  }

  /// The end of a range that starts with `start`: `至2025年3月20日`, `—3月20日`, `至20日`, `-2025.3.20`,
  /// with a weekday or a time of day (`（星期五）`, `下午5:00`) and `起` allowed after the start. An end
  /// written without its year has none here (the caller takes the start's, or the next one's).
  static func rangeEnd(_ src: TextSource, after start: TextDate, limit: Int) -> TextDate? {
    var i = skipTime(src, from: start.range.upperBound, limit: limit)
    if i < limit, src.scalars[i] == "起" { i = src.skipSpaces(from: i + 1, limit: limit) }
    guard i < limit else { return nil }
    if let hit = src.anyOf(["至", "到", "~"], at: i) {
      i = hit.end
    } else if src.scalars[i] == "-" {
      while i < limit, src.scalars[i] == "-" { i += 1 }
    } else {
      return nil
    }
    i = src.skipSpaces(from: i, limit: limit)
    if let end = match(src, at: i, limit: limit) { return end }
    // `20日`: the day alone, in the month of the start.
    if let n = src.number(at: i, limit: limit, maxDigits: 2), n.end < limit,
      src.scalars[n.end] == "日" || src.scalars[n.end] == "号"
    {
      guard (1...31).contains(n.value) else { return nil }
      return TextDate(year: nil, month: start.month, day: n.value, range: i..<(n.end + 1))
    }
    if let n = cnNumber(src, at: i, limit: limit), n.end < limit, src.scalars[n.end] == "日" {
      guard (1...31).contains(n.value) else { return nil }
      return TextDate(year: nil, month: start.month, day: n.value, range: i..<(n.end + 1))
    }
    return nil
  }

  /// Skips spaces, a weekday in brackets (`（星期五）`) and a time of day (`下午5:00`, `17时30分`, `17:00`).
  static func skipTime(_ src: TextSource, from index: Int, limit: Int) -> Int {
    var i = src.skipSpaces(from: index, limit: limit)
    if i < limit, src.scalars[i] == "(" {
      var j = i + 1
      while j < limit, j - i <= 8, src.scalars[j] != ")" { j += 1 }
      if j < limit, src.scalars[j] == ")",
        src.find("星期", in: i..<j) != nil || src.find("周", in: i..<j) != nil
          || src.find("礼拜", in: i..<j) != nil
      {
        i = src.skipSpaces(from: j + 1, limit: limit)
      }
    }
    var j = i
    if let word = src.anyOf(["上午", "下午", "中午", "晚上", "早上", "凌晨", "午"], at: j) {
      j = src.skipSpaces(from: word.end, limit: limit)
    }
    if let hour = src.number(at: j, limit: limit, maxDigits: 2), hour.value <= 24 {
      var k = hour.end
      var isTime = false
      if k < limit, src.scalars[k] == ":" || src.scalars[k] == "." {
        if let minutes = src.number(at: k + 1, limit: limit, maxDigits: 2) {
          k = minutes.end
          isTime = true
        }
      }
      if k < limit, src.scalars[k] == "时" || src.scalars[k] == "点" {
        k += 1
        isTime = true
        if let minutes = src.number(at: k, limit: limit, maxDigits: 2), minutes.end < limit,
          src.scalars[minutes.end] == "分"
        {
          k = minutes.end + 1
        } else if k < limit, src.scalars[k] == "半" || src.scalars[k] == "整" {
          k += 1
        }
      }
      if isTime { i = src.skipSpaces(from: k, limit: limit) }
    }
    return i
  }

  /// A year and month, as birth dates are written: `1984年6月`, `1984.06`, `1984-06`, `1984/6`, `1984年06月生`.
  static func yearMonth(_ src: TextSource, at index: Int, limit: Int) -> (year: Int, month: Int, end: Int)? {
    guard !TextSource.isDigit(src.scalar(index - 1)), let y = src.number(at: index, limit: limit, maxDigits: 4),
      y.end - index == 4, (1900...2100).contains(y.value)
    else { return nil }
    var i = src.skipSpaces(from: y.end, limit: limit)
    guard i < limit else { return nil }
    let separator = src.scalars[i]
    guard separator == "年" || separator == "." || separator == "-" || separator == "/" else { return nil }
    i = src.skipSpaces(from: i + 1, limit: limit)
    guard let m = src.number(at: i, limit: limit, maxDigits: 2), (1...12).contains(m.value) else { return nil }
    var end = m.end
    let after = src.skipSpaces(from: end, limit: limit)
    if after < limit, src.scalars[after] == "月" { end = after + 1 }
    return (y.value, m.value, end)
  }

  // MARK: - Forms

  private static func arabic(_ src: TextSource, at index: Int, limit: Int) -> TextDate? {
    if let y = src.number(at: index, limit: limit, maxDigits: 4), y.end - index == 4 {
      var i = src.skipSpaces(from: y.end, limit: limit)
      guard i < limit else { return nil }
      let separator = src.scalars[i]
      if separator == "年" {
        i = src.skipSpaces(from: i + 1, limit: limit)
        guard let rest = monthDay(src, at: i, limit: limit) else { return nil }
        return make(y.value, rest.month, rest.day, index..<rest.end)
      }
      guard separator == "-" || separator == "." || separator == "/" else { return nil }
      guard let m = src.number(at: i + 1, limit: limit, maxDigits: 2), m.end < limit, src.scalars[m.end] == separator,
        let d = src.number(at: m.end + 1, limit: limit, maxDigits: 2)
      else { return nil }
      return make(y.value, m.value, d.value, index..<d.end)
    }
    guard let rest = monthDay(src, at: index, limit: limit) else { return nil }
    return make(nil, rest.month, rest.day, index..<rest.end)
  }

  /// `3月14日` / `3 月 14 号`.
  private static func monthDay(_ src: TextSource, at index: Int, limit: Int) -> (month: Int, day: Int, end: Int)? {
    guard let m = src.number(at: index, limit: limit, maxDigits: 2) else { return nil }
    var i = src.skipSpaces(from: m.end, limit: limit)
    guard i < limit, src.scalars[i] == "月" else { return nil }
    i = src.skipSpaces(from: i + 1, limit: limit)
    guard let d = src.number(at: i, limit: limit, maxDigits: 2) else { return nil }
    i = src.skipSpaces(from: d.end, limit: limit)
    guard i < limit, src.scalars[i] == "日" || src.scalars[i] == "号" else { return nil }
    return (m.value, d.value, i + 1)
  }

  /// `二〇二五年三月十四日`, `三月十四日`.
  private static func chinese(_ src: TextSource, at index: Int, limit: Int) -> TextDate? {
    var i = index
    var year: Int?
    var y = 0
    var digits = 0
    while i < limit, digits < 4, let d = cnDigit(src.scalars[i]) {
      y = y * 10 + d
      digits += 1
      i += 1
    }
    if digits == 4, i < limit, src.scalars[i] == "年" {
      year = y
      i += 1
    } else {
      i = index
    }
    guard let m = cnNumber(src, at: i, limit: limit), m.end < limit, src.scalars[m.end] == "月",
      let d = cnNumber(src, at: m.end + 1, limit: limit), d.end < limit,
      src.scalars[d.end] == "日" || src.scalars[d.end] == "号"
    else { return nil }
    return make(year, m.value, d.value, index..<(d.end + 1))
  }

  private static func make(_ year: Int?, _ month: Int, _ day: Int, _ range: Range<Int>) -> TextDate? {
    guard (1...12).contains(month), (1...31).contains(day) else { return nil }
    if let year, Day(year: year, month: month, day: day) == nil { return nil }
    return TextDate(year: year, month: month, day: day, range: range)
  }

  private static func cnDigit(_ scalar: Unicode.Scalar) -> Int? {
    switch scalar {
    case "〇", "○", "零", "Ｏ", "O": 0
    case "一": 1
    case "二": 2
    case "三": 3
    case "四": 4
    case "五": 5
    case "六": 6
    case "七": 7
    case "八": 8
    case "九": 9
    default: nil
    }
  }

  /// 一 … 三十一 (十, 十五, 二十, 二十三).
  static func cnNumber(_ src: TextSource, at index: Int, limit: Int) -> (value: Int, end: Int)? {
    guard index < limit else { return nil }
    var i = index
    var value = 0
    if src.scalars[i] == "十" {
      value = 10
      i += 1
    } else if let unit = cnDigit(src.scalars[i]), unit > 0 {
      value = unit
      i += 1
      if i < limit, src.scalars[i] == "十" {
        value *= 10
        i += 1
      } else {
        return (value, i)
      }
    } else {
      return nil
    }
    if i < limit, let unit = cnDigit(src.scalars[i]), unit > 0 {
      value += unit
      i += 1
    }
    return (value, i)
  }
}
