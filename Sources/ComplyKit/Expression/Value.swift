/// A value while a rule is evaluated. YAML nodes stay nodes until an operator asks for a type, so a
/// field is read as a date only where a date is expected.
///
/// `.missing` is "not recorded" (an absent field or a null) and also "unknown": a comparison with a
/// missing operand is unknown, and a check whose condition is unknown reports nothing, because the
/// absent field is reported once by the rule that requires it.
public enum Value: Sendable {
  case missing
  case bool(Bool)
  case int(Int)
  case string(String)
  case day(Day)
  case node(Node)
  case list([Value])
  case record(Int)
  case map([String: Value])

  public var isMissing: Bool {
    switch self {
    case .missing: return true
    case .node(let node): return node.isNullScalar
    default: return false
    }
  }

  /// The value with a plain YAML scalar read as what it says (bool, int); other nodes as they are.
  var normalized: Value {
    guard case .node(let node) = self else { return self }
    switch node {
    case .scalar(let s):
      if s.isNull { return .missing }
      if let b = s.boolValue { return .bool(b) }
      if let i = s.intValue { return .int(i) }
      return .string(s.text)
    case .sequence, .mapping:
      return self
    }
  }

  var boolValue: Bool? {
    switch self {
    case .bool(let b): return b
    case .node(.scalar(let s)): return s.boolValue
    default: return nil
    }
  }

  var intValue: Int? {
    switch self {
    case .int(let i): return i
    case .node(.scalar(let s)): return s.intValue
    case .string(let s): return Int(s)
    default: return nil
    }
  }

  var dayValue: Day? {
    switch self {
    case .day(let d): return d
    case .node(.scalar(let s)): return s.dayValue
    case .string(let s): return Day(iso: s)
    default: return nil
    }
  }

  /// Text of a scalar-like value; nil for lists, maps and missing.
  var textValue: String? {
    switch self {
    case .string(let s): return s
    case .int(let i): return String(i)
    case .bool(let b): return b ? "true" : "false"
    case .day(let d): return d.description
    case .node(.scalar(let s)): return s.isNull ? nil : s.text
    default: return nil
    }
  }

  /// Elements of a list-like value; nil when it is not a list.
  var listValue: [Value]? {
    switch self {
    case .list(let items): return items
    case .node(.sequence(let s)): return s.items.map { .node($0) }
    default: return nil
    }
  }

  /// The source mark the value came from, when it came from the records.
  var mark: Mark? {
    if case .node(let node) = self { return node.mark }
    return nil
  }

  var isList: Bool { listValue != nil }
}

extension Value: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByBooleanLiteral {
  public init(stringLiteral value: String) { self = .string(value) }
  public init(integerLiteral value: Int) { self = .int(value) }
  public init(booleanLiteral value: Bool) { self = .bool(value) }
}
