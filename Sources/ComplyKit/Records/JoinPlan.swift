/// The join indexes an audit builds, in a fixed order, with their paths split once.
///
/// The loader reads each document's join keys with it while the document's tree is still in the
/// cache, on the core that parsed it; the store then builds the indexes from those keys and does not
/// walk the trees again (cold by then: at a million meetings that walk was a pass over gigabytes).
/// A store given documents read without a plan, or with another one, reads the keys itself.
struct JoinPlan: Sendable, Equatable {
  /// The lookups, sorted by kind and paths: the order of the store's indexes.
  let keys: [LookupKey]
  /// `keys[k].paths`, each split into field names.
  private let segments: [[[String]]]
  /// For each kind, the positions in `keys` of the lookups over records of that kind.
  private let positions: [String: [Int]]

  init(_ lookups: Set<LookupKey>) {
    let keys = lookups.sorted { ($0.kind, LookupKey.compose($0.paths)) < ($1.kind, LookupKey.compose($1.paths)) }
    self.keys = keys
    segments = keys.map { $0.paths.map(LookupKey.segments) }
    positions = Dictionary(grouping: keys.indices) { keys[$0].kind }
  }

  static func == (a: JoinPlan, b: JoinPlan) -> Bool { a.keys == b.keys }

  var isEmpty: Bool { keys.isEmpty }

  /// One key that one document gives one index.
  struct Entry: Sendable {
    /// The document, counted from its run's `first`.
    let document: Int
    /// The index, by position in `keys`.
    let index: Int
    let key: JoinKey
  }

  /// Entries of consecutive documents, numbered from `first` (one run per chunk the loader parsed,
  /// so that the keys of a whole audit sit in a few arrays, not one per document).
  struct Run: Sendable {
    let first: Int
    let entries: [Entry]
  }

  /// Appends the keys a record of `kind` gives: index by index in `keys` order, each index's in document
  /// order (the order `LookupKey.forEachKey` meets them; a key given twice is listed twice).
  func read(_ root: MappingNode, kind: String, document: Int, into entries: inout [Entry]) {
    guard let indexes = positions[kind] else { return }
    for k in indexes {
      keys[k].forEachKey(in: root, segments: segments[k]) { entries.append(Entry(document: document, index: k, key: $0)) }
    }
  }
}

/// The join keys of every document of a load, read with `plan`.
struct JoinKeys: Sendable {
  let plan: JoinPlan
  var runs: [JoinPlan.Run]

  /// These keys and then those of `count` more documents' (`other`), when both were read with one plan.
  func appending(_ other: JoinKeys, after count: Int) -> JoinKeys? {
    guard plan == other.plan else { return nil }
    return JoinKeys(plan: plan, runs: runs + other.runs.map { JoinPlan.Run(first: $0.first + count, entries: $0.entries) })
  }
}
