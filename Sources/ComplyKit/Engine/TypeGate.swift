/// What a record rule's `where` says first about the record's `type`, read once when the rule is built,
/// so that a record of another type passes the rule over without its filter being run.
///
/// Most rules about meetings begin with the kind of meeting they are about (`type == '民主生活会'`,
/// `type in ['支部党员大会', '支部委员会'] and …`), and every meeting meets every such rule: running the
/// filter for each looks the field up, copies its node and compares it, rule after rule. Here the
/// record's `type` is read once and compared with each rule's texts.
///
/// Only a filter whose first condition (the leftmost of a chain of `and`s, or the whole filter) is
/// `type == / != 'text'` or `type in / not in [texts]` has a gate, and a gate rejects a record only when
/// that condition is false for certain: its `type` is a scalar that can read only as text, compared by
/// its bytes exactly as the compiled condition compares it. Anything else (no `type`, a null, a number,
/// a tag) leaves the decision to the filter itself.
struct TypeGate: Sendable {
  /// The quoted texts of the condition.
  private let texts: [MappingKey]
  /// `==` and `in`: the type must be one of `texts`; `!=` and `not in`: none of them.
  private let among: Bool
  /// The condition is the whole filter (no `and` after it): for a `type` that reads as text, what the
  /// gate says is what the filter says.
  let isWholeFilter: Bool

  /// The field the gate reads.
  static let field = MappingKey("type")

  init?(_ filter: Expr?) {
    guard var first = filter else { return nil }
    if case .binary(.and, _, _) = first { isWholeFilter = false } else { isWholeFilter = true }
    while case .binary(.and, let left, _) = first { first = left }
    guard case .binary(let op, .field("type"), .literal(let literal)) = first else { return nil }
    switch (op, literal) {
    case (.equal, .string(let text)), (.notEqual, .string(let text)):
      texts = [MappingKey(text)]
    case (.isIn, .list(let items)), (.notIn, .list(let items)):
      let strings = items.compactMap { item -> String? in
        if case .string(let text) = item { return text }
        return nil
      }
      // As the compiled condition: a list with anything but quoted texts is compared otherwise.
      guard strings.count == items.count else { return nil }
      texts = strings.map(MappingKey.init)
    default:
      return nil
    }
    among = op == .equal || op == .isIn
  }

  /// The record's `type` as a gate reads it: the scalar, when it can read only as text (else nil, and
  /// no gate rejects the record).
  static func type(of root: MappingNode) -> ScalarNode? {
    guard case .scalar(let s)? = root[field], !s.hasTag, !s.mayBeTyped else { return nil }
    return s
  }

  /// False when the rule's filter is false for a record of this `type` (from `type(of:)`); true when
  /// the filter must decide.
  func admits(_ type: ScalarNode?) -> Bool {
    guard let type else { return true }
    // By bytes, as the condition compares them (not `==`, which would take canonically equivalent
    // Unicode for the same), lengths and first bytes first.
    for text in texts
    where text.length == type.shortLength && text.firstByte == type.firstByte && Value.sameBytes(text.text, type.text) {
      return among
    }
    return !among
  }
}
