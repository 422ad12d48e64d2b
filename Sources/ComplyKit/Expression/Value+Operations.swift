#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension Value {
  /// The truth of a condition: nil when unknown (missing or not a boolean).
  var truth: Bool? {
    switch self {
    case .bool(let b): return b
    case .node(.scalar(let s)): return s.boolValue
    default: return nil
    }
  }

  static func member(of base: Value, _ name: String, store: RecordStore) -> Value {
    switch base {
    case .node(.mapping(let m)):
      return m[name].map { .node($0) } ?? .missing
    case .record(let i):
      return store.field(i, name).map { .node($0) } ?? .missing
    case .map(let dict):
      return dict[name] ?? .missing
    case .node(.sequence(let s)):
      return .list(s.items.compactMap { item in item[name].map { .node($0) } })
    case .list(let items):
      return .list(
        items.compactMap { item in
          let value = member(of: item, name, store: store)
          return value.isMissing ? nil : value
        })
    default:
      return .missing
    }
  }

  /// `member(of:name:store:)` with the name's look-up prepared once (a compiled path).
  static func member(of base: Value, _ key: MappingKey, store: RecordStore) -> Value {
    switch base {
    case .node(.mapping(let m)): return m[key].map { .node($0) } ?? .missing
    case .record(let i): return store.field(i, key).map { .node($0) } ?? .missing
    default: return member(of: base, key.text, store: store)
    }
  }

  /// Whether `member(of: base, key, store:)` is not missing, read in place for a record or a mapping.
  static func hasMember(of base: Value, _ key: MappingKey, store: RecordStore) -> Bool {
    switch base {
    case .record(let i): return store.hasField(i, key)
    case .node(.mapping(let m)): return m.hasValue(at: key)
    default: return !member(of: base, key, store: store).isMissing
    }
  }

  /// Whether `member(of: base, key, store:)` is a scalar that can only read as text and has the bytes of
  /// `text`, read in place for a record or a mapping; nil when it is not such a scalar (or `base` is
  /// neither), for the caller to compare the general way.
  static func member(of base: Value, _ key: MappingKey, store: RecordStore, isText text: String) -> Bool? {
    switch base {
    case .record(let i): return store.field(i, key, isText: text)
    case .node(.mapping(let m)): return m.value(at: key, isText: text)
    default: return nil
    }
  }

  static func element(of base: Value, _ index: Value, store: RecordStore) -> Value {
    // A list in the records is indexed in place (`agenda[0]`), without wrapping every item first.
    if case .node(.sequence(let s)) = base, let i = index.intValue {
      let position = i < 0 ? s.items.count + i : i
      return s.items.indices.contains(position) ? .node(s.items[position]) : .missing
    }
    if let i = index.intValue, let items = base.listValue {
      let position = i < 0 ? items.count + i : i
      return items.indices.contains(position) ? items[position] : .missing
    }
    if let key = index.textValue { return member(of: base, key, store: store) }
    return .missing
  }

  /// Equality across representations: a record equals its id; a person reference equals the person's
  /// id or name; dates equal their ISO text.
  static func equals(_ a: Value, _ b: Value, _ store: RecordStore) -> Bool? {
    // The commonest comparison, a field with a quoted text (`category == '第一议题'`), when the field
    // can only be read as text: no normalizing.
    if case .node(.scalar(let s)) = a, case .string(let t) = b, !s.hasTag, !s.mayBeTyped { return sameBytes(s.text, t) }
    if case .string(let t) = a, case .node(.scalar(let s)) = b, !s.hasTag, !s.mayBeTyped { return sameBytes(t, s.text) }
    // Two fields (`org == $.org`): the same bytes are equal however they read (unless null, which is
    // unknown); two texts that cannot read as anything else are equal only as bytes.
    if case .node(.scalar(let s)) = a, case .node(.scalar(let t)) = b {
      if sameBytes(s.text, t.text) { return s.isNull || t.isNull ? nil : true }
      if !s.hasTag, !s.mayBeTyped, !t.hasTag, !t.mayBeTyped { return false }
    }
    let a = a.normalized
    let b = b.normalized
    if a.isMissing || b.isMissing { return nil }
    switch (a, b) {
    case (.record(let x), .record(let y)): return x == y
    case (.record(let x), _): return b.textValue.map { store.records[x].id == $0 }
    case (_, .record(let y)): return a.textValue.map { store.records[y].id == $0 }
    case (.bool(let x), .bool(let y)): return x == y
    case (.int(let x), .int(let y)): return x == y
    case (.day(let x), _): return b.dayValue.map { x == $0 } ?? false
    case (_, .day(let y)): return a.dayValue.map { $0 == y } ?? false
    default: break
    }
    if let x = a.listValue, let y = b.listValue {
      guard x.count == y.count else { return false }
      for (u, v) in zip(x, y) where equals(u, v, store) != true { return false }
      return true
    }
    guard let x = a.textValue, let y = b.textValue else { return false }
    return sameBytes(x, y)
  }

  /// Byte equality: record text is compared as written, without Unicode normalization (which is
  /// what makes `==` slow on Chinese text).
  static func sameBytes(_ a: String, _ b: String) -> Bool {
    // The same representation is the same text: a short text is held in the value itself, a longer one
    // by reference (texts met again in the records share one, see `ScalarTextCache`). Otherwise bytes.
    if unsafeBitCast(a, to: (UInt64, UInt64).self) == unsafeBitCast(b, to: (UInt64, UInt64).self) { return true }
    guard a.utf8.count == b.utf8.count else { return false }
    // Contiguous UTF-8 (native and small strings) is compared in place, without copying either string.
    let same = a.utf8.withContiguousStorageIfAvailable { x in
      b.utf8.withContiguousStorageIfAvailable { y in
        guard let p = x.baseAddress, let q = y.baseAddress else { return true }
        return memcmp(p, q, x.count) == 0
      }
    }
    if let same, let same { return same }
    return a.utf8.elementsEqual(b.utf8)
  }

  /// Ordering: numbers as numbers, dates as dates, otherwise text. nil when either side is missing
  /// or the two cannot be compared.
  static func compare(_ a: Value, _ b: Value) -> Int? {
    // Two dates in the records (`date < $.date`): read as dates straight away.
    if case .node(.scalar(let s)) = a, case .node(.scalar(let t)) = b, let x = s.dayValue, let y = t.dayValue {
      return x < y ? -1 : (x > y ? 1 : 0)
    }
    let a = a.normalized
    let b = b.normalized
    if a.isMissing || b.isMissing { return nil }
    if case .int(let x) = a, case .int(let y) = b { return x < y ? -1 : (x > y ? 1 : 0) }
    if let x = a.dayValue, let y = b.dayValue { return x < y ? -1 : (x > y ? 1 : 0) }
    if case .int = a { return nil }
    if case .int = b { return nil }
    guard let x = a.textValue, let y = b.textValue else { return nil }
    return x < y ? -1 : (x > y ? 1 : 0)
  }

  /// `item in container`: membership in a list, or a substring of a text. A missing container
  /// holds nothing.
  static func contains(_ container: Value, _ item: Value, _ store: RecordStore) -> Bool? {
    if item.isMissing { return nil }
    if container.isMissing { return false }
    if case .node(.sequence(let s)) = container {
      for element in s.items where equals(.node(element), item, store) == true { return true }
      return false
    }
    if let items = container.listValue {
      for element in items where equals(element, item, store) == true { return true }
      return false
    }
    if let text = container.textValue, let part = item.textValue { return text.contains(part) }
    return nil
  }

  static func arithmetic(_ op: BinaryOperator, _ a: Value, _ b: Value) -> Value {
    // `+` joins text when either side is text that is not a number or a date.
    if op == .add, a.isPlainText || b.isPlainText, let x = a.textValue, let y = b.textValue {
      return .string(x + y)
    }
    if let x = a.intValue, let y = b.intValue, !(a.normalized.isDayLike) {
      return op.apply(x, y).map(Value.int) ?? .missing
    }
    if let day = a.dayValue {
      if let n = b.intValue, case .int = b.normalized {
        let moved: Day?
        switch op {
        case .add: moved = day.offset(days: n)
        case .subtract: moved = n == Int.min ? nil : day.offset(days: -n)
        default: return .missing
        }
        return moved.map { .day($0) } ?? .missing
      }
      if op == .subtract, let other = b.dayValue { return .int(day - other) }
    }
    return .missing
  }

  /// Text that reads as neither a number nor a date.
  var isPlainText: Bool {
    guard case .string = normalized else { return false }
    return intValue == nil && dayValue == nil
  }

  var isDayLike: Bool {
    if case .day = self { return true }
    return false
  }
}

extension BinaryOperator {
  /// An arithmetic operator on two integers; nil for a result that does not fit (absurd numbers typed
  /// into a record are unknown, not a crash), a division by zero, or an operator that is not arithmetic.
  func apply(_ x: Int, _ y: Int) -> Int? {
    let result: (partialValue: Int, overflow: Bool)
    switch self {
    case .add: result = x.addingReportingOverflow(y)
    case .subtract: result = x.subtractingReportingOverflow(y)
    case .multiply: result = x.multipliedReportingOverflow(by: y)
    case .divide: result = y == 0 ? (0, true) : x.dividedReportingOverflow(by: y)
    case .remainder: result = y == 0 ? (0, true) : x.remainderReportingOverflow(dividingBy: y)
    default: return nil
    }
    return result.overflow ? nil : result.partialValue
  }
}
