import Dispatch

/// All records of one audit, indexed once: by id, by kind, persons by name, the kinship graph, the
/// working-day calendar, and the join indexes the rules asked for. Immutable once built.
public final class RecordStore: Sendable {
  public let files: [SourceFile]
  /// The records kept (of two with the same id, the first found).
  public let records: [Record]
  /// Problems found while building: unknown kinds, duplicate ids, parse errors passed in.
  public let issues: [SchemaIssue]
  public let calendar: WorkCalendar
  public let kinship: KinshipGraph

  let byID: TextIndex
  let byKind: [String: [Int]]
  /// Every text a person reference may give: person names (the first person of each), then person
  /// ids, which win over a name written the same way. `person(named:)` hashes a reference once here.
  let persons: TextIndex
  /// Few (one per join the rules make), so found by comparison rather than hashing.
  let lookups: [(key: LookupKey, index: JoinIndex)]
  /// The documents the records were made from, kept for as long as the store is: each holds its tree's
  /// root, which the record holds too, and let go between two parallel steps (as the loader's other
  /// lists are) they were tens of thousands of releases on cold memory competing with the rules for
  /// the cores. With the store they go when the audit's result does, or not at all when the process ends.
  private let documents: [[Document]]

  public struct Document: Sendable {
    public let file: Int
    public let node: Node
    /// Its `kind:` and `id:`, when the loader read them (on the core that parsed it, while the tree
    /// was in the cache); nil when it is not a mapping or was made otherwise (the store reads them then).
    let header: Header?

    public init(file: Int, node: Node) {
      self.init(file: file, node: node, header: nil)
    }

    init(file: Int, node: Node, header: Header?) {
      self.file = file
      self.node = node
      self.header = header
    }

    /// What the store files a record under, read once.
    struct Header: Sendable {
      /// The `kind:` text, if there is one (not null).
      let kind: String?
      /// The kind, when comply knows it.
      let known: RecordKind?
      /// The `id:` text, or empty.
      let id: String
      /// The date that places the record in the window (`Record.day`).
      let day: Day?

      init(reading root: MappingNode) {
        kind = root["kind"]?.scalar.flatMap { $0.isNull ? nil : $0.text }
        known = kind.flatMap(RecordKind.init(rawValue:))
        id = root["id"]?.scalar.flatMap { $0.isNull ? nil : $0.text } ?? ""
        day = Record.day(of: root, kind: known)
      }
    }
  }

  public convenience init(
    files: [SourceFile], documents: [Document], parseIssues: [SchemaIssue] = [], calendars: [WorkCalendar] = [],
    lookups lookupKeys: Set<LookupKey> = [], jobs: Int = 1
  ) {
    self.init(
      files: files, documents: documents, parseIssues: parseIssues, calendars: calendars, lookups: lookupKeys,
      joinKeys: nil, jobs: jobs)
  }

  /// `joinKeys`: the documents' join keys as the loader read them, used when they were read with the
  /// plan of `lookups` (otherwise the store reads them from the trees).
  convenience init(
    files: [SourceFile], documents: [Document], parseIssues: [SchemaIssue], calendars: [WorkCalendar],
    lookups lookupKeys: Set<LookupKey>, joinKeys: JoinKeys?, jobs: Int
  ) {
    self.init(
      files: files, parts: [documents], parseIssues: parseIssues, calendars: calendars, lookups: lookupKeys,
      joinKeys: joinKeys, jobs: jobs)
  }

  /// The documents in `parts`, one after another (the loader's `Output.parts`).
  /// `misses`: where the texts that `index(of:)` and `person(named:)` found nothing for are written down
  /// (a store of part of the records: see `EarlyJudging`); `recordingDocuments`: keep which record each
  /// document became (`documentRecords`).
  init(
    files: [SourceFile], parts: [[Document]], parseIssues: [SchemaIssue], calendars: [WorkCalendar],
    lookups lookupKeys: Set<LookupKey>, joinKeys: JoinKeys?, jobs: Int, misses: ReferenceMisses? = nil,
    recordingDocuments: Bool = false
  ) {
    let documentCount = parts.reduce(0) { $0 + $1.count }
    let plan = JoinPlan(lookupKeys)
    let given = joinKeys.flatMap { $0.plan == plan ? $0.runs : nil }
    // The join indexes from the keys read before (the trees are not walked again). With several cores,
    // each index in as many parts, split by the keys' hashes, and every part of every index built on
    // whichever core is free: a pack's indexes are few and nearly all its keys are in one of them
    // (the meetings'), which one core took alone while the other waited.
    // Every part reads all the keys of its index, so the parts are at most eight.
    let keys = plan.keys
    let indexParts = min(max(1, jobs), 8)
    let built = ResultSlots<JoinIndex.Part>(count: keys.count * indexParts)
    var made: MadeRecords
    if let given, indexParts > 1, !keys.isEmpty {
      // The keys were read by the loader: the indexes are built by document on the other cores while
      // this one makes the records (until then, which document became which record is not known), and
      // the documents' numbers are turned into the records' after, when some document made none.
      let capacities = Self.documentsWithKeys(keys.count, runs: given).map { $0 / indexParts }
      let makeRecords: @Sendable () -> MadeRecords = {
        Self.makeRecords(
          files: files, parts: parts, count: documentCount, parseIssues: parseIssues, plan: plan, readingKeys: false,
          recording: recordingDocuments)
      }
      let madeSlot = ResultSlots<MadeRecords>(count: 1)
      DispatchQueue.concurrentPerform(iterations: 1 + keys.count * indexParts) { task in
        guard task > 0 else {
          madeSlot.set(0, makeRecords())
          return
        }
        let (k, part) = (task - 1).quotientAndRemainder(dividingBy: indexParts)
        built.set(
          task - 1,
          Self.joinIndex(k, part: part, of: indexParts, runs: given, recordOf: nil, capacity: capacities[k]))
      }
      made = madeSlot.values[0] ?? makeRecords()
      if made.records.count != documentCount {
        let recordOf = made.recordOf
        for task in 0..<keys.count * indexParts { built.set(task, (built.values[task] ?? JoinIndex.Part()).byRecord(recordOf)) }
      }
    } else {
      made = Self.makeRecords(
        files: files, parts: parts, count: documentCount, parseIssues: parseIssues, plan: plan, readingKeys: given == nil,
        recording: recordingDocuments)
      let runs = given ?? [JoinPlan.Run(first: 0, entries: made.ownKeys)]
      let recordOf = made.recordOf
      let capacities = Self.documentsWithKeys(keys.count, runs: runs).map { $0 / indexParts }
      let buildPart: @Sendable (Int) -> Void = { task in
        let (k, part) = task.quotientAndRemainder(dividingBy: indexParts)
        built.set(task, Self.joinIndex(k, part: part, of: indexParts, runs: runs, recordOf: recordOf, capacity: capacities[k]))
      }
      if indexParts > 1, !keys.isEmpty {
        DispatchQueue.concurrentPerform(iterations: keys.count * indexParts, execute: buildPart)
      } else {
        for task in keys.indices { buildPart(task) }
      }
    }
    let records = made.records
    let issues = made.issues
    let byID = made.byID
    let indexes = built.values
    let lookups = keys.indices.map { k in
      (key: keys[k], index: JoinIndex(parts: (0..<indexParts).map { indexes[k * indexParts + $0] ?? JoinIndex.Part() }))
    }

    var calendar = WorkCalendar.empty
    for calendarPart in calendars { calendar = calendar.merging(calendarPart) }
    // By index: a copy of each record would retain and release its tree. Grouped by the kind's position
    // (every record's kind is one comply knows), not by hashing the kind's text for each record.
    var byPosition = [[Int]](repeating: [], count: RecordKind.allCases.count)
    for i in records.indices {
      guard let known = records[i].knownKind else { continue }
      byPosition[known.position].append(i)
      switch known {
      case .calendar:
        calendar = calendar.merging(Self.calendar(from: records[i]))
      default:
        break
      }
    }
    var byKind: [String: [Int]] = [:]
    for kind in RecordKind.allCases where !byPosition[kind.position].isEmpty {
      byKind[kind.rawValue] = byPosition[kind.position]
    }

    self.files = files
    self.records = records
    self.issues = issues
    self.byID = byID
    self.byKind = byKind
    let personIndices = byKind[RecordKind.person.rawValue] ?? []
    // Names first (the first person of each), then ids, which win over a name written the same way.
    var persons = TextIndex(capacity: 2 * personIndices.count)
    for i in personIndices {
      if let name = records[i].text("name") { persons.claim(name, i) }
    }
    for i in personIndices where !records[i].id.isEmpty { persons.set(records[i].id, i) }
    self.persons = persons
    self.hasPersonRegistry = !(byKind[RecordKind.person.rawValue]?.isEmpty ?? true)
    self.calendar = calendar
    self.lookups = lookups
    self.kinship = Self.kinship(records: records, indices: personIndices, byID: byID, persons: persons)
    self.documents = parts
    self.misses = misses
    self.documentRecords = recordingDocuments ? made.recordOf : []
  }

  /// Where texts that resolved to no record are written down, in a store of part of the records.
  let misses: ReferenceMisses?
  /// The record each document became (-1: none), when the store was asked to keep it.
  let documentRecords: [Int]

  /// Another store object over the same tables (nothing is copied: each table's storage is shared),
  /// for the rules one core runs. Every environment a rule is evaluated in holds its store, and makes
  /// and drops that reference once per record and per list element; with one store object for all
  /// the cores, its reference count is one cache line written by every core in turn, and the per-record
  /// rules spent about a tenth of their time with two cores passing it back and forth.
  func forOneCore() -> RecordStore { RecordStore(sharing: self) }

  private init(sharing other: RecordStore) {
    files = other.files
    records = other.records
    issues = other.issues
    calendar = other.calendar
    kinship = other.kinship
    documents = other.documents
    misses = other.misses
    documentRecords = other.documentRecords
    byID = other.byID
    byKind = other.byKind
    persons = other.persons
    lookups = other.lookups
    hasPersonRegistry = other.hasPersonRegistry
  }

  /// A top-level field of record `i`, read in place (copying the record would retain all it holds).
  func field(_ i: Int, _ name: String) -> Node? {
    records.withUnsafeBufferPointer { $0[i].root[name] }
  }

  /// `field(i, name)` with the name's look-up prepared once.
  func field(_ i: Int, _ key: MappingKey) -> Node? {
    records.withUnsafeBufferPointer { $0[i].root[key] }
  }

  /// `MappingNode.value(at:isText:)` of record `i`'s top level, read in place.
  func field(_ i: Int, _ key: MappingKey, isText text: String) -> Bool? {
    records.withUnsafeBufferPointer { $0[i].root.value(at: key, isText: text) }
  }

  /// Whether record `i` has the top-level field `key` with a value other than null, read in place.
  func hasField(_ i: Int, _ key: MappingKey) -> Bool {
    records.withUnsafeBufferPointer { $0[i].root.hasValue(at: key) }
  }

  /// Part `part` of `parts` of join index `k` (the keys `JoinIndex.part` puts there): each key to the
  /// records that give it, in record order; with `recordOf` nil, to the documents (see `byRecord`).
  private static func joinIndex(
    _ k: Int, part: Int, of parts: Int, runs: [JoinPlan.Run], recordOf: [Int]?, capacity: Int
  ) -> JoinIndex.Part {
    var builder = JoinIndex.Part.Builder(capacity: capacity)
    for run in runs {
      for entry in run.entries where entry.index == k && JoinIndex.part(of: entry.key.hash, among: parts) == part {
        let i = recordOf.map { $0[run.first + entry.document] } ?? run.first + entry.document
        if i >= 0 { builder.add(entry.key, i) }
      }
    }
    return builder.finish()
  }

  /// For each of `count` join indexes, how many documents give it a key: about the keys it will hold.
  private static func documentsWithKeys(_ count: Int, runs: [JoinPlan.Run]) -> [Int] {
    var documents = [Int](repeating: 0, count: count)
    var last = [Int](repeating: -1, count: count)
    for run in runs {
      for entry in run.entries where last[entry.index] != run.first + entry.document {
        last[entry.index] = run.first + entry.document
        documents[entry.index] += 1
      }
    }
    return documents
  }

  /// The records made from the documents, with what the making found: on one core, in document order
  /// (the first of two records with one id keeps it).
  private struct MadeRecords: Sendable {
    var records: [Record] = []
    var issues: [SchemaIssue]
    var byID = TextIndex()
    /// The record each document became (-1: none), for the join keys, which are by document (empty
    /// when there are no joins).
    var recordOf: [Int]
    /// The documents' join keys, when the store reads them itself (`readingKeys`).
    var ownKeys: [JoinPlan.Entry] = []
  }

  private static func makeRecords(
    files: [SourceFile], parts: [[Document]], count documentCount: Int, parseIssues: [SchemaIssue], plan: JoinPlan,
    readingKeys: Bool, recording: Bool
  ) -> MadeRecords {
    var made = MadeRecords(
      issues: parseIssues, recordOf: plan.isEmpty && !recording ? [] : [Int](repeating: -1, count: documentCount))
    made.records.reserveCapacity(documentCount)
    made.byID = TextIndex(capacity: documentCount)
    // Each document read where it is, field by field (document `d` of the audit): a copy of each would
    // retain its tree and texts and release them again, all on one core between parallel steps.
    var d = -1
    for part in parts {
      part.withUnsafeBufferPointer { documents in
        guard let base = documents.baseAddress else { return }
        for j in documents.indices {
          let document = base + j
          d += 1
          guard let root = document.pointee.node.mapping else {
            made.issues.append(
              SchemaIssue(
                check: .kind, file: document.pointee.file, mark: document.pointee.node.mark, details: ["problem": "not-mapping"]))
            continue
          }
          let header = document.pointee.header ?? Document.Header(reading: root)
          let kindText = header.kind
          let id = header.id
          guard let kind = kindText, let known = header.known else {
            let mark = root.entry("kind")?.value.mark ?? root.mark
            made.issues.append(
              SchemaIssue(
                check: .kind, file: document.pointee.file, mark: mark, recordID: id.isEmpty ? nil : id, kind: kindText,
                fieldPath: "kind",
                details: ["problem": kindText == nil ? "missing" : "unknown", "kind": kindText.map { .string($0) } ?? .missing]))
            continue
          }
          // One hash for the look-up and the filing: the id is filed under this record unless one has it.
          let next = made.records.count
          if !id.isEmpty, case let first = made.byID.claim(id, next), first != next {
            let firstRecord = made.records[first]
            let firstFile = files[firstRecord.file].displayPath
            made.issues.append(
              SchemaIssue(
                check: .duplicateID, file: document.pointee.file, mark: root.entry("id")?.value.mark ?? root.mark,
                recordID: id, kind: kind, fieldPath: "id",
                details: [
                  "id": .string(id), "first": .string("\(firstFile):\(firstRecord.mark.line):\(firstRecord.mark.column)"),
                ]))
            continue
          }
          if !made.recordOf.isEmpty { made.recordOf[d] = next }
          if readingKeys, !plan.isEmpty { plan.read(root, kind: kind, document: d, into: &made.ownKeys) }
          made.records.append(
            Record(kind: kind, knownKind: known, id: id, root: root, file: document.pointee.file, day: header.day))
        }
      }
    }
    return made
  }

  public func index(of id: String) -> Int? {
    if let i = byID[id] { return i }
    misses?.add(id)
    return nil
  }

  public func record(_ id: String) -> Record? { index(of: id).map { records[$0] } }

  public func indices(of kind: String) -> [Int] { byKind[kind] ?? [] }

  /// Whether any person record was given (read for every person reference, so kept, not looked up).
  public let hasPersonRegistry: Bool

  /// A person by id, or by name when no person has that id.
  public func person(named text: String) -> Int? {
    if let i = persons[text] { return i }
    misses?.add(text)
    return nil
  }

  /// The canonical key of a person reference: the person's id when the registry knows them, else the text.
  public func personKey(_ text: String) -> String {
    person(named: text).map { records[$0].id } ?? text
  }

  /// The records of a lookup that give `value` at its first path (and `rest`, the later paths' values
  /// joined, at the others).
  func lookup(_ key: LookupKey, _ value: String, _ rest: String? = nil) -> ArraySlice<Int> {
    lookupIndex(key)?[JoinKey(value, rest)] ?? []
  }

  /// The join index built for `key` (nil when the rules did not ask for it).
  func lookupIndex(_ key: LookupKey) -> JoinIndex? {
    lookups.first { $0.key == key }?.index
  }

  static func calendar(from record: Record) -> WorkCalendar {
    func days(_ key: String) -> Set<Day> {
      Set(record[key]?.sequence?.items.compactMap { $0.scalar?.dayValue } ?? [])
    }
    let holidays = days("holidays")
    let workdays = days("workdays")
    var years = Set(holidays.map(\.year)).union(workdays.map(\.year))
    if let year = record.text("year").flatMap(Int.init) { years.insert(year) }
    return WorkCalendar(holidays: holidays, workdays: workdays, years: years)
  }

  /// `persons`: the store's person index. A text that is no record's id finds there only a person
  /// by name (every id it holds is a record's), as the graph's relations may name them.
  static func kinship(records: [Record], indices: [Int], byID: TextIndex, persons: TextIndex) -> KinshipGraph {
    func canonical(_ text: String) -> String {
      if let i = byID[text] { return records[i].id }
      if let i = persons[text] { return records[i].id }
      return text
    }
    var edges: [(person: String, relation: PrimitiveRelation, other: String)] = []
    for i in indices {
      let record = records[i]
      for item in record["relations"]?.sequence?.items ?? [] {
        guard let type = item["type"]?.scalar?.text, let relation = PrimitiveRelation(rawValue: type),
          let other = item["person"]?.scalar?.text
        else { continue }
        edges.append((record.id, relation, canonical(other)))
      }
    }
    return KinshipGraph(edges: edges)
  }
}

/// The texts a store of part of the records looked up and found nothing for (`RecordStore.misses`):
/// written from every core, rarely (a reference to no one), and read once the whole store is made.
final class ReferenceMisses: @unchecked Sendable {
  private var texts: [String] = []
  private let lock = Lock()

  func add(_ text: String) { lock.withLock { texts.append(text) } }

  var all: [String] { lock.withLock { texts } }
}
