/// Meetings judged as they are read, then kept cut down to what the rules judged at the end read of
/// them (see docs/benchmarks.md, twenty-sixth round). Used for a large input (`RecordKeeping`).
///
/// The loader sets aside, as their bytes, the files that can hold nothing but meetings, and parses
/// every other file. A store is made of what it parsed — the registries, the calendars — and the
/// set-aside meetings are then parsed, on every core, each checked against the schema and judged by
/// the meeting rules that read no other meeting (`Rule.reads`: no look-ups, no `$window`, no date of
/// their own, the record itself never a value) while its whole tree is in the cache, and cut down
/// (`FieldTree`) before the next one is read. The audit's store holds the cut-down trees; the rules
/// that read other meetings judge them at the end, as before.
///
/// The reports are the ones the whole trees give. Where the store of the first files could resolve a
/// reference otherwise than the whole store — a text it found no record for names a set-aside meeting,
/// or a set-aside meeting holds the id of a record read before — or a set-aside file held a record of
/// another kind, `run` gives nil and the audit reads the files again the usual way.
struct EarlyJudging: Sendable {
  let engine: Engine
  let rules: [Rule]
  /// The ids of the rules judged as each meeting is read.
  let early: Set<String>
  /// Whether the schema checks run as each meeting is read (they run in the audit).
  let checksSchema: Bool
  /// What each rule reads, by rule id (worked out once).
  let reads: [String: RuleReads]
  /// From how many files listed meetings are set aside (`RecordKeeping.setAsideFrom`, read once).
  let setAsideFrom: Int

  static let kind = RecordKind.meeting

  /// The plan for `engine`'s rules; nil when no meeting rule or schema check can be judged early, or the
  /// options keep the records whole (`RecordKeeping`).
  init?(_ engine: Engine) {
    guard let setAsideFrom = engine.options.recordKeeping.setAsideFrom else { return nil }
    let rules = engine.activeRules
    var early: Set<String> = []
    var all: [String: RuleReads] = [:]
    for rule in rules { all[rule.id] = rule.reads }
    for rule in rules {
      guard case .record(let body) = rule.body, body.kind == Self.kind.rawValue, body.date == nil,
        let reads = all[rule.id]
      else { continue }
      guard !reads.ownAsValue, reads.uses.isSubset(of: [.references, .calendar, .kinship]) else { continue }
      early.insert(rule.id)
    }
    let checksSchema = rules.contains { $0.kind == .schema }
    guard !early.isEmpty || checksSchema else { return nil }
    self.engine = engine
    self.rules = rules
    self.early = early
    self.checksSchema = checksSchema
    self.reads = all
    self.setAsideFrom = setAsideFrom
  }

  /// What a set-aside meeting keeps: what the rules judged at the end may read of it, and what the
  /// engine reads of every record. `kinds`: the kinds of the records read before (a rule of a kind the
  /// input has no record of reaches nothing).
  func kept(kinds: Set<String>) -> FieldTree {
    let meeting = Self.kind.rawValue
    var keep = FieldTree()
    for field in ["kind", "id", "org", "type"] { keep.insert([field], whole: true) }
    if let path = Self.kind.datePath { keep.insert(path, whole: true) }
    for rule in rules {
      guard let reads = reads[rule.id] else { continue }
      if let reached = reads.reached[meeting] { keep.formUnion(reached) }
      let reaches: Bool
      switch rule.body {
      case .record(let body): reaches = body.kind == meeting || kinds.contains(body.kind)
      case .schedule: reaches = true
      case .schema: reaches = false
      }
      if reaches, let any = reads.reached[RuleReads.anyKind] { keep.formUnion(any) }
      if case .record(let body) = rule.body, body.kind == meeting, !early.contains(rule.id) { keep.formUnion(reads.own) }
    }
    return keep
  }

  /// The verdicts given as the meetings were read, by the record each became in the audit's store.
  struct Verdicts: Sendable {
    /// The rules judged early.
    let rules: Set<String>
    let checksSchema: Bool
    /// By record: whether it was judged early.
    var judged: [Bool]
    var findings: [(record: Int, finding: Finding)] = []
    /// Rule id → the records it judged.
    var checked: [String: [Int]] = [:]
    var schemaIssues: [SchemaIssue] = []
  }

  /// One core's part of the second wave: the documents of a run of set-aside files, cut down, with
  /// their join keys and what was found judging them, by document (counted from the part's first).
  private struct Part: Sendable {
    var documents: [RecordStore.Document] = []
    var keys: [JoinPlan.Entry] = []
    var issues: [SchemaIssue] = []
    var judged: [Int] = []
    var findings: [(document: Int, finding: Finding)] = []
    var checked: [[Int]] = []
    var schemaIssues: [(document: Int, issue: SchemaIssue)] = []
    /// A set-aside file held a record of another kind than a meeting.
    var foreign = false
  }

  /// The store of the whole audit with the set-aside meetings judged and cut down, and their verdicts;
  /// nil when the files must be read again the usual way (see the type's comment).
  func run(_ loaded: consuming RecordLoader.Output, limits: ParseLimits) -> (RecordStore, Verdicts)? {
    let options = engine.options
    let files = loaded.files
    var firstParts = loaded.takeParts()
    let firstKeys = loaded.joinKeys?.runs ?? []
    let plan = JoinPlan(engine.lookupKeys)
    var setAside = loaded.takeSetAside()
    guard case let (judged, misses, runIDs)? = secondWave(firstParts, &setAside, files: files, plan: plan, limits: limits)
    else { return nil }
    // The second wave counts as reading (`--timings`): its files' parsing, and the judging done with it.
    engine.timer?.lap(.read)
    var parts = judged
    var second: [[RecordStore.Document]] = []
    var issues = loaded.issues
    for i in parts.indices {
      second.append(parts[i].documents)
      parts[i].documents = []
      issues += parts[i].issues
    }
    let counts = second.map(\.count)

    // Both waves' documents in file order, each moved, not copied (the lists are taken apart, each
    // held only here); and where each went.
    let merged = Self.merge(&firstParts, &second)
    var secondKeys: [[JoinPlan.Entry]] = []
    for i in parts.indices {
      secondKeys.append(parts[i].keys)
      parts[i].keys = []
    }
    let keys = Self.keys(
      first: firstKeys, second: &secondKeys, counts: counts, firstPlace: merged.firstPlace, secondPlace: merged.secondPlace)
    let documents = merged.documents
    let store = RecordStore(
      files: files, parts: [documents], parseIssues: issues, calendars: engine.ruleSet.calendars, lookups: engine.lookupKeys,
      joinKeys: JoinKeys(plan: plan, runs: [JoinPlan.Run(first: 0, entries: keys)]), jobs: options.jobs,
      recordingDocuments: true)
    let recordOf = store.documentRecords

    // A text the first store found no record for must name none in the whole store either.
    for text in misses where store.index(of: text) != nil { return nil }
    // A record read first must keep its id: dropped as a duplicate of a set-aside meeting, the first store
    // resolved its id to it, the whole store to the meeting.
    var fromSecond = [Bool](repeating: false, count: store.records.count)
    for place in merged.secondPlace where recordOf[place] >= 0 { fromSecond[recordOf[place]] = true }
    for place in merged.firstPlace where recordOf[place] < 0 {
      guard let root = documents[place].node.mapping else { continue }
      let id = documents[place].header?.id ?? RecordStore.Document.Header(reading: root).id
      if !id.isEmpty, let i = store.index(of: id), fromSecond[i] { return nil }
    }

    var verdicts = Verdicts(rules: early, checksSchema: checksSchema, judged: [Bool](repeating: false, count: store.records.count))
    var base = 0
    for (p, part) in parts.enumerated() {
      let record = { (document: Int) -> Int in recordOf[merged.secondPlace[base + document]] }
      for d in part.judged where record(d) >= 0 { verdicts.judged[record(d)] = true }
      for (d, finding) in part.findings where record(d) >= 0 { verdicts.findings.append((record(d), finding)) }
      for (d, issue) in part.schemaIssues where record(d) >= 0 { verdicts.schemaIssues.append(issue) }
      for (r, documents) in part.checked.enumerated() {
        verdicts.checked[runIDs[r], default: []] += documents.compactMap { record($0) >= 0 ? record($0) : nil }
      }
      base += counts[p]
    }
    return (store, verdicts)
  }

  /// The set-aside files parsed, judged against a store of the first wave's documents and cut down, on
  /// every core; with the texts that store resolved to nothing, and the ids of the rules judged (the
  /// order of each part's `checked`). Nil when a set-aside file held a record of another kind. The
  /// first wave's store is let go on return, so that its documents' lists are the merge's alone.
  private func secondWave(
    _ firstParts: [[RecordStore.Document]], _ setAside: inout [SetAsideFile], files: [SourceFile], plan: JoinPlan,
    limits: ParseLimits
  ) -> ([Part], [String], [String])? {
    let options = engine.options
    let misses = ReferenceMisses()
    let first = RecordStore(
      files: files, parts: firstParts, parseIssues: [], calendars: engine.ruleSet.calendars, lookups: [], joinKeys: nil,
      jobs: options.jobs, misses: misses)
    let keep = FieldTree.Plan(kept(kinds: Set(first.byKind.keys)))
    let runs = rules.compactMap { rule -> RecordRuleRun? in
      guard early.contains(rule.id), case .record(let body) = rule.body else { return nil }
      return RecordRuleRun(rule: rule, body: body, variables: Variables(engine.baseVariables(rule, window: nil)))
    }
    let checker = checksSchema ? SchemaChecker(store: first, checkReferences: options.checkReferences) : nil
    let count = setAside.count
    let parts = setAside.withUnsafeMutableBufferPointer { buffer -> [Part] in
      guard let base = buffer.baseAddress else { return [] }
      let slots = SetAsideFile.Slots(base: base)
      return ChunkPlan.map(
        count, jobs: options.jobs,
        perWorker: { several in
          guard several else { return (store: first, runs: runs, checker: checker, workspace: ReadWorkspace()) }
          let own = first.forOneCore()
          return (store: own, runs: runs.map { $0.forOneCore() }, checker: checker?.on(own), workspace: ReadWorkspace())
        }
      ) { worker, range -> [Part] in
        [judge(range, of: slots, files: files, worker: worker, keep: keep, plan: plan, limits: limits)]
      }
    }
    if parts.contains(where: \.foreign) { return nil }
    return (parts, misses.all, runs.map(\.rule.id))
  }

  /// Parses, judges and cuts down set-aside files `range`.
  private func judge(
    _ range: Range<Int>, of setAside: SetAsideFile.Slots, files: [SourceFile],
    worker: (store: RecordStore, runs: [RecordRuleRun], checker: SchemaChecker?, workspace: ReadWorkspace), keep: FieldTree.Plan,
    plan: JoinPlan, limits: ParseLimits
  ) -> Part {
    var part = Part()
    part.checked = Array(repeating: [], count: worker.runs.count)
    var sink = SchemaChecker.Sink()
    let meeting = Self.kind.rawValue
    for k in range {
      let (file, bytes) = setAside.take(k)
      let parsed = RecordLoader.parseOne(files[file], bytes, index: file, limits: limits, workspace: worker.workspace)
      part.issues += parsed.issues
      for node in parsed.documents {
        let document = part.documents.count
        guard let root = node.mapping else {
          part.documents.append(RecordStore.Document(file: file, node: node))
          continue
        }
        let header = RecordStore.Document.Header(reading: root)
        if let known = header.known, known != Self.kind { part.foreign = true }
        if let kind = header.kind { plan.read(root, kind: kind, document: document, into: &part.keys) }
        // Judged and cut down only a meeting of a file read without an error.
        guard header.known == Self.kind, parsed.errors.isEmpty else {
          part.documents.append(RecordStore.Document(file: file, node: node, header: header))
          continue
        }
        let record = Record(kind: meeting, knownKind: Self.kind, id: header.id, root: root, file: file, day: header.day)
        if let checker = worker.checker {
          let before = sink.issues.count
          checker.check(outside: record, into: &sink)
          for issue in sink.issues[before...] { part.schemaIssues.append((document, issue)) }
        }
        judge(record, document: document, store: worker.store, runs: worker.runs, into: &part)
        part.judged.append(document)
        part.documents.append(RecordStore.Document(file: file, node: .mapping(keep.pruning(root)), header: header))
      }
    }
    return part
  }

  /// The early rules on one meeting, as `Engine.recordFindings` judges them (its `judge`, with the
  /// meeting in no store and listed by its document), the window left to the end.
  private func judge(_ record: Record, document: Int, store: RecordStore, runs: [RecordRuleRun], into part: inout Part) {
    let type = TypeGate.type(of: record.root)
    var env = Environment(store: store, root: .node(.mapping(record.root)), scope: .node(.mapping(record.root)), variables: [:])
    var out: [Finding] = []
    for (r, run) in runs.enumerated() where run.gate?.admits(type) ?? true {
      engine.judge(
        run, record: record, at: -1, label: document, inWindow: true, window: nil, env: &env, store: store, into: &out,
        checked: &part.checked[r])
    }
    for finding in out { part.findings.append((document, finding)) }
  }

  /// Two lists of documents, each in file order, as one in file order: each document moved from the
  /// end of its list to its place (the lists are left empty), and where each of either list went.
  private static func merge(_ first: inout [[RecordStore.Document]], _ second: inout [[RecordStore.Document]]) -> (
    documents: [RecordStore.Document], firstPlace: [Int], secondPlace: [Int]
  ) {
    let firstCount = first.reduce(0) { $0 + $1.count }
    let secondCount = second.reduce(0) { $0 + $1.count }
    let total = firstCount + secondCount
    var firstPlace = [Int](repeating: 0, count: firstCount)
    var secondPlace = [Int](repeating: 0, count: secondCount)
    var a = first.count - 1
    var b = second.count - 1
    var left = (first: firstCount, second: secondCount)
    let documents = [RecordStore.Document](unsafeUninitializedCapacity: total) { buffer, initialized in
      initialized = 0
      guard let base = buffer.baseAddress else { return }
      var end = total
      while end > 0 {
        while a >= 0, first[a].isEmpty { a -= 1 }
        while b >= 0, second[b].isEmpty { b -= 1 }
        let takeFirst: Bool
        if a < 0 {
          takeFirst = false
        } else if b < 0 {
          takeFirst = true
        } else {
          takeFirst = (first[a].last?.file ?? 0) > (second[b].last?.file ?? 0)
        }
        end -= 1
        if takeFirst, let document = first[a].popLast() {
          left.first -= 1
          firstPlace[left.first] = end
          (base + end).initialize(to: document)
        } else if let document = second[b].popLast() {
          left.second -= 1
          secondPlace[left.second] = end
          (base + end).initialize(to: document)
        }
      }
      initialized = total
    }
    return (documents, firstPlace, secondPlace)
  }

  /// The join keys of both waves, numbered by the documents' places in the merged list and in that
  /// order (an index lists its records in record order).
  private static func keys(
    first: [JoinPlan.Run], second: inout [[JoinPlan.Entry]], counts: [Int], firstPlace: [Int], secondPlace: [Int]
  ) -> [JoinPlan.Entry] {
    var a: [JoinPlan.Entry] = []
    a.reserveCapacity(first.reduce(0) { $0 + $1.entries.count })
    for run in first {
      for entry in run.entries {
        a.append(JoinPlan.Entry(document: firstPlace[run.first + entry.document], index: entry.index, key: entry.key))
      }
    }
    // The second wave's entries are renumbered as they are merged, part after part, and each part's list
    // is let go once merged: at a million meetings the lists are 170 MB, which three copies at once
    // (the parts', renumbered, merged) made the audit's peak.
    var merged: [JoinPlan.Entry] = []
    merged.reserveCapacity(a.count + second.reduce(0) { $0 + $1.count })
    var i = 0
    var base = 0
    for part in second.indices {
      let entries = second[part]
      second[part] = []
      for entry in entries {
        let renumbered = JoinPlan.Entry(document: secondPlace[base + entry.document], index: entry.index, key: entry.key)
        while i < a.count, a[i].document < renumbered.document {
          merged.append(a[i])
          i += 1
        }
        merged.append(renumbered)
      }
      base += counts[part]
    }
    merged.append(contentsOf: a[i...])
    return merged
  }
}
