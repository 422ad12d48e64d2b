/// Byte-level helpers shared by the readers: UTF-8 decoding, the character check libyaml applies, and
/// turning a byte offset into a `Mark`.
enum SourceScan {
  /// The UTF-8 byte order mark.
  static func hasBOM(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
    text.count >= 3 && text[0] == 0xEF && text[1] == 0xBB && text[2] == 0xBF
  }

  /// Decodes the scalar starting at `i`; nil when the bytes there are not well-formed UTF-8
  /// (truncated, overlong, surrogate, above U+10FFFF, stray continuation byte).
  @inline(__always)
  static func decode(_ text: UnsafeBufferPointer<UInt8>, at i: Int) -> (value: UInt32, length: Int)? {
    let b0 = text[i]
    if b0 < 0x80 { return (UInt32(b0), 1) }
    func continuation(_ k: Int) -> UInt32? {
      guard i + k < text.count, text[i + k] & 0xC0 == 0x80 else { return nil }
      return UInt32(text[i + k] & 0x3F)
    }
    switch b0 {
    case 0xC2...0xDF:
      guard let c1 = continuation(1) else { return nil }
      return (UInt32(b0 & 0x1F) << 6 | c1, 2)
    case 0xE0...0xEF:
      guard let c1 = continuation(1), let c2 = continuation(2) else { return nil }
      let value = UInt32(b0 & 0x0F) << 12 | c1 << 6 | c2
      guard value >= 0x800, !(0xD800...0xDFFF).contains(value) else { return nil }
      return (value, 3)
    case 0xF0...0xF4:
      guard let c1 = continuation(1), let c2 = continuation(2), let c3 = continuation(3) else { return nil }
      let value = UInt32(b0 & 0x07) << 18 | c1 << 12 | c2 << 6 | c3
      guard (0x10000...0x10FFFF).contains(value) else { return nil }
      return (value, 4)
    default:
      return nil
    }
  }

  /// The first place where `text` is not well-formed UTF-8 or holds a character YAML does not allow
  /// (C0 controls other than tab/LF/CR, DEL, C1 controls other than NEL, U+FFFE, U+FFFF), with a message.
  static func firstDisallowed(in text: UnsafeBufferPointer<UInt8>) -> (offset: Int, message: String)? {
    var i = 0
    let count = text.count
    while i < count {
      let byte = text[i]
      if byte < 0x80 {
        if (byte >= 0x20 && byte != 0x7F) || byte == 0x0A || byte == 0x0D || byte == 0x09 {
          i += 1
          continue
        }
        return (i, "control character \(codePoint(UInt32(byte))) is not allowed")
      }
      guard let (value, length) = decode(text, at: i) else {
        return (i, "invalid UTF-8 byte \(hexByte(byte))")
      }
      if (value >= 0x80 && value < 0xA0 && value != 0x85) || value == 0xFFFE || value == 0xFFFF {
        return (i, "character \(codePoint(value)) is not allowed")
      }
      i += length
    }
    return nil
  }

  /// The mark of byte `offset`, counting line breaks as YAML does (LF, CR, CRLF, NEL, LS, PS)
  /// and columns in code points. The bytes before `offset` must be valid UTF-8.
  static func mark(at offset: Int, in text: UnsafeBufferPointer<UInt8>) -> Mark {
    var line = 1
    var column = 1
    var i = 0
    let end = min(offset, text.count)
    while i < end {
      let byte = text[i]
      var breakLength = 0
      if byte == 0x0A {
        breakLength = 1
      } else if byte == 0x0D {
        // A CR followed by LF is one break, counted at the LF.
        if i + 1 < text.count, text[i + 1] == 0x0A {
          i += 1
          continue
        }
        breakLength = 1
      } else if byte == 0xC2, i + 1 < text.count, text[i + 1] == 0x85 {
        breakLength = 2
      } else if byte == 0xE2, i + 2 < text.count, text[i + 1] == 0x80, text[i + 2] == 0xA8 || text[i + 2] == 0xA9 {
        breakLength = 3
      }
      if breakLength > 0 {
        line += 1
        column = 1
        i += breakLength
        continue
      }
      if byte & 0xC0 != 0x80 { column += 1 }
      i += 1
    }
    return Mark(line: line, column: column)
  }

  /// `U+0001` style.
  static func codePoint(_ value: UInt32) -> String {
    let hex = String(value, radix: 16, uppercase: true)
    return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
  }

  /// `0xFF` style.
  static func hexByte(_ byte: UInt8) -> String {
    let hex = String(byte, radix: 16, uppercase: true)
    return "0x" + (hex.count < 2 ? "0" : "") + hex
  }
}
