enum TokenKind: Equatable {
  case number(Int)
  case string(String)
  case identifier(String)
  /// `$` alone (the record) or `$name` (a variable).
  case variable(String)
  case symbol(String)
  case end
}

struct Token {
  let kind: TokenKind
  let offset: Int
}

/// Splits an expression into tokens. Offsets count Unicode code points, so an error can be placed
/// in the rule file.
struct Lexer {
  static let symbols = ["??", "==", "!=", "<=", ">=", "<", ">", "+", "-", "*", "/", "%", "(", ")", "[", "]", ",", "."]

  static func tokens(_ source: String) throws(ExpressionError) -> [Token] {
    let chars = Array(source.unicodeScalars)
    // Where each code point starts in the UTF-8 text, so that a name or a string is copied out whole.
    let utf8 = Array(source.utf8)
    var starts: [Int] = []
    starts.reserveCapacity(chars.count + 1)
    for (offset, byte) in utf8.enumerated() where byte & 0xC0 != 0x80 { starts.append(offset) }
    starts.append(utf8.count)
    func text(_ range: Range<Int>) -> String { String(decoding: utf8[starts[range.lowerBound]..<starts[range.upperBound]], as: UTF8.self) }
    var tokens: [Token] = []
    var i = 0
    func isIdentStart(_ c: Unicode.Scalar) -> Bool {
      c == "_" || (c >= "a" && c <= "z") || (c >= "A" && c <= "Z")
    }
    func isIdentPart(_ c: Unicode.Scalar) -> Bool { isIdentStart(c) || (c >= "0" && c <= "9") }
    while i < chars.count {
      let c = chars[i]
      if c == " " || c == "\t" || c == "\n" || c == "\r" {
        i += 1
        continue
      }
      let start = i
      if c >= "0" && c <= "9" {
        var value = 0
        while i < chars.count, chars[i] >= "0", chars[i] <= "9" {
          let (product, overflow1) = value.multipliedReportingOverflow(by: 10)
          let (sum, overflow2) = product.addingReportingOverflow(Int(chars[i].value - 48))
          if overflow1 || overflow2 { throw ExpressionError("number too large", at: start) }
          value = sum
          i += 1
        }
        tokens.append(Token(kind: .number(value), offset: start))
      } else if c == "'" || c == "\"" {
        i += 1
        var value = ""
        var run = i
        var closed = false
        while i < chars.count {
          if chars[i] == c {
            value += text(run..<i)
            // A doubled quote inside the string stands for one quote.
            if i + 1 < chars.count, chars[i + 1] == c {
              value.unicodeScalars.append(c)
              i += 2
              run = i
              continue
            }
            closed = true
            i += 1
            break
          }
          i += 1
        }
        if !closed { throw ExpressionError("unterminated string", at: start) }
        tokens.append(Token(kind: .string(value), offset: start))
      } else if c == "$" {
        i += 1
        while i < chars.count, isIdentPart(chars[i]) { i += 1 }
        tokens.append(Token(kind: .variable(text((start + 1)..<i)), offset: start))
      } else if isIdentStart(c) {
        while i < chars.count, isIdentPart(chars[i]) { i += 1 }
        tokens.append(Token(kind: .identifier(text(start..<i)), offset: start))
      } else {
        // Two-character symbols first (`<=` before `<`), compared scalar by scalar.
        let next = i + 1 < chars.count ? chars[i + 1] : nil
        guard
          let symbol = symbols.first(where: { symbol in
            var scalars = symbol.unicodeScalars.makeIterator()
            return scalars.next() == c && (symbol.unicodeScalars.count == 1 || scalars.next() == next)
          })
        else { throw ExpressionError("unexpected character '\(c)'", at: start) }
        tokens.append(Token(kind: .symbol(symbol), offset: start))
        i += symbol.unicodeScalars.count
      }
    }
    tokens.append(Token(kind: .end, offset: chars.count))
    return tokens
  }
}
