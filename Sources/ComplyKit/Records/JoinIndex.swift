/// One join index: the records giving each key, in record order, split into parts by the key's hash so
/// that several cores can build it at once (one part each; one part when one core builds it).
struct JoinIndex: Sendable {
  let parts: [Part]

  init(parts: [Part]) {
    self.parts = parts.isEmpty ? [Part()] : parts
  }

  /// One part: each key's number, and the records of key `n` in one list for all keys, at
  /// `records[starts[n]..<starts[n + 1]]`. A list of its own for every key was an allocation for each
  /// (at a million meetings some 600,000 keys, most with one or two records), made, grown and kept.
  struct Part: Sendable {
    private(set) var numbers: [JoinKey: Int32] = [:]
    private(set) var starts: [Int] = [0]
    private(set) var records: [Int] = []

    init() {}

    /// The part of the pairs `Builder` was given.
    fileprivate init(numbers: [JoinKey: Int32], starts: [Int], records: [Int]) {
      self.numbers = numbers
      self.starts = starts
      self.records = records
    }

    /// Made from pairs of a key and a record, each key's records in the order they come, a record given
    /// twice in a row under one key listed once: first each pair's key numbered (one probe of the table
    /// a pair) and counted, then the records placed, each key's from its start on.
    struct Builder {
      private var numbers: [JoinKey: Int32] = [:]
      private var keyOf: [Int32] = []
      private var recordOf: [Int] = []
      private var counts: [Int] = []
      private var last: [Int] = []

      init(capacity: Int) {
        numbers.reserveCapacity(capacity)
        keyOf.reserveCapacity(capacity)
        recordOf.reserveCapacity(capacity)
      }

      mutating func add(_ key: JoinKey, _ record: Int) {
        let next = Int32(truncatingIfNeeded: counts.count)
        let n = Self.number(&numbers[key, default: -1], next: next)
        let k = Int(n)
        if n == next {
          counts.append(1)
          last.append(record)
        } else {
          guard last[k] != record else { return }
          last[k] = record
          counts[k] += 1
        }
        keyOf.append(n)
        recordOf.append(record)
      }

      @inline(__always)
      private static func number(_ slot: inout Int32, next: Int32) -> Int32 {
        if slot < 0 { slot = next }
        return slot
      }

      consuming func finish() -> Part {
        var starts = [Int](repeating: 0, count: counts.count + 1)
        for k in counts.indices { starts[k + 1] = starts[k] + counts[k] }
        var filled = starts
        var records = [Int](repeating: 0, count: recordOf.count)
        for p in keyOf.indices {
          let k = Int(keyOf[p])
          records[filled[k]] = recordOf[p]
          filled[k] += 1
        }
        return Part(numbers: numbers, starts: starts, records: records)
      }
    }

    subscript(_ key: JoinKey) -> ArraySlice<Int>? {
      guard let n = numbers[key] else { return nil }
      let found = records(of: Int(n))
      return found.isEmpty ? nil : found
    }

    /// The records of key number `k`.
    private func records(of k: Int) -> ArraySlice<Int> {
      records[starts[k]..<starts[k + 1]]
    }

    /// The part with each document turned into its record (`recordOf`; documents that made none left
    /// out, and keys left with none dropped): an index built by document before the records were known.
    func byRecord(_ recordOf: [Int]) -> Part {
      var builder = Builder(capacity: numbers.count)
      // Key by key, in the order they were numbered: each key's records stay in order.
      var keys = [JoinKey?](repeating: nil, count: starts.count - 1)
      for (key, n) in numbers { keys[Int(n)] = key }
      for (k, key) in keys.enumerated() {
        guard let key else { continue }
        for d in records(of: k) where recordOf[d] >= 0 { builder.add(key, recordOf[d]) }
      }
      return builder.finish()
    }

    /// Every key with its records.
    var all: [JoinKey: [Int]] {
      var out: [JoinKey: [Int]] = [:]
      for (key, n) in numbers where !records(of: Int(n)).isEmpty { out[key] = Array(records(of: Int(n))) }
      return out
    }
  }

  /// The part of `parts` parts that files a key of this hash: the hash scaled to `0..<parts` by its high
  /// bits (a multiplication, not a division).
  @inline(__always)
  static func part(of hash: Int, among parts: Int) -> Int {
    Int(UInt(bitPattern: hash).multipliedFullWidth(by: UInt(parts)).high)
  }

  subscript(_ key: JoinKey) -> ArraySlice<Int>? {
    parts.withUnsafeBufferPointer { $0[Self.part(of: key.hash, among: $0.count)][key] }
  }

  /// Every key with its records, the parts merged (for tests and comparisons).
  var all: [JoinKey: [Int]] {
    parts.reduce(into: [:]) { all, part in all.merge(part.all) { a, _ in a } }
  }
}
