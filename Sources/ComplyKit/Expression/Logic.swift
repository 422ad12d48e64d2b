/// The rule language's `and` and `or` over three values (true, false, unknown), one definition for the
/// interpreter (`Expr.evaluate`), its compiled closures (`CompiledExpr`) and the written-out rules
/// (`Prejudge`). The right side is evaluated only when the left does not settle the answer; a side that
/// is false settles `and` even when the other is unknown, as true settles `or`.
enum Logic {
  @inline(__always)
  static func and<E: Error>(_ a: Bool?, _ b: () throws(E) -> Bool?) throws(E) -> Bool? {
    if a == false { return false }
    let b = try b()
    if b == false { return false }
    return a == true && b == true ? true : nil
  }

  @inline(__always)
  static func or<E: Error>(_ a: Bool?, _ b: () throws(E) -> Bool?) throws(E) -> Bool? {
    if a == true { return true }
    let b = try b()
    if b == true { return true }
    return a == false && b == false ? false : nil
  }
}
