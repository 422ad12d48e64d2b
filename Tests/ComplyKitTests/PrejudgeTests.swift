import Testing

@testable import ComplyKit

/// The helpers the written-out rules call (`Prejudge`) against the interpreter's own operations, on
/// every pair of a set of scalars, lists and mappings of awkward shapes: where a helper answers
/// rather than throwing `Unsure`, it answers what `Value` and `Function` give.
@Suite struct PrejudgeTests {
  static let store = makeStore(
    """
    kind: meeting
    id: m1
    values:
      - 第一议题
      - '第一议题'
      - !!str 第一议题
      - ~
      - ''
      -
      - null
      - 12
      - "12"
      - -3
      - 9999999999999999999
      - 2025-03-01
      - "2025-03-01"
      - 2025-12-31
      - true
      - 'true'
      - no
      - abc
      - ABC
      - 第二议题
      - [a, b]
      - []
      - {category: 第一议题, n: 2}
      - {}
    """)

  /// Every value above, and a missing one.
  static var nodes: [Node?] {
    [nil] + (store.records[0]["values"]?.sequence?.items ?? []).map(Optional.some)
  }

  static let texts = ["第一议题", "12", "2025-03-01", "true", "", "abc", "ABC", "~"]

  static func value(_ node: Node?) -> Value { node.map(Value.node) ?? .missing }

  /// The helper's answer, or nil when it threw (`try?` would flatten an unknown answer into that nil).
  static func attempt<T>(_ body: () throws(Prejudge.Unsure) -> T) -> T? {
    do {
      return .some(try body())
    } catch {
      return .none
    }
  }

  static func describe(_ node: Node?) -> String {
    guard let node else { return "missing" }
    return "line \(node.mark.line)"
  }

  @Test func theNodesAreThere() {
    #expect(Self.nodes.count == 25)
  }

  @Test func equalsAText() {
    var answered = 0
    for a in Self.nodes {
      for text in Self.texts {
        guard case .some(let answer) = Self.attempt({ () throws(Prejudge.Unsure) in try Prejudge.equals(a, text: text) }) else { continue }
        answered += 1
        #expect(answer == Value.equals(Self.value(a), .string(text), Self.store), "\(Self.describe(a)) == \(text)")
      }
    }
    // Most of the pairs are answered, not handed back: the comparison is not vacuous.
    #expect(answered > Self.nodes.count * Self.texts.count / 2)
  }

  @Test func equalsAndComparesTwoFields() {
    var answered = 0
    for a in Self.nodes {
      for b in Self.nodes {
        if case .some(let answer) = Self.attempt({ () throws(Prejudge.Unsure) in try Prejudge.equals(a, b) }) {
          answered += 1
          #expect(answer == Value.equals(Self.value(a), Self.value(b), Self.store), "\(Self.describe(a)) == \(Self.describe(b))")
        }
        if case .some(let order) = Self.attempt({ () throws(Prejudge.Unsure) in try Prejudge.compare(a, b) }) {
          answered += 1
          #expect(order == Value.compare(Self.value(a), Self.value(b)), "\(Self.describe(a)) <=> \(Self.describe(b))")
        }
      }
    }
    #expect(answered > Self.nodes.count * Self.nodes.count / 2)
  }

  @Test func isInAListOfTexts() {
    let lists = [["第一议题", "第二议题"], ["12", "abc"], []]
    for a in Self.nodes {
      for texts in lists {
        guard case .some(let answer) = Self.attempt({ () throws(Prejudge.Unsure) in try Prejudge.isIn(a, texts: texts) }) else { continue }
        let list = Value.list(texts.map(Value.string))
        #expect(answer == Value.contains(list, Self.value(a), Self.store), "\(Self.describe(a)) in \(texts)")
      }
    }
  }

  @Test func readsAsTheInterpreterReads() {
    for a in Self.nodes {
      let v = Self.value(a)
      let place = Self.describe(a)
      #expect(Prejudge.exists(a) == !v.isMissing, "exists \(place)")
      #expect(Prejudge.truth(a) == v.truth, "truth \(place)")
      #expect(Prejudge.count(a) == Function.countOfItems(v), "count \(place)")
      #expect(Prejudge.items(a).count == Function.items(v).count, "items \(place)")
      #expect(Prejudge.year(a) == v.dayValue?.year, "year \(place)")
      if case .some(let member) = Self.attempt({ () throws(Prejudge.Unsure) in try Prejudge.member(a, MappingKey("category")) }) {
        let expected = Value.member(of: v, "category", store: Self.store)
        #expect(member?.mark == expected.mark, "member \(place)")
        #expect(Prejudge.exists(member) == !expected.isMissing, "member \(place)")
      }
      if case .some(let element) = Self.attempt({ () throws(Prejudge.Unsure) in try Prejudge.element(a, 0) }) {
        let expected = Value.element(of: v, .int(0), store: Self.store)
        #expect(element?.mark == expected.mark, "element \(place)")
        #expect(Prejudge.exists(element) == !expected.isMissing, "element \(place)")
      }
    }
  }

  @Test func countsAsTheInterpreterCounts() {
    for a in Self.nodes {
      for b in Self.nodes {
        for op in [BinaryOperator.multiply, .subtract, .divide, .remainder] {
          guard case .some(let x) = Self.attempt({ () throws(Prejudge.Unsure) in try Prejudge.operand(a) }),
            case .some(let y) = Self.attempt({ () throws(Prejudge.Unsure) in try Prejudge.operand(b) })
          else { continue }
          let expected = Value.arithmetic(op, Self.value(a), Self.value(b))
          let answer = Prejudge.arithmetic(op, x, y)
          if case .int(let n) = expected {
            #expect(answer == n, "\(Self.describe(a)) \(op.rawValue) \(Self.describe(b))")
          } else {
            #expect(answer == nil, "\(Self.describe(a)) \(op.rawValue) \(Self.describe(b)): \(expected)")
          }
        }
      }
    }
  }
}
