/// Reads a configuration-like YAML file (a rule, a config) strictly: every key must be known, every
/// value of the right shape, and each mistake is recorded with its location while reading goes on.
struct NodeReader {
  let path: String
  private(set) var errors: [RuleLoadError] = []

  init(path: String) { self.path = path }

  func location(_ mark: Mark) -> SourceLocation { SourceLocation(path: path, mark: mark) }

  mutating func error(_ message: String, at mark: Mark) {
    errors.append(RuleLoadError(message, at: location(mark)))
  }

  /// The node as a mapping whose keys are all in `allowed` (unknown keys are reported, with a guess).
  mutating func mapping(_ node: Node, allowed: [String], what: String) -> MappingNode? {
    guard let map = node.mapping else {
      error("\(what) must be a mapping", at: node.mark)
      return nil
    }
    for entry in map.entries where !allowed.contains(entry.key.text) {
      var message = "unknown key '\(entry.key.text)' in \(what)"
      if let guess = Self.closest(entry.key.text, in: allowed) { message += " (did you mean '\(guess)'?)" }
      message += "; allowed: " + allowed.joined(separator: ", ")
      error(message, at: entry.key.mark)
    }
    return map
  }

  mutating func requireValue(_ map: MappingNode, _ key: String, what: String) -> Node? {
    guard let value = map[key], !value.isNullScalar else {
      error("\(what) needs '\(key)'", at: map.mark)
      return nil
    }
    return value
  }

  mutating func text(_ node: Node, what: String) -> String? {
    guard let s = node.scalar, !s.isNull else {
      error("\(what) must be text", at: node.mark)
      return nil
    }
    return s.text
  }

  mutating func int(_ node: Node, what: String) -> Int? {
    guard let i = node.scalar?.intValue else {
      error("\(what) must be an integer", at: node.mark)
      return nil
    }
    return i
  }

  mutating func bool(_ node: Node, what: String) -> Bool? {
    guard let b = node.scalar?.boolValue else {
      error("\(what) must be true or false", at: node.mark)
      return nil
    }
    return b
  }

  mutating func day(_ node: Node, what: String) -> Day? {
    guard let d = node.scalar?.dayValue else {
      error("\(what) must be a date (YYYY-MM-DD)", at: node.mark)
      return nil
    }
    return d
  }

  mutating func list(_ node: Node, what: String) -> [Node] {
    if let s = node.sequence { return s.items }
    error("\(what) must be a list", at: node.mark)
    return []
  }

  mutating func choice<T: RawRepresentable>(_ node: Node, _ type: T.Type, all: [T], what: String) -> T?
  where T.RawValue == String {
    guard let text = text(node, what: what) else { return nil }
    if let value = T(rawValue: text) { return value }
    error("unknown \(what) '\(text)'; expected " + all.map(\.rawValue).joined(separator: " | "), at: node.mark)
    return nil
  }

  mutating func localized(_ node: Node, what: String) -> Localized? {
    guard let map = mapping(node, allowed: ["zh", "en"], what: what) else { return nil }
    guard let zhNode = requireValue(map, "zh", what: what), let enNode = requireValue(map, "en", what: what),
      let zh = text(zhNode, what: "\(what).zh"), let en = text(enNode, what: "\(what).en")
    else { return nil }
    return Localized(zh: zh, en: en)
  }

  /// Compiles an expression, placing its errors inside the YAML scalar.
  mutating func expression(_ node: Node, context: ExpressionContext, what: String) -> Expr? {
    guard let s = node.scalar, !s.isNull else {
      error("\(what) must be an expression (text)", at: node.mark)
      return nil
    }
    // A plain `true`/`false`/number is an expression too.
    do {
      return try ExpressionParser.parse(s.text, context: context)
    } catch {
      self.error("\(what): \(error.message)", at: Self.mark(of: error.offset, in: s))
      return nil
    }
  }

  mutating func message(_ node: Node, context: ExpressionContext, what: String) -> MessageTemplate? {
    guard let map = mapping(node, allowed: ["zh", "en"], what: what) else { return nil }
    func parse(_ key: String, _ reader: inout NodeReader) -> [MessageTemplate.Piece]? {
      guard let value = reader.requireValue(map, key, what: what), let s = value.scalar else { return nil }
      do {
        return try MessageTemplate.parse(s.text, context: context)
      } catch {
        reader.error("\(what).\(key): \(error.message)", at: Self.mark(of: error.offset, in: s))
        return nil
      }
    }
    guard let zh = parse("zh", &self), let en = parse("en", &self) else { return nil }
    return MessageTemplate(zh: zh, en: en)
  }

  /// Where a code-point offset inside a scalar's text falls in the file (exact for one-line scalars).
  static func mark(of offset: Int, in scalar: ScalarNode) -> Mark {
    let scalars = Array(scalar.text.unicodeScalars.prefix(offset))
    let newlines = scalars.filter { $0 == "\n" }.count
    switch scalar.style {
    case .plain:
      return newlines == 0 ? Mark(line: scalar.mark.line, column: scalar.mark.column + offset) : scalar.mark
    case .singleQuoted, .doubleQuoted:
      return newlines == 0 ? Mark(line: scalar.mark.line, column: scalar.mark.column + 1 + offset) : scalar.mark
    case .literal, .folded:
      let lineStart = scalars.lastIndex(of: "\n").map { $0 + 1 } ?? 0
      return Mark(line: scalar.mark.line + 1 + newlines, column: scalar.mark.column + 2 + (offset - lineStart))
    }
  }

  /// The allowed word nearest to a typo, if it is near enough.
  static func closest(_ word: String, in candidates: [String]) -> String? {
    var best: (String, Int)?
    // The distance is at least the difference in length: a long word (a pasted paragraph) is compared with nothing.
    let length = word.count
    for candidate in candidates where abs(candidate.count - length) <= max(1, candidate.count / 3) {
      let d = distance(Array(word), Array(candidate))
      if d <= max(1, candidate.count / 3), best.map({ d < $0.1 }) ?? true { best = (candidate, d) }
    }
    return best?.0
  }

  static func distance(_ a: [Character], _ b: [Character]) -> Int {
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous = Array(0...b.count)
    for i in 1...a.count {
      var current = [i] + Array(repeating: 0, count: b.count)
      for j in 1...b.count {
        current[j] = Swift.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
      }
      previous = current
    }
    return previous[b.count]
  }
}
