/// A finding's message in both languages, with `{expression}` placeholders filled in per finding.
/// `{{` and `}}` stand for literal braces.
public struct MessageTemplate: Sendable {
  public enum Piece: Sendable {
    case text(String)
    case expr(Expr)
  }

  public let zh: [Piece]
  public let en: [Piece]

  public init(zh: [Piece], en: [Piece]) {
    self.zh = zh
    self.en = en
  }

  /// Splits a template into text and compiled expressions. The error's offset is in code points
  /// from the start of the template.
  public static func parse(_ template: String, context: ExpressionContext) throws(ExpressionError) -> [Piece] {
    let chars = Array(template.unicodeScalars)
    var pieces: [Piece] = []
    var text = String.UnicodeScalarView()
    var i = 0
    while i < chars.count {
      let c = chars[i]
      if c == "{" {
        if i + 1 < chars.count, chars[i + 1] == "{" {
          text.append("{")
          i += 2
          continue
        }
        guard let close = chars[(i + 1)...].firstIndex(of: "}") else {
          throw ExpressionError("unclosed '{' in message", at: i)
        }
        if !text.isEmpty {
          pieces.append(.text(String(text)))
          text = String.UnicodeScalarView()
        }
        var source = String.UnicodeScalarView()
        source.append(contentsOf: chars[(i + 1)..<close])
        do {
          pieces.append(.expr(try ExpressionParser.parse(String(source), context: context)))
        } catch {
          throw ExpressionError(error.message, at: i + 1 + error.offset)
        }
        i = close + 1
      } else if c == "}" {
        if i + 1 < chars.count, chars[i + 1] == "}" { i += 1 }
        text.append("}")
        i += 1
      } else {
        text.append(c)
        i += 1
      }
    }
    if !text.isEmpty { pieces.append(.text(String(text))) }
    return pieces
  }

  func render(_ language: Language, _ env: Environment) -> String {
    var out = ""
    for piece in language == .en ? en : zh {
      switch piece {
      case .text(let text): out += text
      case .expr(let expr):
        let value = expr.evaluate(env)
        let rendered: String?
        if let items = value.listValue, !(value.isMissing) {
          rendered = items.compactMap { Function.display($0, env.store) }.joined(separator: language == .en ? ", " : "、")
        } else {
          rendered = Function.display(value, env.store)
        }
        out += rendered ?? "—"
      }
    }
    return out
  }
}
