/// A compiled expression of the rule language. Parsed once when a rule is loaded; evaluated per record.
///
/// The language, in short (see `docs/rule-language.md`):
/// - paths: `agenda[0].category`, relative to the current scope (the record, or the element inside
///   `all(list, …)` and `for_each`); `$` is the record; `$name` a variable; `it` the current element;
/// - literals: `12`, `'text'` or `"text"`, `true`, `false`, `null`, `[a, b]`;
/// - operators: `?? * / % + - == != < <= > >= in, not in, matches, and, or, not` (this order of precedence);
/// - functions: see `Function`.
public indirect enum Expr: Sendable {
  case literal(Value)
  case scope
  case root
  case variable(String)
  /// A field of the current scope: `agenda`.
  case field(String)
  case member(Expr, String)
  case index(Expr, Expr)
  case list([Expr])
  case negate(Expr)
  case not(Expr)
  case binary(BinaryOperator, Expr, Expr)
  case matches(Expr, RegexBox)
  case call(Function, [Expr])
}

public enum BinaryOperator: String, Sendable {
  case coalesce = "??"
  case multiply = "*", divide = "/", remainder = "%"
  case add = "+", subtract = "-"
  case equal = "==", notEqual = "!=", less = "<", lessOrEqual = "<=", greater = ">", greaterOrEqual = ">="
  case isIn = "in", notIn = "not in"
  case and, or
}

/// A compiled regular expression, checked when the rule is loaded and matched in linear time
/// (see `Pattern`).
public struct RegexBox: Sendable {
  public var source: String { pattern.source }
  let pattern: Pattern

  init(source: String) throws(Pattern.Failure) {
    pattern = try Pattern(source)
  }

  /// Compiles a pattern as `matches` does; an error's offset is in the pattern, in code points.
  public init(pattern source: String) throws(ExpressionError) {
    do throws(Pattern.Failure) {
      pattern = try Pattern(source)
    } catch {
      throw ExpressionError(error.message, at: error.offset)
    }
  }

  /// Whether the pattern matches somewhere in `text`.
  public func matches(_ text: String) -> Bool {
    pattern.matches(text)
  }
}
