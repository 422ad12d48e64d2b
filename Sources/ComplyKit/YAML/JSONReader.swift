/// Reads RFC 8259 JSON into the same `Node` tree as `YAMLReader`.
///
/// The whole text is one document: objects become mappings, arrays sequences, strings double-quoted
/// scalars, and numbers / `true` / `false` / `null` plain scalars holding their source text. Marks are
/// 1-based, columns in code points. A leading UTF-8 byte order mark is allowed. Duplicate keys are
/// reported (the first value is kept); nesting is bounded by `ParseLimits.maxDepth`.
public enum JSONReader {
  public static func parse(_ bytes: [UInt8], limits: ParseLimits = .default) -> ParsedText {
    parse(bytes, limits: limits, workspace: nil)
  }

  public static func parse(_ bytes: UnsafeRawBufferPointer, limits: ParseLimits = .default) -> ParsedText {
    parse(
      text: UnsafeBufferPointer(start: bytes.baseAddress?.assumingMemoryBound(to: UInt8.self), count: bytes.count),
      limits: limits)
  }

  /// Parses with the tree builder's stacks of the thread that reads one file after another (see
  /// `ReadWorkspace`), or without them.
  static func parse(_ bytes: [UInt8], limits: ParseLimits, workspace: ReadWorkspace?) -> ParsedText {
    bytes.withUnsafeBufferPointer { parse(text: $0, limits: limits, stacks: workspace?.stacks) }
  }

  static func parse(text: UnsafeBufferPointer<UInt8>, limits: ParseLimits, stacks: TreeBuilder.Stacks? = nil) -> ParsedText {
    var parser = JSONParser(text: text, limits: limits, stacks: stacks)
    return parser.run()
  }
}

/// The JSON parser's state: a cursor over the bytes, the current line, and the tree being built.
struct JSONParser {
  /// A syntax error at a byte offset (turned into a mark only when reported).
  struct Failure: Error {
    let message: String
    let offset: Int
  }

  let text: UnsafeBufferPointer<UInt8>
  var position = 0
  /// The current line (1-based) and the offset where it starts.
  var line = 1
  var lineStart = 0
  /// Column cache: `columnOffset` on the line starting at `columnLineStart` is at column `column`.
  var columnLineStart = 0
  var columnOffset = 0
  var column = 1
  var builder: TreeBuilder
  /// Reused buffer for strings with escapes.
  var scratch: [UInt8] = []

  init(text: UnsafeBufferPointer<UInt8>, limits: ParseLimits, stacks: TreeBuilder.Stacks? = nil) {
    self.text = text
    builder = TreeBuilder(limits: limits, stacks: stacks)
    if SourceScan.hasBOM(text) {
      position = 3
      lineStart = 3
    }
  }

  mutating func run() -> ParsedText {
    var documents: [Node] = []
    do throws(Failure) {
      if let document = try parseDocument() { documents.append(document) }
    } catch {
      builder.report(error.message, at: mark(at: error.offset))
    }
    return ParsedText(documents: documents, errors: builder.errors)
  }

  /// Parses the single top-level value iteratively: `open` holds one entry per open container
  /// (true for an object), and `needValue` says whether a value is expected next.
  private mutating func parseDocument() throws(Failure) -> Node? {
    skipWhitespace()
    guard position < text.count else { throw Failure(message: "expected a JSON value", offset: position) }
    builder.beginDocument()
    var open: [Bool] = []
    var needValue = true
    while true {
      if needValue {
        guard position < text.count else { throw endOfInput() }
        let byte = text[position]
        switch byte {
        case UInt8(ascii: "{"), UInt8(ascii: "["):
          let isObject = byte == UInt8(ascii: "{")
          builder.startCollection(isMapping: isObject, mark: mark(at: position), anchor: nil)
          if builder.isSkipping { return nil }
          open.append(isObject)
          position += 1
          skipWhitespace()
          if position < text.count, text[position] == (isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")) {
            position += 1
            open.removeLast()
            builder.endCollection()
            needValue = false
          } else if isObject {
            try parseKey()
          }
        case UInt8(ascii: "\""):
          let start = position
          let value = try parseString()
          builder.scalar(ScalarNode(text: value, style: .doubleQuoted, mark: mark(at: start)), anchor: nil)
          needValue = false
        default:
          let start = position
          let value = try parseBareValue()
          builder.scalar(ScalarNode(text: value, style: .plain, mark: mark(at: start)), anchor: nil)
          needValue = false
        }
        continue
      }
      skipWhitespace()
      guard let isObject = open.last else {
        guard position == text.count else { throw unexpected("after the JSON value") }
        return builder.endDocument()
      }
      let close = isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")
      guard position < text.count else { throw endOfInput() }
      let byte = text[position]
      if byte == UInt8(ascii: ",") {
        position += 1
        skipWhitespace()
        if isObject { try parseKey() }
        needValue = true
      } else if byte == close {
        position += 1
        open.removeLast()
        builder.endCollection()
      } else {
        throw unexpected(isObject ? "(expected ',' or '}')" : "(expected ',' or ']')")
      }
    }
  }

  /// `"key" :` followed by whitespace; the key goes to the builder.
  private mutating func parseKey() throws(Failure) {
    guard position < text.count, text[position] == UInt8(ascii: "\"") else {
      throw position < text.count ? unexpected("(expected a string key)") : endOfInput()
    }
    let start = position
    let key = try parseString()
    builder.scalar(ScalarNode(text: key, style: .doubleQuoted, mark: mark(at: start)), anchor: nil)
    skipWhitespace()
    guard position < text.count, text[position] == UInt8(ascii: ":") else {
      throw position < text.count ? unexpected("(expected ':')") : endOfInput()
    }
    position += 1
    skipWhitespace()
  }

  /// A number or `true` / `false` / `null`, returned as its source text.
  private mutating func parseBareValue() throws(Failure) -> String {
    let start = position
    for literal: StaticString in ["true", "false", "null"] where matches(literal) {
      position += literal.utf8CodeUnitCount
      return literal.description
    }
    if text[position] == UInt8(ascii: "-") { position += 1 }
    guard position < text.count else { throw endOfInput() }
    guard isDigit(text[position]) else { throw unexpected("") }
    if text[position] == UInt8(ascii: "0") {
      position += 1
      if position < text.count, isDigit(text[position]) {
        throw Failure(message: "a number must not have leading zeros", offset: start)
      }
    } else {
      skipDigits()
    }
    if position < text.count, text[position] == UInt8(ascii: ".") {
      position += 1
      try requireDigits("a digit after the decimal point")
    }
    if position < text.count, text[position] | 0x20 == UInt8(ascii: "e") {
      position += 1
      if position < text.count, text[position] == UInt8(ascii: "+") || text[position] == UInt8(ascii: "-") {
        position += 1
      }
      try requireDigits("a digit in the exponent")
    }
    return String(decoding: UnsafeBufferPointer(rebasing: text[start..<position]), as: UTF8.self)
  }

  private func matches(_ literal: StaticString) -> Bool {
    let count = literal.utf8CodeUnitCount
    guard position + count <= text.count else { return false }
    let bytes = literal.utf8Start
    for i in 0..<count where text[position + i] != bytes[i] { return false }
    return true
  }

  @inline(__always)
  private func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

  private mutating func skipDigits() {
    while position < text.count, isDigit(text[position]) { position += 1 }
  }

  private mutating func requireDigits(_ what: String) throws(Failure) {
    guard position < text.count, isDigit(text[position]) else {
      throw position < text.count ? unexpected("(expected \(what))") : endOfInput()
    }
    skipDigits()
  }

  /// Skips JSON whitespace, counting lines (LF, CR or CRLF).
  @inline(__always)
  mutating func skipWhitespace() {
    while position < text.count {
      switch text[position] {
      case UInt8(ascii: " "), UInt8(ascii: "\t"):
        position += 1
      case UInt8(ascii: "\n"):
        position += 1
        newLine()
      case UInt8(ascii: "\r"):
        position += 1
        if position < text.count, text[position] == UInt8(ascii: "\n") { position += 1 }
        newLine()
      default:
        return
      }
    }
  }

  private mutating func newLine() {
    line += 1
    lineStart = position
  }

  /// The mark of `offset` on the current line. Columns are counted forward from the last mark asked for,
  /// so a long single-line file costs linear time overall.
  mutating func mark(at offset: Int) -> Mark {
    if columnLineStart != lineStart || offset < columnOffset {
      columnLineStart = lineStart
      columnOffset = lineStart
      column = 1
    }
    var i = columnOffset
    var col = column
    while i < offset {
      if text[i] & 0xC0 != 0x80 { col += 1 }
      i += 1
    }
    columnOffset = offset
    column = col
    return Mark(line: line, column: col)
  }

  func endOfInput() -> Failure {
    Failure(message: "unexpected end of input", offset: position)
  }

  /// "unexpected character 'x' …" at the current position (which must be inside the text).
  func unexpected(_ detail: String) -> Failure {
    let suffix = detail.isEmpty ? "" : " " + detail
    let byte = text[position]
    if byte >= 0x20 && byte < 0x7F {
      return Failure(message: "unexpected character '\(Character(UnicodeScalar(byte)))'\(suffix)", offset: position)
    }
    guard let (value, _) = SourceScan.decode(text, at: position) else {
      return Failure(message: "invalid UTF-8 byte \(SourceScan.hexByte(byte))", offset: position)
    }
    return Failure(message: "unexpected character \(SourceScan.codePoint(value))\(suffix)", offset: position)
  }
}
