/// A shipped record rule's conditions written out as Swift (`ShippedPrejudges.swift`, generated from
/// `Rules/` by a test), run before the interpreter to settle the records the rule certainly passes.
///
/// The interpreter stays the reference: a pre-judge answers only what it is sure of. It says
/// `skipped` when the rule's filter is false, `passed` when the filter holds and no check can fail,
/// and `unsure` whenever a value is not of the shape it was written for (a tagged scalar, a number
/// where a text was expected, a list where a mapping was) or a check may fail; the interpreter then
/// judges the record as before, and writes every finding. So a record with a finding always takes the
/// interpreter, and the pre-judge only spares the records that pass (nearly all of them).
///
/// The helpers below give, for the shapes they accept, exactly what `Value` and `Function` give
/// (`Value.equals`, `Value.compare`, `Function.forEachItem` and so on); any other shape throws
/// `Unsure`. Each generated pre-judge is checked against the interpreter on every example of its rule.
enum Prejudge {
  enum Verdict: Sendable, Equatable {
    /// The rule's filter is false: the record is not judged.
    case skipped
    /// Judged, and no check fails.
    case passed
    /// Left to the interpreter.
    case unsure
  }

  /// A generated pre-judge: the store, the record's index and its top-level mapping.
  typealias Function = @Sendable (RecordStore, Int, MappingNode) -> Verdict

  /// A value not of the shape the generated code was written for.
  struct Unsure: Error {}

  // MARK: - Reading

  /// A field of an element (`title` of an agenda item): a mapping's value; nothing in a scalar, as
  /// `Value.member` gives; a sequence (whose members would be a list) is not a shape handled here.
  @inline(__always)
  static func member(_ node: Node?, _ key: MappingKey) throws(Unsure) -> Node? {
    guard let node else { return nil }
    switch node {
    case .mapping(let m): return m[key]
    case .scalar: return nil
    case .sequence: throw Unsure()
    }
  }

  /// `list[n]` for a literal `n`, as `Value.element` gives for a sequence, a scalar or nothing.
  @inline(__always)
  static func element(_ node: Node?, _ n: Int) throws(Unsure) -> Node? {
    guard let node else { return nil }
    switch node {
    case .sequence(let s):
      let position = n < 0 ? s.items.count + n : n
      return s.items.indices.contains(position) ? s.items[position] : nil
    case .scalar: return nil
    case .mapping: throw Unsure()
    }
  }

  /// `exists(x)`: present and not null.
  @inline(__always)
  static func exists(_ node: Node?) -> Bool {
    guard let node else { return false }
    return !node.isNullScalar
  }

  /// A field read as a condition (`Value.truth`).
  @inline(__always)
  static func truth(_ node: Node?) -> Bool? {
    guard case .scalar(let s)? = node else { return nil }
    return s.boolValue
  }

  /// The elements `Function.forEachItem` visits: a sequence's items, nothing for a missing value,
  /// else the value alone.
  @inline(__always)
  static func items(_ node: Node?) -> [Node] {
    guard let node else { return [] }
    if case .sequence(let s) = node { return s.items }
    return node.isNullScalar ? [] : [node]
  }

  /// `count(x)`, as `Function.countOfItems` gives.
  @inline(__always)
  static func count(_ node: Node?) -> Int {
    guard let node else { return 0 }
    if case .sequence(let s) = node { return s.items.count }
    return node.isNullScalar ? 0 : 1
  }

  /// `a ?? b`.
  @inline(__always)
  static func coalesce(_ a: Node?, _ b: () throws(Unsure) -> Node?) throws(Unsure) -> Node? {
    exists(a) ? a : try b()
  }

  /// `if(c, a, b)`: unknown when `c` is.
  @inline(__always)
  static func ifThen<T>(_ c: Bool?, _ a: () throws(Unsure) -> T?, _ b: () throws(Unsure) -> T?) throws(Unsure) -> T? {
    switch c {
    case true?: return try a()
    case false?: return try b()
    case nil: return nil
    }
  }

  /// `ref(x)`: the record a text names (`Function.reference`).
  @inline(__always)
  static func ref(_ store: RecordStore, _ node: Node?) -> Int? {
    guard let node, case .record(let i) = ComplyKit.Function.reference(.node(node), store) else { return nil }
    return i
  }

  /// `year(x)`.
  @inline(__always)
  static func year(_ node: Node?) -> Int? {
    guard case .scalar(let s)? = node else { return nil }
    return s.dayValue?.year
  }

  /// Whether a field counts as lacking for `missing(…)` (`Function.isLacking`).
  @inline(__always)
  static func lacking(_ node: Node?) -> Bool {
    guard let node else { return true }
    return ComplyKit.Function.isLacking(.node(node))
  }

  // MARK: - Comparing

  /// `x == 'text'`, as `Value.equals` gives for a field that can only read as text or is null.
  @inline(__always)
  static func equals(_ node: Node?, text: String) throws(Unsure) -> Bool? {
    guard let node else { return nil }
    guard case .scalar(let s) = node else { throw Unsure() }
    if !s.hasTag, !s.mayBeTyped { return Value.sameBytes(s.text, text) }
    if s.isNull { return nil }
    throw Unsure()
  }

  /// `x == y`, two fields, as `Value.equals` gives for two scalars.
  @inline(__always)
  static func equals(_ a: Node?, _ b: Node?) throws(Unsure) -> Bool? {
    guard let a, let b else { return nil }
    guard case .scalar(let s) = a, case .scalar(let t) = b else { throw Unsure() }
    if Value.sameBytes(s.text, t.text) { return s.isNull || t.isNull ? nil : true }
    if !s.hasTag, !s.mayBeTyped, !t.hasTag, !t.mayBeTyped { return false }
    if s.isNull || t.isNull { return nil }
    throw Unsure()
  }

  /// `x in ['a', 'b']`, as `Value.contains` gives for a field that can only read as text or is null.
  @inline(__always)
  static func isIn(_ node: Node?, texts: [String]) throws(Unsure) -> Bool? {
    guard let node else { return nil }
    guard case .scalar(let s) = node else { throw Unsure() }
    if s.isNull { return nil }
    guard !s.hasTag, !s.mayBeTyped else { throw Unsure() }
    for text in texts where Value.sameBytes(text, s.text) { return true }
    return false
  }

  /// The order of two fields that are dates (`date < $.date`) or texts, as `Value.compare` gives.
  @inline(__always)
  static func compare(_ a: Node?, _ b: Node?) throws(Unsure) -> Int? {
    guard let a, let b else { return nil }
    guard case .scalar(let s) = a, case .scalar(let t) = b else { throw Unsure() }
    if let x = s.dayValue, let y = t.dayValue { return x < y ? -1 : (x > y ? 1 : 0) }
    if s.isNull || t.isNull { return nil }
    // Two texts that read as nothing else (`id < $.id`) are ordered as texts.
    if !s.hasTag, !s.mayBeTyped, !t.hasTag, !t.mayBeTyped { return s.text < t.text ? -1 : (s.text > t.text ? 1 : 0) }
    throw Unsure()
  }

  /// The order of two integers; unknown when either is.
  @inline(__always)
  static func compare(_ a: Int?, _ b: Int?) -> Int? {
    guard let a, let b else { return nil }
    return a < b ? -1 : (a > b ? 1 : 0)
  }

  /// A field as an operand of `*`, `-`, `/`, `%` (`Value.arithmetic`): its integer, or nothing (the
  /// result is then missing); a date, which moves by days, is not a shape handled here.
  @inline(__always)
  static func operand(_ node: Node?) throws(Unsure) -> Int? {
    guard case .scalar(let s)? = node else { return nil }
    if let i = s.intValue { return i }
    if s.dayValue != nil { throw Unsure() }
    return nil
  }

  /// `a op b` on integers, as `Value.arithmetic` gives (an overflow is missing).
  @inline(__always)
  static func arithmetic(_ op: BinaryOperator, _ a: Int?, _ b: Int?) -> Int? {
    guard let a, let b else { return nil }
    return op.apply(a, b)
  }

  // MARK: - Lists

  /// `any(list, c)`: some element for which `c` holds.
  @inline(__always)
  static func any<C: Collection>(_ items: C, _ c: (C.Element) throws(Unsure) -> Bool?) throws(Unsure) -> Bool {
    for item in items where try c(item) == true { return true }
    return false
  }

  /// `all(list, c)`: false when `c` is false for some element, else unknown when it is unknown for one.
  @inline(__always)
  static func all<C: Collection>(_ items: C, _ c: (C.Element) throws(Unsure) -> Bool?) throws(Unsure) -> Bool? {
    var unknown = false
    for item in items {
      switch try c(item) {
      case false?: return false
      case nil: unknown = true
      case true?: break
      }
    }
    return unknown ? nil : true
  }

  /// `count(list, c)`.
  @inline(__always)
  static func count<C: Collection>(_ items: C, _ c: (C.Element) throws(Unsure) -> Bool?) throws(Unsure) -> Int {
    var n = 0
    for item in items where try c(item) == true { n += 1 }
    return n
  }

  /// `lookup(kind, path, value, …)` with one or two paths, each value one field, as
  /// `Function.call` finds it: the records in the join index under the values' texts.
  static func lookup(_ store: RecordStore, _ key: LookupKey, _ first: Node?, _ rest: Node?) throws(Unsure) -> ArraySlice<Int> {
    guard let first = try joinText(first) else { return [] }
    if key.paths.count == 1 { return store.lookup(key, first) }
    guard let rest = try joinText(rest) else { return [] }
    return store.lookup(key, first, rest)
  }

  /// A value's text in a join (`Function.display`): a scalar's text, nothing for a missing value or a
  /// mapping; a list, which matches any of its elements, is not a shape handled here.
  private static func joinText(_ node: Node?) throws(Unsure) -> String? {
    guard let node else { return nil }
    switch node {
    case .scalar(let s): return s.isNull ? nil : s.text
    case .mapping: return nil
    case .sequence: throw Unsure()
    }
  }
}
