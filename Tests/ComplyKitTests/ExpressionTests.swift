import Testing

@testable import ComplyKit

@Suite struct ExpressionTests {
  static let store = makeStore(
    """
    kind: organization
    id: org-1
    name: 支部
    type: 党支部
    members: [p1, p2, p3]
    ---
    kind: meeting
    id: m-1
    org: org-1
    type: 支部党员大会
    date: 2025-03-31
    present: [p1, p2]
    agenda:
      - {title: 学习, category: 第一议题, speech_date: "2025-03-01"}
      - {title: 决定, category: 决策, votes: {for: 2, against: 0, abstain: 0}, discussion: no}
    """)

  func eval(_ source: String, variables: Set<String> = [], in store: RecordStore = Self.store) throws -> Value {
    let expr = try ExpressionParser.parse(source, context: ExpressionContext(variables: variables))
    let index = try #require(store.index(of: "m-1"))
    let env = Environment(store: store, root: .record(index), scope: .record(index), variables: [:])
    let value = expr.evaluate(env)
    // The engine runs the compiled form: it must give the same value, node for node.
    let compiled = CompiledExpr(expr).evaluate(env)
    #expect(String(reflecting: compiled) == String(reflecting: value), "compiled \(source)")
    return value
  }

  func truth(_ source: String) throws -> Bool? { try eval(source).truth }

  @Test func pathsAndComparisons() throws {
    #expect(try truth("agenda[0].category == '第一议题'") == true)
    #expect(try truth("agenda[-1].votes.for * 2 > count(ref(org).members)") == true)
    #expect(try truth("count(present) * 3 >= count(ref(org).members) * 2") == true)
    #expect(try truth("date >= agenda[0].speech_date") == true)
    #expect(try truth("quarter(date) == 1 and month(add_days(date, 1)) == 4") == true)
  }

  @Test func missingIsUnknownNotFalse() throws {
    #expect(try truth("host == 'p1'") == nil)
    #expect(try truth("not (host == 'p1')") == nil)
    #expect(try truth("host == 'p1' or true") == true)
    #expect(try truth("host == 'p1' and false") == false)
    #expect(try truth("exists(host)") == false)
    #expect(try truth("count(absent) == 0") == true)
  }

  @Test func quantifiersAndMembership() throws {
    #expect(try truth("any(agenda, category == '决策')") == true)
    #expect(try truth("all(agenda, exists(title))") == true)
    #expect(try truth("count(agenda, category == '人事') == 0") == true)
    #expect(try truth("'p2' in present and 'p3' not in present") == true)
    #expect(try truth("'决策' in agenda.category") == true)
    #expect(try truth("agenda[0].title matches '^学'") == true)
  }

  @Test func yamlOneOneBooleansStayText() throws {
    #expect(try truth("agenda[1].discussion == 'no'") == true)
    #expect(try truth("agenda[1].discussion == false") == false)
  }

  @Test func integerArithmeticOnly() throws {
    // 2/3 of 7 needs 5 present: 4*3 = 12 < 14.
    #expect(try eval("7 * 2 / 3").intValue == 4)
    #expect(try truth("4 * 3 >= 7 * 2") == false)
    #expect(try truth("5 * 3 >= 7 * 2") == true)
  }

  /// A chain bound again (for another core) reads every name as the original does, the newest
  /// binding of a name still shadowing the older, and is a chain of its own.
  @Test func variablesBoundAgainReadTheSame() {
    var variables = Variables(["a": .int(1), "b": .string("x")])
    variables["a"] = .int(2)
    var copy = variables.rebound()
    #expect(copy["a"]?.intValue == 2)
    #expect(copy["b"]?.textValue == "x")
    #expect(copy["c"] == nil)
    copy["b"] = .string("y")
    #expect(copy["b"]?.textValue == "y")
    #expect(variables["b"]?.textValue == "x")
  }

  /// `exists(name)` and `name == 'text'` read a field where it is, of a record or of a list's mapping;
  /// they must give what the general path gives for every kind of value a field can hold (`eval`
  /// compares the compiled form with the walk of the expression).
  @Test func fieldsReadInPlaceAgreeWithTheGeneralPath() throws {
    let store = makeStore(
      """
      kind: meeting
      id: m-1
      type: 支部党员大会
      host: ~
      tagged: !!str 2025
      number: 12
      quoted: "12"
      flag: yes
      present: [p1, p2]
      agenda:
        - {title: 学习, category: 第一议题, votes: ~}
        - {title: 决定, category: !!str 决策, note: 12}
      """)
    let cases: [(String, Bool?)] = [
      ("exists(type)", true), ("exists(host)", false), ("exists(nothing)", false), ("exists(present)", true),
      ("type == '支部党员大会'", true), ("type != '党组会议'", true), ("host == 'p1'", nil), ("nothing == 'x'", nil),
      ("tagged == '2025'", true), ("number == '12'", true), ("quoted == '12'", true), ("flag == 'yes'", true),
      ("present == 'p1'", false), ("any(agenda, exists(votes))", false), ("all(agenda, exists(title))", true),
      ("any(agenda, category == '决策')", true), ("any(agenda, note == '12')", true),
      ("any(present, exists(title))", false), ("any(present, title == 'x')", false),
    ]
    for (source, expected) in cases {
      #expect(try eval(source, in: store).truth == expected, "\(source)")
    }
  }

  @Test func parseErrorsCarryOffsets() {
    #expect(throws: ExpressionError("unknown function 'cnt'", at: 0)) {
      try ExpressionParser.parse("cnt(present)", context: ExpressionContext())
    }
    #expect(throws: ExpressionError("unterminated string", at: 8)) {
      try ExpressionParser.parse("type == '党组", context: ExpressionContext())
    }
  }
}
