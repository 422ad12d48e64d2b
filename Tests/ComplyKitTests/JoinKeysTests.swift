import Foundation
import Testing

@testable import ComplyKit

/// The loader reads each document's join keys as it parses it (`JoinPlan`); the store builds its join
/// indexes from them. They must be the indexes the store builds by reading the trees itself.
@Suite struct JoinKeysTests {
  static let lookups: Set<LookupKey> = [
    LookupKey(kind: "meeting", paths: ["org", "agenda[].title"]),
    LookupKey(kind: "meeting", path: "record_book"),
    LookupKey(kind: "organization", path: "members"),
  ]

  /// Two files: a duplicate id (the second is dropped), an unknown kind, a document that is not a
  /// mapping, a title given twice in one meeting, a null key, a list of keys.
  static let inputs: [(SourceFile, [UInt8]?)] = [
    (
      SourceFile(relativePath: "a.yaml", displayPath: "a.yaml"),
      Array(
        """
        kind: meeting
        id: m1
        org: o1
        record_book: b1
        agenda: [{title: 学习}, {title: 研究}, {title: 学习}]
        ---
        kind: meeting
        id: m1
        org: o2
        record_book: b9
        agenda: [{title: 重复的编号}]
        ---
        - not a record
        ---
        kind: minutes
        id: x1
        org: o1
        """.utf8)
    ),
    (
      SourceFile(relativePath: "b.yaml", displayPath: "b.yaml"),
      Array(
        """
        kind: organization
        id: o1
        members: [p1, p2, ~]
        ---
        kind: meeting
        id: m2
        org: o1
        record_book: ~
        agenda: [{title: 学习}, {category: 通报}]
        ---
        kind: meeting
        id: m3
        org: o1
        record_book: b1
        """.utf8)
    ),
    (SourceFile(relativePath: "c.yaml", displayPath: "c.yaml"), nil),
  ]

  static func indexes(_ store: RecordStore) -> [[JoinKey: [Int]]] {
    JoinPlan(lookups).keys.map { store.lookupIndex($0)?.all ?? [:] }
  }

  static func store(_ loaded: RecordLoader.Output, keys: JoinKeys?, jobs: Int = 2) -> RecordStore {
    RecordStore(
      files: loaded.files, parts: loaded.parts, parseIssues: loaded.issues, calendars: [], lookups: lookups,
      joinKeys: keys, jobs: jobs)
  }

  /// An index built in parts on several cores holds what the one built whole holds, and a look-up
  /// finds a key in whichever part its hash chose.
  @Test(arguments: [2, 3, 8, 16])
  func indexesInPartsHoldTheSameKeys(jobs: Int) throws {
    var loader = RecordLoader(jobs: jobs)
    loader.joins = JoinPlan(Self.lookups)
    let loaded = loader.parse(Self.inputs)
    let keys = try #require(loaded.joinKeys)
    let whole = Self.store(loaded, keys: keys, jobs: 1)
    let split = Self.store(loaded, keys: keys, jobs: jobs)
    #expect(Self.indexes(split) == Self.indexes(whole))
    for key in JoinPlan(Self.lookups).keys {
      let index = try #require(split.lookupIndex(key))
      #expect(index.parts.count == min(jobs, 8))
      for (joinKey, records) in index.all { #expect(index[joinKey].map(Array.init) == records) }
    }
    #expect(split.lookup(JoinPlan(Self.lookups).keys[0], "o1", "学习") == [0, 2])
  }

  @Test(arguments: [1, 2])
  func keysReadWhileLoadingMakeTheSameIndexes(jobs: Int) throws {
    var loader = RecordLoader(jobs: jobs)
    loader.joins = JoinPlan(Self.lookups)
    let loaded = loader.parse(Self.inputs)
    let keys = try #require(loaded.joinKeys)
    let fromLoader = Self.indexes(Self.store(loaded, keys: keys))
    let fromTrees = Self.indexes(Self.store(loaded, keys: nil))
    #expect(fromLoader == fromTrees)
    #expect(fromLoader[0][JoinKey("o1", "学习")] == [0, 2])
    #expect(fromLoader[1][JoinKey("b1")] == [0, 3])
    #expect(fromLoader[2][JoinKey("p2")] == [1])
  }

  /// Enough files for several chunks, each with its own run of keys, on two workers.
  @Test func keysOfManyChunksMakeTheSameIndexes() throws {
    var loader = RecordLoader(jobs: 2)
    loader.joins = JoinPlan(Self.lookups)
    // 200 files: two workers take them (under 64 files a core, one would), in chunks of 16.
    let inputs = (0..<100).flatMap { n in
      Self.inputs.map { file, bytes in
        let path = "\(n)/\(file.relativePath)"
        // Ids made distinct per copy, so every copy's records are kept.
        let text = bytes.map { String(decoding: $0, as: UTF8.self).replacingOccurrences(of: "id: ", with: "id: c\(n)-") }
        return (SourceFile(relativePath: path, displayPath: path), text.map { Array($0.utf8) })
      }
    }
    let loaded = loader.parse(inputs)
    let keys = try #require(loaded.joinKeys)
    #expect(keys.runs.count > 1)
    #expect(Self.indexes(Self.store(loaded, keys: keys)) == Self.indexes(Self.store(loaded, keys: nil)))
  }

  /// A core's own store object (`forOneCore`) answers every look-up as the store it was made from.
  @Test func aStoreForOneCoreAnswersAsTheStore() throws {
    var loader = RecordLoader()
    loader.joins = JoinPlan(Self.lookups)
    let loaded = loader.parse(Self.inputs)
    let store = Self.store(loaded, keys: loaded.joinKeys)
    let copy = store.forOneCore()
    #expect(copy !== store)
    #expect(Self.indexes(copy) == Self.indexes(store))
    #expect(copy.records.map(\.id) == store.records.map(\.id))
    #expect(copy.files == store.files)
    #expect(copy.issues.map(\.mark) == store.issues.map(\.mark))
    for id in ["m1", "m2", "m3", "o1", "x1", "p1"] {
      #expect(copy.index(of: id) == store.index(of: id))
      #expect(copy.person(named: id) == store.person(named: id))
    }
    #expect(copy.indices(of: "meeting") == store.indices(of: "meeting"))
    #expect(copy.hasPersonRegistry == store.hasPersonRegistry)
  }

  @Test func keysOfAnotherPlanAreNotUsed() {
    var loader = RecordLoader()
    loader.joins = JoinPlan([LookupKey(kind: "meeting", path: "org")])
    let loaded = loader.parse(Self.inputs)
    #expect(Self.indexes(Self.store(loaded, keys: loaded.joinKeys)) == Self.indexes(Self.store(loaded, keys: nil)))
  }

  @Test func appendedLoadsKeepTheirKeysOnlyWhenBothHaveThem() throws {
    var loader = RecordLoader()
    loader.joins = JoinPlan(Self.lookups)
    let first = loader.parse(Array(Self.inputs[1...]))
    let second = loader.parse(Array(Self.inputs[..<1]))
    let both = first.appending(second)
    let keys = try #require(both.joinKeys)
    #expect(Self.indexes(Self.store(both, keys: keys)) == Self.indexes(Self.store(both, keys: nil)))
    #expect(first.appending(RecordLoader().parse(Array(Self.inputs[..<1]))).joinKeys == nil)
  }

  /// `lookup` of one, two and three paths through the evaluator, with list values (any element
  /// matches) and texts that hold the character a key of three paths joins its later texts with.
  @Test func lookupsOfOneTwoAndThreePaths() throws {
    let yaml = """
      kind: meeting
      id: m1
      org: o1
      type: 党课
      agenda: [{title: 学习}, {title: 决定}]
      ---
      kind: meeting
      id: m2
      org: o2
      type: 党课
      agenda: [{title: 学习}]
      ---
      kind: meeting
      id: m3
      org: "o1\\x1F党课"
      type: 决定
      agenda: [{title: x}]
      ---
      kind: meeting
      id: m4
      org: o1
      type: "党课\\x1F学习"
      agenda: [{title: x}]
      """
    let store = makeStore(
      yaml,
      lookups: [
        LookupKey(kind: "meeting", path: "agenda[].title"),
        LookupKey(kind: "meeting", paths: ["org", "agenda[].title"]),
        LookupKey(kind: "meeting", paths: ["org", "type", "agenda[].title"]),
      ])
    #expect(store.issues.isEmpty)
    #expect(store.records.count == 4)
    func ids(_ source: String) throws -> [String] {
      let expr = try ExpressionParser.parse(source, context: ExpressionContext(variables: []))
      let env = Environment(store: store, root: .record(0), scope: .record(0), variables: [:])
      let value = expr.evaluate(env)
      #expect(String(reflecting: CompiledExpr(expr).evaluate(env)) == String(reflecting: value), "compiled \(source)")
      guard case .list(let items) = value else { return ["not a list"] }
      return items.map { item in
        guard case .record(let i) = item else { return "not a record" }
        return store.records[i].id
      }
    }
    #expect(try ids("lookup('meeting', 'agenda[].title', '学习')") == ["m1", "m2"])
    #expect(try ids("lookup('meeting', 'agenda[].title', ['决定', '学习'])") == ["m1", "m2"])
    #expect(try ids("lookup('meeting', 'org', 'o1', 'agenda[].title', '学习')") == ["m1"])
    #expect(try ids("lookup('meeting', 'org', ['o1', 'o2'], 'agenda[].title', '学习')") == ["m1", "m2"])
    #expect(try ids("lookup('meeting', 'org', 'o1', 'agenda[].title', [])") == [])
    #expect(try ids("lookup('meeting', 'org', 'o1', 'type', '党课', 'agenda[].title', '决定')") == ["m1"])
    #expect(try ids("lookup('meeting', 'org', 'o1', 'type', ['党课', '决定'], 'agenda[].title', ['学习', 'x'])") == ["m1"])
    // Texts holding the separator (U+001F) are keys of their own: the organization "o1␟党课" is not
    // "o1", and the type "党课␟学习" is not "党课".
    #expect(try ids("lookup('meeting', 'org', 'o1', 'agenda[].title', 'x')") == ["m4"])
    #expect(try ids("lookup('meeting', 'org', 'o1', 'type', '党课', 'agenda[].title', 'x')") == [])
  }
}
