/// A finding's message in both languages, with `{expression}` placeholders filled in per finding.
/// `{{` and `}}` stand for literal braces.
public struct MessageTemplate: Sendable {
  public enum Piece: Sendable {
    case text(String)
    case expr(Expr)
  }

  public let zh: [Piece]
  public let en: [Piece]
  /// The pieces with their expressions compiled, for rendering.
  private let compiledZh: [CompiledPiece]
  private let compiledEn: [CompiledPiece]

  private enum CompiledPiece: Sendable {
    case text(String)
    case expr(CompiledExpr)

    init(_ piece: Piece) {
      switch piece {
      case .text(let text): self = .text(text)
      case .expr(let expr): self = .expr(CompiledExpr(expr))
      }
    }
  }

  public init(zh: [Piece], en: [Piece]) {
    self.zh = zh
    self.en = en
    compiledZh = zh.map(CompiledPiece.init)
    compiledEn = en.map(CompiledPiece.init)
  }

  /// Splits a template into text and compiled expressions. The error's offset is in code points
  /// from the start of the template.
  public static func parse(_ template: String, context: ExpressionContext) throws(ExpressionError) -> [Piece] {
    // Read by bytes, text copied in runs; braces are ASCII, so they are never inside a character.
    let bytes = Array(template.utf8)
    let open = UInt8(ascii: "{")
    let close = UInt8(ascii: "}")
    /// Error offsets count code points, as the rule file's columns do.
    func codePoints(before end: Int) -> Int { bytes[..<end].reduce(0) { $1 & 0xC0 == 0x80 ? $0 : $0 + 1 } }
    var pieces: [Piece] = []
    var text = ""
    var run = 0
    func flushRun(to end: Int) {
      if run < end { text += String(decoding: bytes[run..<end], as: UTF8.self) }
    }
    var i = 0
    while i < bytes.count {
      let c = bytes[i]
      if c == open {
        flushRun(to: i)
        if i + 1 < bytes.count, bytes[i + 1] == open {
          text += "{"
          i += 2
          run = i
          continue
        }
        guard let end = bytes[(i + 1)...].firstIndex(of: close) else {
          throw ExpressionError("unclosed '{' in message", at: codePoints(before: i))
        }
        if !text.isEmpty {
          pieces.append(.text(text))
          text = ""
        }
        do {
          let source = String(decoding: bytes[(i + 1)..<end], as: UTF8.self)
          pieces.append(.expr(try ExpressionParser.parse(source, context: context)))
        } catch {
          throw ExpressionError(error.message, at: codePoints(before: i) + 1 + error.offset)
        }
        i = end + 1
        run = i
      } else if c == close {
        flushRun(to: i)
        if i + 1 < bytes.count, bytes[i + 1] == close { i += 1 }
        text += "}"
        i += 1
        run = i
      } else {
        i += 1
      }
    }
    flushRun(to: bytes.count)
    if !text.isEmpty { pieces.append(.text(text)) }
    return pieces
  }

  func render(_ language: Language, _ env: Environment) -> String {
    var out = ""
    for piece in language == .en ? compiledEn : compiledZh {
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
