/// One join index: the records giving each key, in record order, split into parts by the key's hash so
/// that several cores can build it at once (one part each; one part when one core builds it).
struct JoinIndex: Sendable {
  let parts: [[JoinKey: [Int]]]

  init(parts: [[JoinKey: [Int]]]) {
    self.parts = parts.isEmpty ? [[:]] : parts
  }

  /// The part of `parts` parts that files a key of this hash: the hash scaled to `0..<parts` by its high
  /// bits (a multiplication, not a division).
  @inline(__always)
  static func part(of hash: Int, among parts: Int) -> Int {
    Int(UInt(bitPattern: hash).multipliedFullWidth(by: UInt(parts)).high)
  }

  subscript(_ key: JoinKey) -> [Int]? {
    parts.withUnsafeBufferPointer { $0[Self.part(of: key.hash, among: $0.count)][key] }
  }

  /// Every key with its records, the parts merged (for tests and comparisons).
  var all: [JoinKey: [Int]] {
    parts.reduce(into: [:]) { all, part in all.merge(part) { a, _ in a } }
  }
}
