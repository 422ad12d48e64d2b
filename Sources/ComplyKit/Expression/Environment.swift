/// What an expression sees while it is evaluated.
struct Environment {
  let store: RecordStore
  /// `$`: the record the rule is about (the organization, for a schedule rule).
  var root: Value
  /// What bare field names are read from: the record, or the element of a list being looked at.
  var scope: Value
  /// `$name` variables: `let` bindings, `for_each … as`, schedule sets, `$org`, `$period`, `$params`, `$window`.
  var variables: [String: Value]

  func with(scope: Value) -> Environment {
    var copy = self
    copy.scope = scope
    return copy
  }
}
