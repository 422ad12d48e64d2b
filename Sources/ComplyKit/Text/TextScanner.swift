/// A plain text held as Unicode scalars, each with the line and column it came from, and beside it a
/// normalized copy of the same length that the extractors match against: full-width ASCII forms
/// (`０-９`, `：`, `（`, `＠`) folded to ASCII, dashes (`—`, `－`, `–`) to `-`, the ideographic space to a
/// space, Markdown emphasis (`*`, `` ` ``) to a space. Folding is one scalar for one scalar,
/// so an index into the normalized text is an index into the original and has a `Mark`.
struct TextSource: Sendable {
  /// The text as written (a leading byte-order mark dropped).
  let original: [Unicode.Scalar]
  /// The folded copy, same length.
  let scalars: [Unicode.Scalar]
  /// Line and column (1-based, code points) of each scalar, and one more for the end of the text.
  private let marks: [Mark]
  /// The scalars of each line, line break excluded.
  let lines: [Range<Int>]

  init(_ text: String) {
    var original = Array(text.unicodeScalars)
    if original.first == "\u{FEFF}" { original.removeFirst() }
    var marks: [Mark] = []
    marks.reserveCapacity(original.count + 1)
    var lines: [Range<Int>] = []
    var line = 1
    var column = 1
    var lineStart = 0
    for (i, scalar) in original.enumerated() {
      marks.append(Mark(line: line, column: column))
      if scalar == "\n" {
        var end = i
        if end > lineStart, original[end - 1] == "\r" { end -= 1 }
        lines.append(lineStart..<end)
        line += 1
        column = 1
        lineStart = i + 1
      } else {
        column += 1
      }
    }
    marks.append(Mark(line: line, column: column))
    var end = original.count
    if end > lineStart, original[end - 1] == "\r" { end -= 1 }
    lines.append(lineStart..<end)
    self.original = original
    self.scalars = original.map(Self.fold)
    self.marks = marks
    self.lines = lines
  }

  var count: Int { scalars.count }

  /// The mark of the scalar at `index` (the end of the text for `count`).
  func mark(_ index: Int) -> Mark { marks[max(0, min(index, marks.count - 1))] }

  /// The 0-based line that holds `index`.
  func line(of index: Int) -> Int { mark(index).line - 1 }

  /// The text as written.
  func text(_ range: Range<Int>) -> String {
    var out = String.UnicodeScalarView()
    out.append(contentsOf: original[range])
    return String(out)
  }

  /// The text as written, with full-width digits and Latin letters (`１８号`) made ASCII.
  func textFoldingDigits(_ range: Range<Int>) -> String {
    var out = String.UnicodeScalarView()
    for i in range {
      let v = original[i].value
      let isWide = (0xFF10...0xFF19).contains(v) || (0xFF21...0xFF3A).contains(v) || (0xFF41...0xFF5A).contains(v)
      out.append(isWide ? scalars[i] : original[i])
    }
    return String(out)
  }

  /// The folded text.
  func folded(_ range: Range<Int>) -> String {
    var out = String.UnicodeScalarView()
    out.append(contentsOf: scalars[range])
    return String(out)
  }

  /// The range without the spaces at either end.
  func trimmed(_ range: Range<Int>) -> Range<Int> {
    var low = range.lowerBound
    var high = range.upperBound
    while low < high, Self.isSpace(scalars[low]) { low += 1 }
    while high > low, Self.isSpace(scalars[high - 1]) { high -= 1 }
    return low..<high
  }

  /// Whether the line is empty or only spaces.
  func isBlank(_ line: Int) -> Bool { trimmed(lines[line]).isEmpty }

  /// The first place in `range` where `needle` (folded like the text) starts.
  func find(_ needle: String, in range: Range<Int>) -> Int? {
    let pattern = needle.unicodeScalars.map(Self.fold)
    guard !pattern.isEmpty, range.count >= pattern.count else { return nil }
    var i = range.lowerBound
    while i + pattern.count <= range.upperBound {
      if matches(pattern, at: i) { return i }
      i += 1
    }
    return nil
  }

  /// Whether `needle` (folded) is written at `index`.
  func has(_ needle: String, at index: Int) -> Bool {
    matches(needle.unicodeScalars.map(Self.fold), at: index)
  }

  /// The first of `needles` written at `index` (longest first), and where it ends.
  func anyOf(_ needles: [String], at index: Int) -> (needle: String, end: Int)? {
    guard let head = scalar(index) else { return nil }
    var best: (needle: String, end: Int)?
    for needle in needles {
      guard let first = needle.unicodeScalars.first, Self.fold(first) == head else { continue }
      let end = index + needle.unicodeScalars.count
      if end > (best?.end ?? 0), has(needle, at: index) { best = (needle, end) }
    }
    return best
  }

  /// The earliest of `needles` in `range` (the longest of those starting at the same place).
  func findAny(_ needles: [String], in range: Range<Int>) -> (needle: String, start: Int, end: Int)? {
    var i = range.lowerBound
    while i < range.upperBound {
      if let hit = anyOf(needles, at: i), hit.end <= range.upperBound { return (hit.needle, i, hit.end) }
      i += 1
    }
    return nil
  }

  private func matches(_ pattern: [Unicode.Scalar], at index: Int) -> Bool {
    guard index >= 0, index + pattern.count <= scalars.count else { return false }
    for (k, scalar) in pattern.enumerated() where scalars[index + k] != scalar { return false }
    return true
  }

  func scalar(_ index: Int) -> Unicode.Scalar? {
    index >= 0 && index < scalars.count ? scalars[index] : nil
  }

  /// Skips spaces from `index` up to `limit`.
  func skipSpaces(from index: Int, limit: Int) -> Int {
    var i = index
    while i < limit, Self.isSpace(scalars[i]) { i += 1 }
    return i
  }

  /// Skips what usually stands between a label and its value: spaces, a colon, `为`, `是`.
  func skipLabelGlue(from index: Int, limit: Int) -> Int {
    var i = skipSpaces(from: index, limit: limit)
    if i < limit, scalars[i] == ":" { i = skipSpaces(from: i + 1, limit: limit) }
    if i < limit, scalars[i] == "为" || scalars[i] == "是" { i = skipSpaces(from: i + 1, limit: limit) }
    if i < limit, scalars[i] == ":" { i = skipSpaces(from: i + 1, limit: limit) }
    return i
  }

  /// A run of ASCII digits at `index` (at most `maxDigits`), its value and end.
  func number(at index: Int, limit: Int, maxDigits: Int = 9) -> (value: Int, end: Int)? {
    var i = index
    var value = 0
    while i < limit, i - index < maxDigits, let d = Self.digit(scalars[i]) {
      value = value * 10 + d
      i += 1
    }
    guard i > index else { return nil }
    if i < limit, Self.digit(scalars[i]) != nil { return nil }
    return (value, i)
  }

  // MARK: - Characters

  static func digit(_ scalar: Unicode.Scalar) -> Int? {
    scalar.value >= 48 && scalar.value <= 57 ? Int(scalar.value - 48) : nil
  }

  static func isDigit(_ scalar: Unicode.Scalar?) -> Bool { scalar.map { digit($0) != nil } ?? false }

  static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
    scalar == " " || scalar == "\t" || scalar == "\r" || scalar == "\n"
  }

  static func isASCIILetter(_ scalar: Unicode.Scalar?) -> Bool {
    guard let v = scalar?.value else { return false }
    return (v >= 65 && v <= 90) || (v >= 97 && v <= 122)
  }

  /// CJK unified ideographs (and the middle dot of transliterated names).
  static func isHan(_ scalar: Unicode.Scalar) -> Bool {
    let v = scalar.value
    return (0x4E00...0x9FFF).contains(v) || (0x3400...0x4DBF).contains(v) || v == 0x00B7 || v == 0x30FB
  }

  /// Punctuation that ends a clause: `，` `；` `。` `、` and their ASCII forms.
  static func isClauseEnd(_ scalar: Unicode.Scalar) -> Bool {
    scalar == "," || scalar == ";" || scalar == "。" || scalar == "、" || scalar == "!" || scalar == "?"
  }

  /// The folding described on the type.
  static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
    let v = scalar.value
    switch v {
    case 0xFF01...0xFF5E:
      return Unicode.Scalar(v - 0xFEE0) ?? scalar
    case 0x3000, 0x00A0, 0x2002...0x200B:
      return " "
    case 0x2010...0x2015, 0x2212, 0xFE58, 0xFE63, 0x2E3A, 0x2E3B:
      return "-"
    case 0x301C, 0x223C:
      return "~"
    case 0x2236, 0xFE55:
      return ":"
    case 0x2A, 0x60:  // Markdown emphasis and code marks
      return " "
    default:
      return scalar
    }
  }
}

/// Builds the nodes of a record found in text: every scalar carries the mark of the text it came from.
struct RecordBuilder {
  private(set) var entries: [MappingNode.Entry] = []
  let mark: Mark

  init(mark: Mark) { self.mark = mark }

  var isEmpty: Bool { entries.isEmpty }

  mutating func add(_ key: String, _ value: Node, keyMark: Mark? = nil) {
    entries.append(MappingNode.Entry(key: ScalarNode(text: key, mark: keyMark ?? value.mark), value: value))
  }

  mutating func text(_ key: String, _ text: String, at mark: Mark, keyMark: Mark? = nil) {
    add(key, Self.text(text, at: mark), keyMark: keyMark)
  }

  mutating func int(_ key: String, _ value: Int, at mark: Mark, keyMark: Mark? = nil) {
    add(key, .scalar(ScalarNode(text: String(value), mark: mark)), keyMark: keyMark)
  }

  var node: Node { .mapping(MappingNode(entries: entries, mark: mark)) }
  var mapping: MappingNode { MappingNode(entries: entries, mark: mark) }

  /// A text scalar (quoted, so that it is never read as a number, a bool or null).
  static func text(_ text: String, at mark: Mark) -> Node {
    .scalar(ScalarNode(text: text, style: .doubleQuoted, mark: mark))
  }
}
