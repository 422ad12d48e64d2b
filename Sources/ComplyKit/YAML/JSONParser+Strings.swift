extension JSONParser {
  /// Parses the string whose opening quote is at `position`, leaving `position` after the closing quote.
  /// Strings without escapes are decoded straight from the input; others go through `scratch`.
  mutating func parseString() throws(Failure) -> String {
    let quote = position
    position += 1
    let start = position
    while position < text.count {
      let byte = text[position]
      if byte == UInt8(ascii: "\"") {
        let value = String(decoding: UnsafeBufferPointer(rebasing: text[start..<position]), as: UTF8.self)
        position += 1
        return value
      }
      if byte == UInt8(ascii: "\\") { break }
      try skipStringCharacter(byte)
    }
    guard position < text.count else { throw Failure(message: "unterminated string", offset: quote) }
    scratch.removeAll(keepingCapacity: true)
    scratch.append(contentsOf: UnsafeBufferPointer(rebasing: text[start..<position]))
    while position < text.count {
      let byte = text[position]
      if byte == UInt8(ascii: "\"") {
        position += 1
        return String(decoding: scratch, as: UTF8.self)
      }
      if byte == UInt8(ascii: "\\") {
        try parseEscape()
      } else {
        let from = position
        try skipStringCharacter(byte)
        scratch.append(contentsOf: UnsafeBufferPointer(rebasing: text[from..<position]))
      }
    }
    throw Failure(message: "unterminated string", offset: quote)
  }

  /// Steps over one unescaped character of a string, checking it.
  @inline(__always)
  private mutating func skipStringCharacter(_ byte: UInt8) throws(Failure) {
    if byte >= 0x20 && byte < 0x80 {
      position += 1
    } else if byte < 0x20 {
      throw Failure(
        message: "control character \(SourceScan.codePoint(UInt32(byte))) must be escaped in a string",
        offset: position)
    } else {
      guard let (_, length) = SourceScan.decode(text, at: position) else {
        throw Failure(message: "invalid UTF-8 byte \(SourceScan.hexByte(byte))", offset: position)
      }
      position += length
    }
  }

  /// Decodes the escape at `position` (a backslash) into `scratch`.
  private mutating func parseEscape() throws(Failure) {
    let backslash = position
    guard position + 1 < text.count else { throw Failure(message: "unterminated string", offset: backslash) }
    let letter = text[position + 1]
    position += 2
    let simple: UInt8
    switch letter {
    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): simple = letter
    case UInt8(ascii: "b"): simple = 0x08
    case UInt8(ascii: "f"): simple = 0x0C
    case UInt8(ascii: "n"): simple = 0x0A
    case UInt8(ascii: "r"): simple = 0x0D
    case UInt8(ascii: "t"): simple = 0x09
    case UInt8(ascii: "u"):
      try parseUnicodeEscape(backslash: backslash)
      return
    default:
      throw Failure(message: "invalid escape in string", offset: backslash)
    }
    scratch.append(simple)
  }

  /// `\uXXXX`, with a UTF-16 surrogate pair spelled as two escapes.
  private mutating func parseUnicodeEscape(backslash: Int) throws(Failure) {
    var value = try hex4(escapeAt: backslash)
    if (0xDC00...0xDFFF).contains(value) {
      throw Failure(message: "unpaired low surrogate in \\u escape", offset: backslash)
    }
    if (0xD800...0xDBFF).contains(value) {
      let low = position
      guard position + 1 < text.count, text[position] == UInt8(ascii: "\\"), text[position + 1] == UInt8(ascii: "u")
      else { throw Failure(message: "unpaired high surrogate in \\u escape", offset: backslash) }
      position += 2
      let second = try hex4(escapeAt: low)
      guard (0xDC00...0xDFFF).contains(second) else {
        throw Failure(message: "unpaired high surrogate in \\u escape", offset: backslash)
      }
      value = 0x10000 + ((value - 0xD800) << 10) + (second - 0xDC00)
    }
    appendUTF8(value)
  }

  /// Four hex digits at `position`.
  private mutating func hex4(escapeAt backslash: Int) throws(Failure) -> UInt32 {
    guard position + 4 <= text.count else { throw Failure(message: "incomplete \\u escape", offset: backslash) }
    var value: UInt32 = 0
    for _ in 0..<4 {
      let byte = text[position]
      let digit: UInt8
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
      case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
      case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
      default: throw Failure(message: "invalid \\u escape (expected 4 hex digits)", offset: backslash)
      }
      value = value << 4 | UInt32(digit)
      position += 1
    }
    return value
  }

  private mutating func appendUTF8(_ value: UInt32) {
    switch value {
    case 0..<0x80:
      scratch.append(UInt8(value))
    case 0x80..<0x800:
      scratch.append(UInt8(0xC0 | value >> 6))
      scratch.append(UInt8(0x80 | value & 0x3F))
    case 0x800..<0x10000:
      scratch.append(UInt8(0xE0 | value >> 12))
      scratch.append(UInt8(0x80 | value >> 6 & 0x3F))
      scratch.append(UInt8(0x80 | value & 0x3F))
    default:
      scratch.append(UInt8(0xF0 | value >> 18))
      scratch.append(UInt8(0x80 | value >> 12 & 0x3F))
      scratch.append(UInt8(0x80 | value >> 6 & 0x3F))
      scratch.append(UInt8(0x80 | value & 0x3F))
    }
  }
}
