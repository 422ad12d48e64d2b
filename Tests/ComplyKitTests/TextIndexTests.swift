import Testing

@testable import ComplyKit

/// The store's index of ids and person names must find exactly what a dictionary of the same texts
/// finds, as it grows, for texts held in the string itself and on the heap, and in any script.
@Suite struct TextIndexTests {
  /// Short and long, Chinese and Latin, and texts that differ only in their last byte or in length.
  static func text(_ i: Int) -> String {
    switch i % 4 {
    case 0: return "p\(i)"
    case 1: return "党员\(i)"
    case 2: return "第\(i)党支部支部委员会记录本（2025）"
    default: return String(repeating: "x", count: i % 40) + "\(i)"
    }
  }

  @Test func findsWhatADictionaryFinds() {
    var index = TextIndex()
    var dictionary: [String: Int] = [:]
    for i in 0..<5_000 {
      let text = Self.text(i)
      #expect(index.claim(text, i) == i)
      dictionary[text] = i
    }
    #expect(index.count == dictionary.count)
    for i in 0..<5_000 { #expect(index[Self.text(i)] == dictionary[Self.text(i)]) }
    for text in ["", "p", "党员", "p5000", "党员5001", "第2党支部支部委员会记录本（2024）", "p00"] {
      #expect(index[text] == nil, "found \(text)")
    }
  }

  @Test func claimKeepsTheFirstAndSetReplaces() {
    var index = TextIndex(capacity: 2)
    #expect(index.claim("张三", 1) == 1)
    #expect(index.claim("张三", 2) == 1)
    #expect(index["张三"] == 1)
    index.set("张三", 3)
    #expect(index["张三"] == 3)
    #expect(index.count == 1)
    index.set("李四", 4)
    #expect(index["李四"] == 4)
    #expect(index.count == 2)
  }

  @Test func comparesBytesNotUnicodeEquivalence() {
    // "é" precomposed and as "e" with a combining accent: equal as Swift strings, different as written.
    var index = TextIndex()
    index.claim("caf\u{E9}", 0)
    #expect(index["cafe\u{301}"] == nil)
    #expect(index["caf\u{E9}"] == 0)
  }
}

/// With a person registry too large for the processor's cache, the schema checker asks for a record's
/// persons ahead of checking them; what it finds must not change.
@Suite struct PersonPrefetchTests {
  @Test func findsTheSameReferencesWithALargeRegistry() throws {
    let persons = (0..<3_000).map { "kind: person\nid: p\($0)\nname: 党员\($0)\n" }.joined(separator: "---\n")
    let meeting = """
      kind: meeting
      id: m1
      org: o1
      type: 支部委员会
      date: 2025-03-01
      host: p0
      recorder: 党员2999
      present: [p1, nobody, 党员17]
      absent: [{person: p2, reason: 出差}, {person: 无此人, reason: 病假}]
      """
    let store = makeStore("kind: organization\nid: o1\nname: 一支部\ntype: 党支部\n---\n" + persons + "---\n" + meeting)
    let checker = SchemaChecker(store: store, checkReferences: true)
    #expect(checker.prefetchesPersons)
    let index = try #require(store.index(of: "m1"))
    var sink = SchemaChecker.Sink()
    checker.check(record: index, into: &sink)
    let references = sink.issues.filter { $0.check == .reference }.map(\.fieldPath)
    #expect(references == ["present[1]", "absent[1].person"])
  }
}
