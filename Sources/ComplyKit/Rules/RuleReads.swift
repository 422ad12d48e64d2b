/// What a rule reads of the records, worked out from its expressions before any record is read: the
/// fields of the record it judges, the fields of the records it reaches (`ref`, `lookup`, a schedule's
/// sets), and which of the store's tables it uses. Sound, not exact: a field that may be read is in.
public struct RuleReads: Sendable, Equatable {
  /// The tables of the store beyond the record judged that a rule may consult.
  public enum StoreUse: String, Sendable, CaseIterable, Comparable {
    /// Records found by id or person name (`ref`, `name`).
    case references
    /// Join indexes over other records (`lookup`, a schedule's sets).
    case lookups
    /// The working-day calendar (`workdays`, `workday_list`, `uncovered_years`).
    case calendar
    /// The kinship graph of the persons (`relation`, `relatives`).
    case kinship
    /// The audit's window (`$window`), known only once every record's date is.
    case window

    public static func < (a: StoreUse, b: StoreUse) -> Bool { a.rawValue < b.rawValue }
  }

  /// The fields read of the record judged: a record rule's own record, a schedule rule's organization.
  public var own = FieldTree()
  /// The fields read of records reached from it, by their kind; `anyKind` for a record reached by id,
  /// which may be of any kind.
  public var reached: [String: FieldTree] = [:]
  public var uses: Set<StoreUse> = []
  /// Whether the record judged is itself a value somewhere (`$` or `it` shown, compared, passed on),
  /// not only a place its fields are read from.
  public var ownAsValue = false

  /// The key of `reached` for a record of any kind.
  public static let anyKind = "*"

  public init() {}

  /// What is read of a record of `kind` reached from elsewhere: the reads by that kind and by any kind.
  public func reached(ofKind kind: String) -> FieldTree {
    var tree = reached[kind] ?? FieldTree()
    if let any = reached[Self.anyKind] { tree.formUnion(any) }
    return tree
  }
}

extension Rule {
  /// What the rule reads (see `RuleReads`).
  public var reads: RuleReads {
    var analysis = ReadAnalysis()
    switch body {
    case .record(let r):
      var context = ReadAnalysis.Context(root: [.own([])], scope: ReadAnalysis.Abstract(places: [.own([])]))
      for expr in [r.filter, r.date].compactMap({ $0 }) { analysis.consume(analysis.evaluate(expr, context)) }
      for (name, value) in r.lets { context.variables[name] = analysis.evaluate(value, context) }
      analysis.checks(r.checks, context)
    case .schedule(let s):
      var context = ReadAnalysis.Context(root: [.own([])], scope: ReadAnalysis.Abstract(places: [.own([])]))
      context.variables["org"] = ReadAnalysis.Abstract(places: [.own([])])
      analysis.consume(analysis.evaluate(s.organizations, context))
      // What the engine reads itself: the organization's dates, each set's organization path and date.
      analysis.reads.own.insert(["established"], whole: true)
      analysis.reads.own.insert(["dissolved"], whole: true)
      analysis.reads.uses.insert(.lookups)
      for set in s.sets {
        let member = ReadAnalysis.Context(
          root: [.reached(set.kind, [])], scope: ReadAnalysis.Abstract(places: [.reached(set.kind, [])]), variables: context.variables)
        for expr in [set.filter, set.date].compactMap({ $0 }) { analysis.consume(analysis.evaluate(expr, member)) }
        analysis.consume([.reached(set.kind, LookupKey.segments(set.org))])
        context.variables[set.name] = ReadAnalysis.Abstract(places: [.reached(set.kind, [])])
      }
      for (name, value) in s.lets { context.variables[name] = analysis.evaluate(value, context) }
      analysis.checks(s.checks, context)
    case .schema:
      // The checks judge the schema checker's issues, not the records' fields.
      break
    }
    return analysis.reads
  }
}

/// The walk behind `Rule.reads`: each expression evaluated to the places its value may come from.
struct ReadAnalysis {
  /// Where a value may come from: a field path from the root of the record judged, or of a record
  /// reached (of a kind, or `RuleReads.anyKind`).
  enum Place: Hashable {
    case own([String])
    case reached(String, [String])

    func appending(_ name: String) -> Place {
      switch self {
      case .own(let path): .own(path + [name])
      case .reached(let kind, let path): .reached(kind, path + [name])
      }
    }
  }

  /// A value's possible places, and, for `missing(…)`'s result, the field names it may hold.
  struct Abstract {
    var places: Set<Place> = []
    var names: [String] = []

    static func + (a: Abstract, b: Abstract) -> Abstract {
      Abstract(places: a.places.union(b.places), names: a.names + b.names)
    }
  }

  struct Context {
    var root: Set<Place>
    /// What bare field names are read from; `it` (with the field names, inside a `map` over `missing(…)`).
    var scope: Abstract
    var variables: [String: Abstract] = [:]

    init(root: Set<Place>, scope: Abstract, variables: [String: Abstract] = [:]) {
      self.root = root
      self.scope = scope
      self.variables = variables
    }
  }

  var reads = RuleReads()

  /// Marks where a value comes from as read, whole. A record itself (a path of no fields) is read as its
  /// id: that is what a record shows as text and what tells two records apart.
  mutating func consume(_ value: Abstract) {
    for place in value.places { mark(place, whole: true) }
  }

  mutating func consume(_ places: Set<Place>) {
    consume(Abstract(places: places))
  }

  /// Marks a place as passed through (its node must be there, its children as read).
  private mutating func mark(_ place: Place, whole: Bool) {
    switch place {
    case .own(let path):
      if path.isEmpty {
        if whole {
          reads.own.insert(["id"], whole: true)
          reads.ownAsValue = true
        }
      } else {
        reads.own.insert(path, whole: whole)
      }
    case .reached(let kind, let path):
      var tree = reads.reached[kind] ?? FieldTree()
      tree.insert(path.isEmpty && whole ? ["id"] : path, whole: whole)
      reads.reached[kind] = tree
    }
  }

  private mutating func navigate(_ value: Abstract, _ name: String) -> Abstract {
    var out = Abstract()
    for place in value.places {
      let next = place.appending(name)
      mark(next, whole: false)
      out.places.insert(next)
    }
    return out
  }

  mutating func checks(_ checks: [Check], _ context: Context) {
    for check in checks {
      if let when = check.when { consume(evaluate(when, context)) }
      var inner = context
      if let forEach = check.forEach {
        let items = evaluate(forEach, context)
        // An element's text labels its finding; a record's is its id.
        consume(Abstract(places: items.places.filter(\.isRecord)))
        inner.scope = items
        if let binding = check.binding { inner.variables[binding] = items }
      }
      consume(evaluate(check.require, inner))
      if let at = check.at { consume(evaluate(at, inner)) }
      for pieces in [check.message.zh, check.message.en] {
        for case .expr(let e) in pieces { consume(evaluate(e, inner)) }
      }
    }
  }

  mutating func evaluate(_ expr: Expr, _ context: Context) -> Abstract {
    switch expr {
    case .literal:
      return Abstract()
    case .scope:
      return context.scope
    case .root:
      return Abstract(places: context.root)
    case .variable(let name):
      if name == "window" { reads.uses.insert(.window) }
      return context.variables[name] ?? Abstract()
    case .field(let name):
      return navigate(context.scope, name)
    case .member(let base, let name):
      return navigate(evaluate(base, context), name)
    case .index(let base, let index):
      let list = evaluate(base, context)
      if case .literal(let literal) = index {
        // A field name is read as a member; a position passes through the list to its items.
        if case .string(let name) = literal { return navigate(list, name) }
        return list
      }
      let key = evaluate(index, context)
      consume(key)
      if !key.names.isEmpty, key.places.isEmpty {
        return key.names.reduce(Abstract()) { $0 + navigate(list, $1) }
      }
      consume(list)
      return list
    case .list(let items):
      return items.reduce(Abstract()) { $0 + evaluate($1, context) }
    case .negate(let inner), .not(let inner), .matches(let inner, _):
      consume(evaluate(inner, context))
      return Abstract()
    case .binary(let op, let lhs, let rhs):
      let (l, r) = (evaluate(lhs, context), evaluate(rhs, context))
      if op == .coalesce { return l + r }
      consume(l)
      consume(r)
      return Abstract()
    case .call(let function, let args):
      return call(function, args, context)
    }
  }

  private mutating func call(_ function: Function, _ args: [Expr], _ context: Context) -> Abstract {
    func literal(_ i: Int) -> String? {
      guard i < args.count, case .literal(let value) = args[i] else { return nil }
      return value.textValue
    }
    switch function {
    case .missing:
      let names = args.indices.compactMap(literal)
      for name in names { consume(navigate(context.scope, name)) }
      return Abstract(names: names)
    case .any, .all, .none, .filter, .map, .count, .first, .last, .min, .max, .sum:
      let list = args.isEmpty ? Abstract() : evaluate(args[0], context)
      var perElement = Abstract()
      if args.count > 1 {
        var inner = context
        inner.scope = list
        perElement = evaluate(args[1], inner)
      }
      switch function {
      case .filter, .first, .last:
        consume(perElement)
        return list
      case .map:
        return perElement
      case .min, .max:
        consume(list)
        consume(perElement)
        return list + perElement
      case .count where args.count > 1, .any, .all, .none:
        consume(perElement)
        return Abstract()
      default:
        consume(list)
        consume(perElement)
        return Abstract()
      }
    case .ref:
      reads.uses.insert(.references)
      for arg in args { consume(evaluate(arg, context)) }
      return Abstract(places: [.reached(RuleReads.anyKind, [])])
    case .name:
      reads.uses.insert(.references)
      for arg in args { consume(evaluate(arg, context)) }
      consume([.reached(RuleReads.anyKind, ["name"])])
      return Abstract()
    case .lookup:
      reads.uses.insert(.lookups)
      guard let kind = literal(0) else {
        for arg in args { consume(evaluate(arg, context)) }
        return Abstract()
      }
      // The key paths are read when the index is built; the values looked up are read here.
      for i in stride(from: 1, to: args.count, by: 2) {
        if let path = literal(i) { consume([.reached(kind, LookupKey.segments(path))]) }
        if i + 1 < args.count { consume(evaluate(args[i + 1], context)) }
      }
      return Abstract(places: [.reached(kind, [])])
    case .ifThen:
      if let condition = args.first { consume(evaluate(condition, context)) }
      return args.dropFirst().reduce(Abstract()) { $0 + evaluate($1, context) }
    case .workdays, .uncoveredYears, .workdayList:
      reads.uses.insert(.calendar)
    case .relation, .relationEN, .relatives:
      reads.uses.insert(.kinship)
    default:
      break
    }
    for arg in args { consume(evaluate(arg, context)) }
    return Abstract()
  }
}

extension ReadAnalysis.Place {
  /// A record itself, not one of its fields.
  var isRecord: Bool {
    switch self {
    case .own(let path), .reached(_, let path): path.isEmpty
    }
  }
}
