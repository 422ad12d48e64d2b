import Testing

@testable import ComplyKit

/// A join index's part keeps every key's records in one list: it must list what a dictionary of lists
/// built one record at a time lists, in order, a record given twice in a row under a key once.
@Suite struct JoinIndexTests {
  /// Keys of one and of two texts, some met by many records, some by one.
  static func key(_ i: Int) -> JoinKey {
    switch i % 3 {
    case 0: return JoinKey("org-\(i % 7)", "学习\(i % 5)")
    case 1: return JoinKey("第\(i % 11)党支部记录本")
    default: return JoinKey("m-\(i)")
    }
  }

  /// Pairs in record order; each record gives two or three keys, one of them sometimes twice.
  static let pairs: [(key: JoinKey, record: Int)] = (0..<500).flatMap { r -> [(key: JoinKey, record: Int)] in
    var out = [(key(r), r), (key(r * 7 + 1), r)]
    if r % 4 == 0 { out.append((key(r * 7 + 1), r)) }
    return out
  }

  /// The lists as the index kept them before: one list a key, a record appended unless it is the last.
  static func expected(_ pairs: [(key: JoinKey, record: Int)]) -> [JoinKey: [Int]] {
    var lists: [JoinKey: [Int]] = [:]
    for (key, record) in pairs where lists[key]?.last != record { lists[key, default: []].append(record) }
    return lists
  }

  static func part(_ pairs: [(key: JoinKey, record: Int)]) -> JoinIndex.Part {
    var builder = JoinIndex.Part.Builder(capacity: 16)
    for (key, record) in pairs { builder.add(key, record) }
    return builder.finish()
  }

  @Test func listsWhatADictionaryOfListsLists() {
    let part = Self.part(Self.pairs)
    let expected = Self.expected(Self.pairs)
    #expect(part.all == expected)
    for (key, records) in expected { #expect(part[key].map(Array.init) == records) }
    #expect(part[JoinKey("no such key")] == nil)
  }

  @Test func turnsDocumentsIntoRecords() {
    // Every fifth document made no record; the others are numbered on.
    var recordOf: [Int] = []
    var next = 0
    for d in 0..<500 {
      if d % 5 == 2 {
        recordOf.append(-1)
      } else {
        recordOf.append(next)
        next += 1
      }
    }
    let byRecord = Self.part(Self.pairs).byRecord(recordOf)
    let expected = Self.expected(Self.pairs.compactMap { recordOf[$0.record] >= 0 ? ($0.key, recordOf[$0.record]) : nil })
    #expect(byRecord.all == expected)
    // A key only documents without a record gave is gone.
    #expect(byRecord[Self.key(2)] == nil)
  }

  @Test func emptyPartFindsNothing() {
    let index = JoinIndex(parts: [])
    #expect(index[Self.key(0)] == nil)
    #expect(index.all.isEmpty)
  }
}
