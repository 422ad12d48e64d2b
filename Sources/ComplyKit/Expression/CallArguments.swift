/// The arguments of a function call as `Function.call` reads them: evaluated one by one, some of
/// them per element of a list, some read as the string literals they must be.
protocol CallArguments {
  var count: Int { get }
  func evaluate(_ index: Int, _ env: Environment) -> Value
  /// The text of the argument when it is a string literal (the paths of `missing` and `lookup`).
  func literalText(_ index: Int) -> String?
  /// The join index a `lookup(kind, path, value, …)` call with these arguments reads.
  var lookupKey: LookupKey? { get }
}

extension CallArguments {
  /// `true` only when the condition holds for certain (unknown is not true).
  func holds(_ index: Int, _ env: Environment) -> Bool { evaluate(index, env).truth == true }
}

extension Array: CallArguments where Element == Expr {
  func evaluate(_ index: Int, _ env: Environment) -> Value { self[index].evaluate(env) }

  func literalText(_ index: Int) -> String? {
    guard case .literal(.string(let text)) = self[index] else { return nil }
    return text
  }

  var lookupKey: LookupKey? { Function.lookupKey(self) }
}
