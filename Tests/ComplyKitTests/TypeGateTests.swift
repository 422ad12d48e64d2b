import Testing

@testable import ComplyKit

/// A rule's `TypeGate` passes a record over without running the rule's filter: it may reject a record
/// only where the filter itself does not hold, and must have nothing to say about a `type` the filter
/// reads otherwise than as text.
@Suite struct TypeGateTests {
  /// Types that read as text, the same text in another Unicode form, and types a gate leaves alone:
  /// absent, null, a number, a tagged text.
  static let records = """
    kind: meeting
    id: m1
    type: 民主生活会
    present: [p1]
    ---
    kind: meeting
    id: m2
    type: '支部委员会'
    present: [p1]
    ---
    kind: meeting
    id: m3
    type: "e\\u0301"
    ---
    kind: meeting
    id: m4
    ---
    kind: meeting
    id: m5
    type: ~
    ---
    kind: meeting
    id: m6
    type: 12
    ---
    kind: meeting
    id: m7
    type: !!str 民主生活会
    """

  static let filters = [
    "type == '民主生活会'",
    "type != '民主生活会'",
    "type in ['民主生活会', '组织生活会']",
    "type not in ['党组会议', '党委会议'] and exists(present)",
    "type in ['支部党员大会', '支部委员会'] and exists(present) and count(present) > 0",
    "type == '\u{E9}'",
    "type == '12'",
    "type in ['12', 'x']",
  ]

  @Test func rejectsOnlyWhereTheFilterFails() throws {
    let store = makeStore(Self.records)
    #expect(store.issues.isEmpty)
    #expect(store.records.count == 7)
    var rejected = 0
    for source in Self.filters {
      let filter = try ExpressionParser.parse(source, context: ExpressionContext(variables: []))
      let gate = try #require(TypeGate(filter), "a gate for \(source)")
      let compiled = CompiledExpr(filter)
      for index in store.records.indices {
        let env = Environment(store: store, root: .record(index), scope: .record(index), variables: [:])
        let type = TypeGate.type(of: store.records[index].root)
        if !gate.admits(type) {
          rejected += 1
          #expect(!compiled.holds(env), "\(source) on \(store.records[index].id)")
          #expect(filter.evaluate(env).truth != true, "\(source) on \(store.records[index].id)")
        }
      }
    }
    // The gates did reject records: the test is not passing for want of any.
    #expect(rejected > 10)
  }

  @Test func readsTheTypeOnlyAsText() throws {
    let store = makeStore(Self.records)
    let types = store.records.map { TypeGate.type(of: $0.root)?.text }
    #expect(types == ["民主生活会", "支部委员会", "e\u{301}", nil, nil, nil, nil])
  }

  @Test func onlyAFirstConditionOnTheTypeMakesAGate() throws {
    for source in [
      "exists(present) and type == '民主生活会'", "type == '民主生活会' or exists(present)", "not (type == '民主生活会')",
      "type in ['a', 1]", "type == $.kind", "any(agenda, category == '第一议题')",
    ] {
      let filter = try ExpressionParser.parse(source, context: ExpressionContext(variables: []))
      #expect(TypeGate(filter) == nil, "\(source)")
    }
    #expect(TypeGate(nil) == nil)
  }

  /// A schedule's record set whose filter is the type condition alone takes a record the gate admits
  /// without running the filter (`TypeGate.isWholeFilter`): for every record whose `type` reads as text,
  /// what the gate says is what the filter says.
  @Test func aGateThatIsTheWholeFilterSettlesTextTypes() throws {
    let store = makeStore(Self.records)
    var settled = 0
    for source in Self.filters {
      let filter = try ExpressionParser.parse(source, context: ExpressionContext(variables: []))
      let set = ScheduleRule.RecordSet(name: "s", kind: "meeting", filter: filter, date: .field("date"), org: "org")
      #expect(set.gate?.isWholeFilter == !source.contains(" and "), "\(source)")
      #expect(set.datedByDay)
      guard let gate = set.gate, gate.isWholeFilter else { continue }
      let compiled = CompiledExpr(filter)
      for index in store.records.indices {
        guard let type = TypeGate.type(of: store.records[index].root) else { continue }
        let env = Environment(store: store, root: .record(index), scope: .record(index), variables: [:])
        #expect(gate.admits(type) == compiled.holds(env), "\(source) on \(store.records[index].id)")
        settled += 1
      }
    }
    #expect(settled > 10)
    let byYear = ScheduleRule.RecordSet(name: "s", kind: "plan", filter: nil, date: .field("year"), org: "org")
    #expect(!byYear.datedByDay && byYear.gate == nil)
  }
}
