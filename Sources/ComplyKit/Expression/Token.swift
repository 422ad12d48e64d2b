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
        var text = String.UnicodeScalarView()
        var closed = false
        while i < chars.count {
          if chars[i] == c {
            // A doubled quote inside the string stands for one quote.
            if i + 1 < chars.count, chars[i + 1] == c {
              text.append(c)
              i += 2
              continue
            }
            closed = true
            i += 1
            break
          }
          text.append(chars[i])
          i += 1
        }
        if !closed { throw ExpressionError("unterminated string", at: start) }
        tokens.append(Token(kind: .string(String(text)), offset: start))
      } else if c == "$" {
        i += 1
        var name = String.UnicodeScalarView()
        while i < chars.count, isIdentPart(chars[i]) {
          name.append(chars[i])
          i += 1
        }
        tokens.append(Token(kind: .variable(String(name)), offset: start))
      } else if isIdentStart(c) {
        var name = String.UnicodeScalarView()
        while i < chars.count, isIdentPart(chars[i]) {
          name.append(chars[i])
          i += 1
        }
        tokens.append(Token(kind: .identifier(String(name)), offset: start))
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
