extension Function {
  /// The function applied to its arguments, however they are evaluated: the expressions themselves
  /// (`Expr.evaluate`) or their compiled closures (`CompiledExpr`). One body for both, so that the
  /// two cannot drift apart.
  func call<Arguments: CallArguments>(_ args: Arguments, _ env: Environment) -> Value {
    let store = env.store
    switch self {
    case .exists:
      return .bool(!args.evaluate(0, env).isMissing)
    case .missing:
      return .list(
        (0..<args.count).compactMap { index -> Value? in
          guard let path = args.literalText(index) else { return nil }
          var value = env.scope
          let dot = UInt8(ascii: ".")
          if path.utf8.withContiguousStorageIfAvailable({ $0.contains(dot) }) ?? path.utf8.contains(dot) {
            for part in path.split(separator: ".") { value = Value.member(of: value, String(part), store: store) }
          } else {
            value = Value.member(of: value, path, store: store)
          }
          return Self.isLacking(value) ? .string(path) : nil
        })
    case .count:
      let list = args.evaluate(0, env)
      guard args.count == 2 else { return .int(Self.countOfItems(list)) }
      var n = 0
      Self.forEachItem(list) { item in
        if args.holds(1, env.with(scope: item)) { n += 1 }
        return true
      }
      return .int(n)
    case .len:
      let value = args.evaluate(0, env)
      switch value {
      case .list, .node(.sequence): return .int(Self.countOfItems(value))
      default: return value.textValue.map { .int($0.unicodeScalars.count) } ?? .missing
      }
    case .any, .none:
      var found = false
      Self.forEachItem(args.evaluate(0, env)) { item in
        found = args.holds(1, env.with(scope: item))
        return !found
      }
      return .bool(self == .any ? found : !found)
    case .all:
      var unknown = false
      var failed = false
      Self.forEachItem(args.evaluate(0, env)) { item in
        switch args.evaluate(1, env.with(scope: item)).truth {
        case false?: failed = true
        case nil: unknown = true
        case true?: break
        }
        return !failed
      }
      if failed { return .bool(false) }
      return unknown ? .missing : .bool(true)
    case .filter:
      let list = args.evaluate(0, env)
      var kept: [Value] = []
      kept.reserveCapacity(Self.countOfItems(list))
      Self.forEachItem(list) { item in
        if args.holds(1, env.with(scope: item)) { kept.append(item) }
        return true
      }
      return .list(kept)
    case .map:
      let list = args.evaluate(0, env)
      var mapped: [Value] = []
      mapped.reserveCapacity(Self.countOfItems(list))
      Self.forEachItem(list) { item in
        let value = args.evaluate(1, env.with(scope: item))
        if !value.isMissing { mapped.append(value) }
        return true
      }
      return .list(mapped)
    case .first, .last:
      var items = Self.items(args.evaluate(0, env))
      if args.count == 2 { items = items.filter { args.holds(1, env.with(scope: $0)) } }
      return (self == .first ? items.first : items.last) ?? .missing
    case .min, .max:
      let items = Self.items(args.evaluate(0, env))
      let values = args.count == 2 ? items.map { args.evaluate(1, env.with(scope: $0)) } : items
      var best: Value = .missing
      for value in values where !value.isMissing {
        guard let order = best.isMissing ? 0 : Value.compare(value, best) else { continue }
        if best.isMissing || (self == .min ? order < 0 : order > 0) { best = value }
      }
      return best
    case .sum:
      var total = 0
      for item in Self.items(args.evaluate(0, env)) {
        guard let n = args.evaluate(1, env.with(scope: item)).intValue else { return .missing }
        let (sum, overflow) = total.addingReportingOverflow(n)
        if overflow { return .missing }
        total = sum
      }
      return .int(total)
    case .join:
      let separator = args.evaluate(1, env).textValue ?? "、"
      return .string(Self.items(args.evaluate(0, env)).compactMap { Self.display($0, store) }.joined(separator: separator))
    case .distinct:
      var seen = Set<String>()
      return .list(
        Self.items(args.evaluate(0, env)).filter { value in
          guard let key = Self.display(value, store) else { return false }
          return seen.insert(key).inserted
        })
    case .ref:
      return Self.reference(args.evaluate(0, env), store)
    case .lookup:
      guard let key = args.lookupKey else { return .missing }
      // The values to look for, one list per path; a list value matches any of its elements. Made into
      // index keys as the index makes them: the first path's values, and the later paths' joined.
      var firsts: [String] = []
      var rests: [String] = []
      for index in stride(from: 2, to: args.count, by: 2) {
        let value = args.evaluate(index, env)
        let texts: [String]
        switch value {
        case .list, .node(.sequence): texts = Self.items(value).compactMap { Self.display($0, store) }
        default:
          // The common case, one value: no intermediate lists.
          guard let text = Self.display(value, store) else { return .list([]) }
          texts = [text]
        }
        switch index {
        case 2: firsts = texts
        case 4: rests = texts
        default: rests = LookupKey.combine(rests, texts)
        }
      }
      guard let index = store.lookupIndex(key) else { return .list([]) }
      var found: [Int] = []
      let paths = key.paths.count
      for first in firsts {
        if paths == 1 {
          found.append(contentsOf: index[JoinKey(first)] ?? [])
        } else {
          for rest in rests { found.append(contentsOf: index[JoinKey(first, rest)] ?? []) }
        }
      }
      if firsts.count * (paths == 1 ? 1 : rests.count) > 1 { found = Array(Set(found)).sorted() }
      return .list(found.map { .record($0) })
    case .name:
      let value = args.evaluate(0, env)
      if case .record(let i) = Self.reference(value, store), let name = store.records[i].text("name") {
        return .string(name)
      }
      return value.textValue.map { .string($0) } ?? .missing
    case .date:
      guard let y = args.evaluate(0, env).intValue, let m = args.evaluate(1, env).intValue,
        let d = args.evaluate(2, env).intValue, let day = Day(year: y, month: m, day: d)
      else { return .missing }
      return .day(day)
    case .year:
      return args.evaluate(0, env).dayValue.map { .int($0.year) } ?? .missing
    case .month:
      return args.evaluate(0, env).dayValue.map { .int($0.month) } ?? .missing
    case .day:
      return args.evaluate(0, env).dayValue.map { .int($0.day) } ?? .missing
    case .addMonths, .addYears:
      guard let a = args.evaluate(0, env).dayValue, let n = args.evaluate(1, env).intValue else { return .missing }
      let (months, overflow) = self == .addYears ? n.multipliedReportingOverflow(by: 12) : (n, false)
      guard !overflow, let day = a.offset(months: months) else { return .missing }
      return .day(day)
    case .quarter:
      return args.evaluate(0, env).dayValue.map { .int(($0.month - 1) / 3 + 1) } ?? .missing
    case .days:
      guard let a = args.evaluate(0, env).dayValue, let b = args.evaluate(1, env).dayValue else { return .missing }
      return .int(b - a)
    case .addDays:
      guard let a = args.evaluate(0, env).dayValue, let n = args.evaluate(1, env).intValue else { return .missing }
      return a.offset(days: n).map { .day($0) } ?? .missing
    case .workdays, .uncoveredYears, .workdayList:
      guard let a = args.evaluate(0, env).dayValue, let b = args.evaluate(1, env).dayValue else { return .missing }
      switch self {
      case .workdays: return .int(store.calendar.workdays(from: a, through: b))
      case .uncoveredYears: return .list(store.calendar.uncoveredYears(from: a, through: b).map { .int($0) })
      default: return .list(store.calendar.workdayList(from: a, through: b).map { .day($0) })
      }
    case .relation, .relationEN:
      guard let a = Self.personID(args.evaluate(0, env), store), let b = Self.personID(args.evaluate(1, env), store),
        let path = store.kinship.relation(from: a, to: b)
      else { return .missing }
      return .string(self == .relation ? path.chineseDescription : path.englishDescription)
    case .ifThen:
      switch args.evaluate(0, env).truth {
      case true?: return args.evaluate(1, env)
      case false?: return args.evaluate(2, env)
      case nil: return .missing
      }
    case .relatives:
      guard let a = Self.personID(args.evaluate(0, env), store) else { return .missing }
      return .list(store.kinship.relatives(of: a).map { .string($0.person) })
    case .text:
      return Self.display(args.evaluate(0, env), store).map { .string($0) } ?? .missing
    }
  }

  /// Whether a value counts as lacking for `missing(…)`: absent, an empty list or empty text; tested in
  /// place, without listing a sequence's items.
  static func isLacking(_ value: Value) -> Bool {
    switch value {
    case .node(.sequence(let s)): return s.items.isEmpty
    case .list(let items): return items.isEmpty
    default:
      if value.isMissing { return true }
      if let text = value.textValue, text.isEmpty { return true }
      return false
    }
  }

  /// The index a `lookup(kind, path, value, …)` call reads.
  static func lookupKey(_ args: [Expr]) -> LookupKey? {
    guard case .literal(.string(let kind)) = args[0], args.count % 2 == 1 else { return nil }
    var paths: [String] = []
    for index in stride(from: 1, to: args.count, by: 2) {
      guard case .literal(.string(let path)) = args[index] else { return nil }
      paths.append(path)
    }
    return LookupKey(kind: kind, paths: paths)
  }

  /// Calls `body` on each element of `items(value)` until it returns false, without building the list
  /// when the value is a sequence in the records.
  static func forEachItem(_ value: Value, _ body: (Value) -> Bool) {
    if case .node(.sequence(let s)) = value {
      for item in s.items where !body(.node(item)) { return }
      return
    }
    for item in items(value) where !body(item) { return }
  }

  /// How many elements `items(value)` has, without listing them when the value is a list in the records.
  static func countOfItems(_ value: Value) -> Int {
    switch value {
    case .node(.sequence(let s)): s.items.count
    case .list(let items): items.count
    default: value.isMissing ? 0 : 1
    }
  }

  /// The elements of a list; a missing value is an empty list, a single value a list of one.
  static func items(_ value: Value) -> [Value] {
    if value.isMissing { return [] }
    if let items = value.listValue { return items }
    if case .node(.mapping) = value { return [value] }
    return [value]
  }

  static func reference(_ value: Value, _ store: RecordStore) -> Value {
    if case .record = value { return value }
    guard let text = value.textValue else { return .missing }
    if let i = store.index(of: text) { return .record(i) }
    if let i = store.person(named: text) { return .record(i) }
    return .missing
  }

  static func personID(_ value: Value, _ store: RecordStore) -> String? {
    if case .record(let i) = value { return store.records[i].id }
    return value.textValue.map { store.personKey($0) }
  }

  /// How a value reads in a message or a join: a record by its id, a date in ISO form.
  static func display(_ value: Value, _ store: RecordStore) -> String? {
    switch value {
    case .record(let i): return store.records[i].id
    case .list(let items): return items.compactMap { display($0, store) }.joined(separator: "、")
    case .node(.sequence(let s)): return s.items.compactMap { display(.node($0), store) }.joined(separator: "、")
    default: return value.textValue
    }
  }
}
