/// The regular expressions of the rule language (`x matches '…'`), matched in time linear in the
/// length of the text: the pattern is compiled to a Thompson NFA, which is run as a DFA built lazily
/// while the text is read (every possible match is followed at once), so no pattern and no text can
/// make matching backtrack.
///
/// The syntax is the common subset of Swift Regex, PCRE and ICU: literals, `.`, `[…]`, `[^…]`,
/// `\d \w \s \D \W \S`, `\p{Han}` / `\p{L}` (and `\P{…}`), `^ $ \A \z \b \B`, groups `(…)`, `(?:…)`,
/// `(?<name>…)`, `|`, and `* + ? {n} {n,} {n,m} {,m}` (lazy `?` forms allowed). It matches Unicode
/// scalars; `.` matches anything but a line break; `^` and `$` are the start and end of the text;
/// `\d` is a decimal digit (full-width ones included).
///
/// Refused when the rule is loaded, with the offset of the problem: backreferences and lookaround
/// (they need backtracking), and the shapes that make backtracking engines take exponential time —
/// a repetition around a repetition that can cover it (`(a+)+`, `(.*)*`, `(\w+\s?)*`) and a repetition
/// of alternatives that can start with the same character (`(a|a)*`, `(a|ab)+`).
struct Pattern: Sendable {
  struct Failure: Error, Sendable {
    let message: String
    /// Offset in the pattern, in code points.
    let offset: Int
  }

  /// Upper bound of a counted repetition, and of the compiled program's size.
  static let maxCount = 1_000
  static let maxProgram = 20_000
  /// How deep groups may nest.
  static let maxNesting = 100
  /// DFA states kept while matching one text; past this the cache starts again (memory stays bounded,
  /// time stays linear).
  static let maxStates = 2_000

  let source: String
  fileprivate let program: [Instruction]
  fileprivate let sets: [ScalarSet]
  /// Every match starts at the start of the text (`^…`), so only position 0 is tried.
  fileprivate let anchored: Bool
  /// Has `\b` or `\B`: states then remember whether the scalar before was a word character.
  fileprivate let testsWords: Bool
  /// UTF-8 bytes that can begin a scalar some match starts with, away from the ends of the text
  /// (continuation bytes never can).
  fileprivate let startBytes: [Bool]

  init(_ source: String) throws(Failure) {
    self.source = source
    var parser = PatternParser(Array(source.unicodeScalars))
    let syntax = try parser.parse()
    try Self.lint(syntax)
    var compiler = PatternCompiler()
    try compiler.compile(syntax)
    program = compiler.program
    sets = compiler.sets
    anchored = Self.isAnchored(program)
    testsWords = program.contains {
      if case .assert(let a) = $0 { return a == .wordBoundary || a == .notWordBoundary }
      return false
    }
    startBytes = Self.startBytes(program, sets)
  }

  // MARK: - Matching

  /// Whether the pattern matches somewhere in `text`.
  func matches(_ text: String) -> Bool {
    var text = text
    return text.withUTF8 { bytes in
      var matcher = LazyDFA(self)
      return matcher.run(bytes)
    }
  }

  @inline(__always)
  fileprivate func step(_ pc: Int, _ c: UInt32) -> Bool {
    switch program[pc] {
    case .scalar(let s): return s == c
    case .set(let i): return sets[i].contains(c)
    case .any: return !Pattern.isLineBreak(c)
    default: return false
    }
  }

  fileprivate static func isWord(_ c: UInt32) -> Bool { ScalarClass.word.contains(c) }

  /// What `.` does not match: LF, VT, FF, CR, NEL, LS, PS (Swift's `Character.isNewline`).
  static func isLineBreak(_ c: UInt32) -> Bool {
    (c >= 0x0A && c <= 0x0D) || c == 0x85 || c == 0x2028 || c == 0x2029
  }

  /// The scalar at `offset` of well-formed UTF-8 and its length; nil at the end.
  @inline(__always)
  fileprivate static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> (UInt32?, Int) {
    guard offset < bytes.count else { return (nil, 0) }
    let b0 = UInt32(bytes[offset])
    if b0 < 0x80 { return (b0, 1) }
    func continuation(_ k: Int) -> UInt32 {
      offset + k < bytes.count ? UInt32(bytes[offset + k] & 0x3F) : 0
    }
    if b0 < 0xE0 { return ((b0 & 0x1F) << 6 | continuation(1), 2) }
    if b0 < 0xF0 { return ((b0 & 0x0F) << 12 | continuation(1) << 6 | continuation(2), 3) }
    return ((b0 & 0x07) << 18 | continuation(1) << 12 | continuation(2) << 6 | continuation(3), 4)
  }

  /// Whether every path from the start passes `^` (or `\A`) before it consumes or matches.
  private static func isAnchored(_ program: [Instruction]) -> Bool {
    var seen = Set<Int>()
    var stack = [0]
    while let pc = stack.popLast() {
      guard seen.insert(pc).inserted else { continue }
      switch program[pc] {
      case .assert(.start): continue
      case .assert: stack.append(pc + 1)
      case .jump(let target): stack.append(target)
      case .split(let a, let b): stack.append(contentsOf: [a, b])
      case .match, .scalar, .set, .any: return false
      }
    }
    return true
  }

  /// See `startBytes`: the lead bytes of what the start threads take in the middle of the text
  /// (where `^` and `$` fail). Any non-ASCII scalar a set might hold marks every lead byte.
  private static func startBytes(_ program: [Instruction], _ sets: [ScalarSet]) -> [Bool] {
    var table = Array(repeating: false, count: 256)
    var seen = Set<Int>()
    var stack = [0]
    func markNonASCII() {
      for byte in 0xC2...0xF4 { table[byte] = true }
    }
    while let pc = stack.popLast() {
      guard seen.insert(pc).inserted else { continue }
      switch program[pc] {
      case .assert(.start), .assert(.end): continue
      case .assert: stack.append(pc + 1)
      case .jump(let target): stack.append(target)
      case .split(let a, let b): stack.append(contentsOf: [a, b])
      case .match: continue
      case .scalar(let s):
        if s < 0x80 {
          table[Int(s)] = true
        } else {
          table[Int(s < 0x800 ? 0xC0 | s >> 6 : s < 0x10000 ? 0xE0 | s >> 12 : 0xF0 | s >> 18)] = true
        }
      case .set(let i):
        for byte in 0..<0x80 where sets[i].contains(UInt32(byte)) { table[byte] = true }
        if sets[i].negated || !sets[i].classes.isEmpty || sets[i].ranges.contains(where: { $0.upperBound >= 0x80 }) {
          markNonASCII()
        }
      case .any:
        for byte in 0..<0x80 where !isLineBreak(UInt32(byte)) { table[byte] = true }
        markNonASCII()
      }
    }
    return table
  }

  // MARK: - Catastrophic shapes

  private static func lint(_ syntax: PatternSyntax) throws(Failure) {
    var stack = [syntax]
    while let node = stack.popLast() {
      switch node {
      case .concat(let items): stack.append(contentsOf: items)
      case .alternation(let branches, _): stack.append(contentsOf: branches)
      case .repetition(let body, _, let max, let offset):
        stack.append(body)
        guard max.map({ $0 > 1 }) ?? true else { continue }
        if body.hasCoveringRepetition {
          throw Failure(
            message: "nested repetition (like (a+)+) is not allowed: it can make matching take exponential time",
            offset: offset)
        }
        if case .alternation(let branches, let alternationOffset) = body, PatternSyntax.overlap(branches) {
          throw Failure(
            message:
              "alternatives that can start with the same character (like (a|ab)*) are not allowed in a repetition: they can make matching take exponential time",
            offset: alternationOffset)
        }
      case .empty, .scalar, .set, .any, .assertion:
        break
      }
    }
  }
}

// MARK: - Program

enum Assertion: Sendable {
  case start, end, wordBoundary, notWordBoundary
}

fileprivate enum Instruction: Sendable {
  case scalar(UInt32)
  case set(Int)
  /// Any scalar but a line break (`Pattern.isLineBreak`).
  case any
  case split(Int, Int)
  case jump(Int)
  case assert(Assertion)
  case match
}

/// The NFA run as a DFA whose states are built as the text needs them. A state is the set of
/// instructions waiting for the next scalar (its "kernel") and whether the scalar before was a word
/// character; each state caches where each scalar leads, or that a match is found before it.
private struct LazyDFA {
  private struct Key: Hashable {
    let kernel: [Int]
    let afterWord: Bool
  }

  private struct State {
    let key: Key
    /// For ASCII scalars: -1 not computed yet, `LazyDFA.matched`, or the next state.
    var ascii = [Int32](repeating: -1, count: 128)
    var other: [UInt32: Int32] = [:]
  }

  private static let matched: Int32 = -2

  let pattern: Pattern
  private var states: [State] = []
  private var ids: [Key: Int32] = [:]
  /// Scratch for closures: the generation each instruction was last visited in.
  private var visited: [UInt32]
  private var generation: UInt32 = 0
  private var stack: [Int] = []

  init(_ pattern: Pattern) {
    self.pattern = pattern
    visited = Array(repeating: 0, count: pattern.program.count)
  }

  mutating func run(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    // Position 0, where `^` holds.
    var (scalar, length) = Pattern.decode(bytes, at: 0)
    guard let first = scalar else {
      return closure([0], atStart: true, atEnd: true, afterWord: false, beforeWord: false).matched
    }
    let start = closure([0], atStart: true, atEnd: false, afterWord: false, beforeWord: isWord(first))
    if start.matched { return true }
    var state = intern(Key(kernel: advance(start.waiting, first), afterWord: isWord(first)))
    var position = length
    let skippable = !pattern.anchored && !pattern.testsWords
    while position < bytes.count {
      if states[Int(state)].key.kernel.isEmpty {
        // Nothing in progress.
        if pattern.anchored { return false }
        if skippable {
          while position < bytes.count, !pattern.startBytes[Int(bytes[position])] { position += 1 }
          if position == bytes.count { break }
        }
      }
      (scalar, length) = Pattern.decode(bytes, at: position)
      guard let c = scalar else { break }
      let next = transition(state, c)
      if next == Self.matched { return true }
      state = next
      position += length
    }
    let key = states[Int(state)].key
    return closure(seeds(key.kernel), atStart: false, atEnd: true, afterWord: key.afterWord, beforeWord: false).matched
  }

  private func isWord(_ c: UInt32) -> Bool { pattern.testsWords && Pattern.isWord(c) }

  /// The kernel plus, unless the pattern is anchored, a match starting here.
  private func seeds(_ kernel: [Int]) -> [Int] { pattern.anchored ? kernel : kernel + [0] }

  private mutating func transition(_ id: Int32, _ c: UInt32) -> Int32 {
    let cached = c < 0x80 ? states[Int(id)].ascii[Int(c)] : states[Int(id)].other[c] ?? -1
    if cached != -1 { return cached }
    let key = states[Int(id)].key
    let beforeWord = isWord(c)
    let here = closure(seeds(key.kernel), atStart: false, atEnd: false, afterWord: key.afterWord, beforeWord: beforeWord)
    var next = Self.matched
    if !here.matched {
      if states.count >= Pattern.maxStates {
        // Start the cache again from the state at hand.
        states.removeAll(keepingCapacity: true)
        ids.removeAll(keepingCapacity: true)
        let current = intern(key)
        next = intern(Key(kernel: advance(here.waiting, c), afterWord: beforeWord))
        cache(current, c, next)
        return next
      }
      next = intern(Key(kernel: advance(here.waiting, c), afterWord: beforeWord))
    }
    cache(id, c, next)
    return next
  }

  private mutating func cache(_ id: Int32, _ c: UInt32, _ next: Int32) {
    if c < 0x80 {
      states[Int(id)].ascii[Int(c)] = next
    } else {
      states[Int(id)].other[c] = next
    }
  }

  private mutating func intern(_ key: Key) -> Int32 {
    if let id = ids[key] { return id }
    let id = Int32(states.count)
    states.append(State(key: key))
    ids[key] = id
    return id
  }

  /// The instructions after those of `waiting` that take `c`, sorted.
  private func advance(_ waiting: [Int], _ c: UInt32) -> [Int] {
    var next: [Int] = []
    for pc in waiting where pattern.step(pc, c) { next.append(pc + 1) }
    next.sort()
    return next
  }

  /// Everything reachable from `seeds` without consuming a scalar, in the given surroundings: the
  /// instructions that wait for a scalar, and whether a match is reached.
  private mutating func closure(
    _ seeds: [Int], atStart: Bool, atEnd: Bool, afterWord: Bool, beforeWord: Bool
  ) -> (waiting: [Int], matched: Bool) {
    generation &+= 1
    if generation == 0 {
      for i in visited.indices { visited[i] = 0 }
      generation = 1
    }
    var waiting: [Int] = []
    stack.removeAll(keepingCapacity: true)
    stack.append(contentsOf: seeds.reversed())
    while let pc = stack.popLast() {
      guard visited[pc] != generation else { continue }
      visited[pc] = generation
      switch pattern.program[pc] {
      case .match:
        return ([], true)
      case .jump(let target):
        stack.append(target)
      case .split(let a, let b):
        stack.append(b)
        stack.append(a)
      case .assert(let assertion):
        let holds: Bool
        switch assertion {
        case .start: holds = atStart
        case .end: holds = atEnd
        case .wordBoundary: holds = afterWord != beforeWord
        case .notWordBoundary: holds = afterWord == beforeWord
        }
        if holds { stack.append(pc + 1) }
      case .scalar, .set, .any:
        waiting.append(pc)
      }
    }
    return (waiting, false)
  }
}

// MARK: - Character sets

/// The predefined classes: `\d \w \s`, `\p{…}`.
enum ScalarClass: Sendable, Equatable {
  case digit, word, space, han
  case category(Character)

  func contains(_ value: UInt32) -> Bool {
    if value < 0x80 {
      let byte = UInt8(value)
      switch self {
      case .digit: return byte >= 0x30 && byte <= 0x39
      case .word:
        return (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
          || byte == 0x5F
      case .space: return byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
      case .han: return false
      case .category: break
      }
    }
    guard let scalar = Unicode.Scalar(value) else { return false }
    let properties = scalar.properties
    switch self {
    case .digit:
      return properties.generalCategory == .decimalNumber
    case .word:
      switch properties.generalCategory {
      case .decimalNumber, .connectorPunctuation, .nonspacingMark, .spacingMark, .enclosingMark: return true
      default: return properties.isAlphabetic
      }
    case .space:
      return properties.isWhitespace
    case .han:
      return Self.hanRanges.contains { $0.contains(value) }
    case .category(let letter):
      return Self.major(properties.generalCategory) == letter
    }
  }

  /// CJK ideographs, radicals and the ideographic iteration marks: what `\p{Han}` means here.
  static let hanRanges: [ClosedRange<UInt32>] = [
    0x2E80...0x2E99, 0x2E9B...0x2EF3, 0x2F00...0x2FD5, 0x3005...0x3005, 0x3007...0x3007, 0x3021...0x3029,
    0x3038...0x303B, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFA6D, 0xFA70...0xFAD9, 0x20000...0x2A6DF,
    0x2A700...0x2EBEF, 0x2F800...0x2FA1F, 0x30000...0x323AF,
  ]

  /// The letter of a general category's group: L, M, N, P, S, Z or C.
  static func major(_ category: Unicode.GeneralCategory) -> Character {
    switch category {
    case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: "L"
    case .nonspacingMark, .spacingMark, .enclosingMark: "M"
    case .decimalNumber, .letterNumber, .otherNumber: "N"
    case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
      .finalPunctuation, .otherPunctuation:
      "P"
    case .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol: "S"
    case .spaceSeparator, .lineSeparator, .paragraphSeparator: "Z"
    default: "C"
    }
  }
}

/// `[…]`: ranges and classes, possibly negated.
struct ScalarSet: Sendable {
  var ranges: [ClosedRange<UInt32>] = []
  /// A class and whether it is negated (`\D`, `\P{…}`).
  var classes: [(ScalarClass, Bool)] = []
  var negated = false

  func contains(_ value: UInt32) -> Bool {
    var found = ranges.contains { $0.contains(value) }
    if !found { found = classes.contains { $0.0.contains(value) != $0.1 } }
    return found != negated
  }
}

// MARK: - Syntax

indirect enum PatternSyntax: Sendable {
  case empty
  case scalar(UInt32)
  case set(ScalarSet)
  case any
  case assertion(Assertion)
  case concat([PatternSyntax])
  case alternation([PatternSyntax], offset: Int)
  /// `max` nil: unbounded. `offset`: where the repeated item starts.
  case repetition(PatternSyntax, min: Int, max: Int?, offset: Int)

  /// Matches only the empty text (or nothing at all)?
  var isNullable: Bool {
    switch self {
    case .empty, .assertion: true
    case .scalar, .set, .any: false
    case .concat(let items): items.allSatisfy(\.isNullable)
    case .alternation(let branches, _): branches.contains { $0.isNullable }
    case .repetition(let body, let min, _, _): min == 0 || body.isNullable
    }
  }

  /// Can match some non-empty text?
  var consumes: Bool {
    switch self {
    case .empty, .assertion: false
    case .scalar, .set, .any: true
    case .concat(let items), .alternation(let items, _): items.contains { $0.consumes }
    case .repetition(let body, _, let max, _): max != 0 && body.consumes
    }
  }

  /// Holds a repetition of variable count that can, with everything around it matching empty, make
  /// up the whole match: repeated again, the same text splits into iterations in many ways.
  var hasCoveringRepetition: Bool {
    switch self {
    case .repetition(let body, let min, let max, _):
      return (max != min && body.consumes) || body.hasCoveringRepetition
    case .concat(let items):
      for (i, item) in items.enumerated() where item.hasCoveringRepetition {
        if items.indices.allSatisfy({ $0 == i || items[$0].isNullable }) { return true }
      }
      return false
    case .alternation(let branches, _):
      return branches.contains { $0.hasCoveringRepetition }
    case .empty, .scalar, .set, .any, .assertion:
      return false
    }
  }

  /// What can start a match of this node.
  enum First {
    case scalar(UInt32)
    case set(ScalarSet)
    case any

    func contains(_ value: UInt32) -> Bool {
      switch self {
      case .scalar(let s): s == value
      case .set(let set): set.contains(value)
      case .any: !Pattern.isLineBreak(value)
      }
    }

    var endpoints: [UInt32] {
      switch self {
      case .scalar(let s): [s]
      case .set(let set): set.ranges.flatMap { [$0.lowerBound, $0.upperBound] }
      case .any: []
      }
    }
  }

  var firsts: [First] {
    switch self {
    case .empty, .assertion: return []
    case .scalar(let s): return [.scalar(s)]
    case .set(let set): return [.set(set)]
    case .any: return [.any]
    case .alternation(let branches, _): return branches.flatMap(\.firsts)
    case .repetition(let body, _, let max, _): return max == 0 ? [] : body.firsts
    case .concat(let items):
      var result: [First] = []
      for item in items {
        result += item.firsts
        if !item.isNullable { break }
      }
      return result
    }
  }

  /// Sample scalars for overlap tests beyond the sets' own endpoints: ASCII and common CJK text.
  private static let samples: [UInt32] =
    Array(0...0x7F) + [0xA0, 0x3000, 0x3001, 0x3002, 0x4E00, 0x4E2D, 0x515A, 0x9FA5, 0xFF0C, 0xFF10, 0xFF21, 0xFF41]

  /// Whether two of the branches can start with the same scalar (found by testing the sets' endpoints
  /// and common scalars, so an overlap reported is a real one).
  static func overlap(_ branches: [PatternSyntax]) -> Bool {
    let firsts = branches.map(\.firsts)
    for i in firsts.indices {
      for j in firsts.indices where j > i {
        for a in firsts[i] {
          for b in firsts[j] {
            let candidates = samples + a.endpoints + b.endpoints
            if candidates.contains(where: { a.contains($0) && b.contains($0) }) { return true }
          }
        }
      }
    }
    return false
  }
}

/// Parses a pattern into `PatternSyntax`, with the offset of the first mistake.
private struct PatternParser {
  let scalars: [Unicode.Scalar]
  var position = 0
  var depth = 0

  init(_ scalars: [Unicode.Scalar]) { self.scalars = scalars }

  typealias Failure = Pattern.Failure

  mutating func parse() throws(Failure) -> PatternSyntax {
    let syntax = try parseAlternation()
    if position < scalars.count {
      // Only an unmatched ')' stops an alternation before the end.
      throw Failure(message: "unmatched ')'", offset: position)
    }
    return syntax
  }

  private var peek: Unicode.Scalar? { position < scalars.count ? scalars[position] : nil }

  private func peek(_ ahead: Int) -> Unicode.Scalar? {
    position + ahead < scalars.count ? scalars[position + ahead] : nil
  }

  private mutating func parseAlternation() throws(Failure) -> PatternSyntax {
    let start = position
    var branches = [try parseConcat()]
    while peek == "|" {
      position += 1
      branches.append(try parseConcat())
    }
    return branches.count == 1 ? branches[0] : .alternation(branches, offset: start)
  }

  private mutating func parseConcat() throws(Failure) -> PatternSyntax {
    var items: [PatternSyntax] = []
    while let c = peek, c != "|", c != ")" {
      items.append(try parseQuantified())
    }
    switch items.count {
    case 0: return .empty
    case 1: return items[0]
    default: return .concat(items)
    }
  }

  private mutating func parseQuantified() throws(Failure) -> PatternSyntax {
    let start = position
    let atom = try parseAtom()
    guard let (min, max) = try parseQuantifier() else { return atom }
    if case .assertion = atom {
      throw Failure(message: "an anchor cannot be repeated", offset: start)
    }
    if peek == "?" {
      position += 1  // lazy: the same for "is there a match"
    } else if peek == "+" {
      throw Failure(message: "possessive quantifiers are not supported", offset: position)
    }
    if let c = peek, c == "*" || c == "+" || c == "?" || (c == "{" && isCountAhead) {
      throw Failure(message: "a quantifier cannot follow a quantifier", offset: position)
    }
    return .repetition(atom, min: min, max: max, offset: start)
  }

  /// A counted repetition `{n}`, `{n,}`, `{n,m}` or `{,m}` starting at `index`, spaces allowed inside as
  /// Swift Regex allows them (`{ 2, 3 }`); nil when the `{` there starts none (and is a literal).
  private struct Count {
    let low: Int?
    let comma: Bool
    let high: Int?
    let end: Int
    let tooLarge: Bool
  }

  private func count(at index: Int) -> Count? {
    guard index < scalars.count, scalars[index] == "{" else { return nil }
    var i = index + 1
    var tooLarge = false
    func skipSpaces() {
      while i < scalars.count, scalars[i] == " " || (scalars[i] >= "\u{09}" && scalars[i] <= "\u{0D}") { i += 1 }
    }
    func number() -> Int? {
      var value = 0
      var digits = 0
      while i < scalars.count, scalars[i] >= "0", scalars[i] <= "9" {
        value = Swift.min(value * 10 + Int(scalars[i].value - 48), Pattern.maxCount + 1)
        digits += 1
        i += 1
      }
      if value > Pattern.maxCount { tooLarge = true }
      return digits == 0 ? nil : value
    }
    skipSpaces()
    let low = number()
    skipSpaces()
    var comma = false
    var high: Int?
    if i < scalars.count, scalars[i] == "," {
      comma = true
      i += 1
      skipSpaces()
      high = number()
      skipSpaces()
    }
    guard i < scalars.count, scalars[i] == "}", low != nil || high != nil else { return nil }
    return Count(low: low, comma: comma, high: high, end: i + 1, tooLarge: tooLarge)
  }

  private var isCountAhead: Bool { count(at: position) != nil }

  /// A quantifier at the current position, if there is one.
  private mutating func parseQuantifier() throws(Failure) -> (Int, Int?)? {
    switch peek {
    case "*":
      position += 1
      return (0, nil)
    case "+":
      position += 1
      return (1, nil)
    case "?":
      position += 1
      return (0, 1)
    case "{":
      guard let count = count(at: position) else { return nil }
      let start = position
      position = count.end
      if count.tooLarge {
        throw Failure(message: "repetition counts above \(Pattern.maxCount) are not supported", offset: start)
      }
      let min = count.low ?? 0
      let max = count.comma ? count.high : count.low
      if let max, max < min {
        throw Failure(message: "repetition {\(min),\(max)} has its bounds the wrong way round", offset: start)
      }
      return (min, max)
    default:
      return nil
    }
  }

  private mutating func parseAtom() throws(Failure) -> PatternSyntax {
    let start = position
    guard let c = peek else { return .empty }
    position += 1
    switch c {
    case "(":
      return try parseGroup(start)
    case "[":
      return .set(try parseClass(start))
    case ".":
      return .any
    case "^":
      return .assertion(.start)
    case "$":
      return .assertion(.end)
    case "\\":
      return try parseEscape(start, inClass: false).syntax
    case "*", "+", "?":
      throw Failure(message: "'\(c)' has nothing to repeat (write \\\(c) for the character)", offset: start)
    case "{" where isCountAheadFrom(start):
      throw Failure(message: "'{' has nothing to repeat (write \\{ for the character)", offset: start)
    default:
      return .scalar(c.value)
    }
  }

  private func isCountAheadFrom(_ start: Int) -> Bool { count(at: start) != nil }

  private mutating func parseGroup(_ start: Int) throws(Failure) -> PatternSyntax {
    depth += 1
    defer { depth -= 1 }
    if depth > Pattern.maxNesting {
      throw Failure(message: "groups nested more than \(Pattern.maxNesting) deep", offset: start)
    }
    if peek == "?" {
      switch (peek(1), peek(2)) {
      case (":", _):
        position += 2
      case ("<", let next?) where next != "=" && next != "!":
        try skipGroupName(from: position + 2, start)
      case ("P", "<"):
        try skipGroupName(from: position + 3, start)
      case ("=", _), ("!", _), ("<", _):
        throw Failure(message: "lookaround is not supported (it needs backtracking)", offset: start)
      default:
        throw Failure(message: "group options (?…) are not supported; use (?:…) for a plain group", offset: start)
      }
    }
    let inner = try parseAlternation()
    guard peek == ")" else { throw Failure(message: "unclosed group", offset: start) }
    position += 1
    return inner
  }

  /// Steps over `name>` of a named group.
  private mutating func skipGroupName(from index: Int, _ start: Int) throws(Failure) {
    var i = index
    while i < scalars.count, scalars[i] != ">" {
      let c = scalars[i]
      guard c == "_" || (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || (c >= "0" && c <= "9") else {
        throw Failure(message: "invalid group name", offset: start)
      }
      i += 1
    }
    guard i < scalars.count, i > index else { throw Failure(message: "invalid group name", offset: start) }
    position = i + 1
  }

  /// What an escape stands for: one scalar (usable in a range), a class, or (outside classes) an anchor.
  private enum Escape {
    case scalar(UInt32)
    case set(ScalarSet)
    case assertion(Assertion)

    var syntax: PatternSyntax {
      switch self {
      case .scalar(let s): .scalar(s)
      case .set(let set): .set(set)
      case .assertion(let a): .assertion(a)
      }
    }
  }

  /// The escape whose backslash is at `start` (the position is after it).
  private mutating func parseEscape(_ start: Int, inClass: Bool) throws(Failure) -> Escape {
    guard let c = peek else { throw Failure(message: "the pattern ends with a lone backslash", offset: start) }
    position += 1
    func single(_ cls: ScalarClass, negated: Bool) -> Escape {
      .set(ScalarSet(classes: [(cls, negated)]))
    }
    switch c {
    case "d": return single(.digit, negated: false)
    case "D": return single(.digit, negated: true)
    case "w": return single(.word, negated: false)
    case "W": return single(.word, negated: true)
    case "s": return single(.space, negated: false)
    case "S": return single(.space, negated: true)
    case "t": return .scalar(0x09)
    case "n": return .scalar(0x0A)
    case "r": return .scalar(0x0D)
    case "f": return .scalar(0x0C)
    case "e": return .scalar(0x1B)
    case "b", "B", "A", "z", "Z":
      guard !inClass else { throw Failure(message: "\\\(c) is not allowed in a character class", offset: start) }
      switch c {
      case "b": return .assertion(.wordBoundary)
      case "B": return .assertion(.notWordBoundary)
      case "A": return .assertion(.start)
      default: return .assertion(.end)
      }
    case "1"..."9", "k", "g":
      throw Failure(message: "backreferences are not supported (they need backtracking)", offset: start)
    case "p", "P":
      return try parseProperty(start, negated: c == "P")
    case "u", "x":
      return .scalar(try parseHex(start, fixed: c == "u" ? 4 : 2))
    default:
      let v = c.value
      let isAlphanumeric = (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A)
      if isAlphanumeric { throw Failure(message: "unknown escape \\\(c)", offset: start) }
      return .scalar(v)
    }
  }

  /// `\p{Han}`, `\p{L}` … (the position is after `p`).
  private mutating func parseProperty(_ start: Int, negated: Bool) throws(Failure) -> Escape {
    guard peek == "{" else { throw Failure(message: "\\p needs a property in braces, like \\p{Han}", offset: start) }
    var name = ""
    var i = position + 1
    while i < scalars.count, scalars[i] != "}" {
      name.unicodeScalars.append(scalars[i])
      i += 1
    }
    guard i < scalars.count else { throw Failure(message: "unclosed \\p{", offset: start) }
    position = i + 1
    let cls: ScalarClass
    switch name {
    case "Han", "Script=Han", "sc=Han": cls = .han
    case "L", "Letter": cls = .category("L")
    case "M", "Mark": cls = .category("M")
    case "N", "Number": cls = .category("N")
    case "P", "Punctuation": cls = .category("P")
    case "S", "Symbol": cls = .category("S")
    case "Z", "Separator": cls = .category("Z")
    case "Nd": cls = .digit
    default:
      throw Failure(message: "unsupported property '\(name)' (supported: Han, L, M, N, Nd, P, S, Z)", offset: start)
    }
    return .set(ScalarSet(classes: [(cls, negated)]))
  }

  /// `\uXXXX`, `\xHH`, or `\u{…}` / `\x{…}` (the position is after the letter).
  private mutating func parseHex(_ start: Int, fixed: Int) throws(Failure) -> UInt32 {
    var value: UInt32 = 0
    var digits = 0
    let braced = peek == "{"
    if braced { position += 1 }
    while let c = peek, let digit = Self.hexDigit(c), braced ? digits < 8 : digits < fixed {
      value = value << 4 | digit
      digits += 1
      position += 1
    }
    if braced {
      guard peek == "}", digits > 0 else { throw Failure(message: "invalid \\u{…} escape", offset: start) }
      position += 1
    } else if digits != fixed {
      throw Failure(message: "expected \(fixed) hex digits", offset: start)
    }
    guard Unicode.Scalar(value) != nil else { throw Failure(message: "not a Unicode scalar", offset: start) }
    return value
  }

  private static func hexDigit(_ c: Unicode.Scalar) -> UInt32? {
    switch c {
    case "0"..."9": c.value - 48
    case "a"..."f": c.value - 87
    case "A"..."F": c.value - 55
    default: nil
    }
  }

  /// `[…]` (the position is after `[`).
  private mutating func parseClass(_ start: Int) throws(Failure) -> ScalarSet {
    var set = ScalarSet()
    if peek == "^" {
      set.negated = true
      position += 1
    }
    if peek == "]" {
      throw Failure(message: "empty character class (write \\] for the character)", offset: start)
    }
    while true {
      guard let c = peek else { throw Failure(message: "unclosed character class", offset: start) }
      let itemStart = position
      if c == "]" {
        position += 1
        return set
      }
      if c == "[" {
        throw Failure(message: "nested classes are not supported (write \\[ for the character)", offset: itemStart)
      }
      if (c == "&" && peek(1) == "&") || (c == "-" && peek(1) == "-") {
        throw Failure(message: "class set operations are not supported", offset: itemStart)
      }
      let low: UInt32
      position += 1
      if c == "\\" {
        switch try parseEscape(itemStart, inClass: true) {
        case .scalar(let s): low = s
        case .set(let inner):
          set.classes += inner.classes
          continue
        case .assertion: throw Failure(message: "an anchor is not allowed in a character class", offset: itemStart)
        }
      } else {
        low = c.value
      }
      // A range, unless the '-' is the last character of the class.
      guard peek == "-", let after = peek(1), after != "]" else {
        set.ranges.append(low...low)
        continue
      }
      position += 1
      let highStart = position
      position += 1
      var high = after.value
      if after == "\\" {
        guard case .scalar(let s) = try parseEscape(highStart, inClass: true) else {
          throw Failure(message: "a class cannot end a range", offset: highStart)
        }
        high = s
      } else if after == "[" {
        throw Failure(message: "nested classes are not supported (write \\[ for the character)", offset: highStart)
      }
      guard low <= high else { throw Failure(message: "range out of order", offset: itemStart) }
      set.ranges.append(low...high)
    }
  }
}

/// Compiles `PatternSyntax` to instructions (Thompson's construction), within `Pattern.maxProgram`.
private struct PatternCompiler {
  var program: [Instruction] = []
  var sets: [ScalarSet] = []

  mutating func compile(_ syntax: PatternSyntax) throws(Pattern.Failure) {
    let size = Self.size(syntax)
    guard size <= Pattern.maxProgram else {
      throw Pattern.Failure(message: "the regular expression is too large (repetitions expand it past \(Pattern.maxProgram) steps)", offset: 0)
    }
    program.reserveCapacity(size + 1)
    emit(syntax)
    program.append(.match)
  }

  /// Instructions `emit` produces (saturating, so absurd counts cannot overflow).
  static func size(_ syntax: PatternSyntax) -> Int {
    let cap = Pattern.maxProgram + 1
    switch syntax {
    case .empty: return 0
    case .scalar, .set, .any, .assertion: return 1
    case .concat(let items): return min(cap, items.reduce(0) { min(cap, $0 + size($1)) })
    case .alternation(let branches, _):
      return min(cap, branches.reduce(0) { min(cap, $0 + size($1) + 2) })
    case .repetition(let body, let min, let max, _):
      let one = size(body)
      let copies = max.map { $0 } ?? (min + 1)
      let (product, overflow) = (one + 2).multipliedReportingOverflow(by: Swift.max(1, copies))
      return overflow ? cap : Swift.min(cap, product)
    }
  }

  mutating func emit(_ syntax: PatternSyntax) {
    switch syntax {
    case .empty:
      break
    case .scalar(let s):
      program.append(.scalar(s))
    case .set(let set):
      sets.append(set)
      program.append(.set(sets.count - 1))
    case .any:
      program.append(.any)
    case .assertion(let a):
      program.append(.assert(a))
    case .concat(let items):
      for item in items { emit(item) }
    case .alternation(let branches, _):
      // split L1, next; L1: branch; jump end; next: split …; last branch; end:
      var jumps: [Int] = []
      for (i, branch) in branches.enumerated() {
        if i == branches.count - 1 {
          emit(branch)
        } else {
          let split = program.count
          program.append(.split(split + 1, 0))
          emit(branch)
          jumps.append(program.count)
          program.append(.jump(0))
          program[split] = .split(split + 1, program.count)
        }
      }
      for jump in jumps { program[jump] = .jump(program.count) }
    case .repetition(let body, let min, let max, _):
      for _ in 0..<min { emit(body) }
      if let max {
        // Up to max − min optional copies: split next, end; copy; split next, end; copy …
        var splits: [Int] = []
        for _ in 0..<(max - min) {
          splits.append(program.count)
          program.append(.split(program.count + 1, 0))
          emit(body)
        }
        for split in splits { program[split] = .split(split + 1, program.count) }
      } else {
        // loop: split body, end; body; jump loop; end:
        let loop = program.count
        program.append(.split(loop + 1, 0))
        emit(body)
        program.append(.jump(loop))
        program[loop] = .split(loop + 1, program.count)
      }
    }
  }
}
