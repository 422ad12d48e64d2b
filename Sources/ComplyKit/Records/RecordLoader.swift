import Dispatch
#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Reads the record files under the paths given, in parallel, into documents in a fixed order:
/// paths in the order given, files in name order, documents in file order.
public struct RecordLoader: Sendable {
  public struct Output: Sendable {
    public let files: [SourceFile]
    /// The documents in file order, in the parts the loader's cores read them in: joined into one
    /// list, each document would be copied and each part's list dropped, two reference counts per
    /// document on one core between two parallel steps. The store reads the parts as they are.
    private(set) var parts: [[RecordStore.Document]]
    /// Files that could not be parsed or read, as `schema.parse` issues.
    public let issues: [SchemaIssue]
    /// The documents' join keys, when the loader was given the plan (see `JoinPlan`).
    var joinKeys: JoinKeys?
    /// Files set aside unparsed (`RecordLoader.setAsideFrom`), in file order.
    var setAside: [SetAsideFile] = []

    /// The documents' lists, taken out (the output keeps none): a list no one else holds can be
    /// taken apart without copying each document.
    mutating func takeParts() -> [[RecordStore.Document]] {
      defer { parts = [] }
      return parts
    }

    /// The set-aside files, taken out (see `takeParts`).
    mutating func takeSetAside() -> [SetAsideFile] {
      defer { setAside = [] }
      return setAside
    }

    /// The documents in file order.
    public var documents: [RecordStore.Document] { parts.count == 1 ? parts[0] : Array(parts.joined()) }

    init(files: [SourceFile], documents: [RecordStore.Document], issues: [SchemaIssue], joinKeys: JoinKeys? = nil) {
      self.init(files: files, parts: [documents], issues: issues, joinKeys: joinKeys)
    }

    init(files: [SourceFile], parts: [[RecordStore.Document]], issues: [SchemaIssue], joinKeys: JoinKeys?) {
      self.files = files
      self.parts = parts
      self.issues = issues
      self.joinKeys = joinKeys
    }

    /// These files and then `other`'s (its file indices moved past these).
    public func appending(_ other: Output) -> Output {
      let offset = files.count
      return Output(
        files: files + other.files,
        documents: documents
          + other.documents.map { RecordStore.Document(file: $0.file + offset, node: $0.node, header: $0.header) },
        issues: issues
          + other.issues.map {
            SchemaIssue(
              check: $0.check, file: $0.file + offset, mark: $0.mark, recordID: $0.recordID, kind: $0.kind, org: $0.org,
              fieldPath: $0.fieldPath, details: $0.details)
          },
        // Keys for all the documents or for none: the store reads them from the trees when there are none.
        joinKeys: joinKeys.flatMap { own in other.joinKeys.flatMap { own.appending($0, after: documents.count) } })
    }
  }

  public enum LoadError: Error, Sendable, CustomStringConvertible {
    case pathNotFound(String)

    public var description: String {
      switch self {
      case .pathNotFound(let path): "\(path): error: no such file or folder"
      }
    }
  }

  public static let recordExtensions: Set<String> = ["yaml", "yml", "json"]
  /// A file of this size or more is read before the others, when its size is known: some fifty meetings.
  static let heavyFileSize = 32 << 10

  public let jobs: Int
  public let limits: ParseLimits
  /// Told how many files there are once they are listed, and of each one parsed.
  var tracker: ProgressTracker?
  /// Told when the files are listed and when they are read (`AuditOptions.timings`).
  var timer: StepTimer?
  /// The join indexes the rules will ask for: each document's keys are read as soon as it is parsed.
  var joins: JoinPlan?
  /// Told the number of files once they are listed, before any is read (`AuditOptions.listed`).
  var listed: (@Sendable (_ files: Int) -> Void)?
  /// From how many files listed a file that can hold nothing but meetings is set aside as its bytes,
  /// not parsed (`SetAsideFile.holdsOnlyMeetings`): the audit parses and judges it once the other files
  /// are read (`RecordKeeping.setAsideFrom`). nil: never.
  var setAsideFrom: Int?

  public init(jobs: Int = 1, limits: ParseLimits = .default) {
    self.jobs = max(1, jobs)
    self.limits = limits
  }

  /// Lists and parses; a path that does not exist is an error (nothing is audited), an unreadable
  /// file inside a folder is a finding and the rest is read.
  public func load(paths: [String]) throws(LoadError) -> Output {
    var entries: [FileWalker.Entry] = []
    var problems: [String] = []
    let walker = FileWalker(extensions: Self.recordExtensions)
    for root in paths {
      let found: [FileWalker.Entry]
      do {
        found = try walker.files(under: root, problems: &problems)
      } catch {
        throw .pathNotFound(root)
      }
      entries += found
    }
    tracker?.expect(entries.count)
    listed?(entries.count)
    timer?.lap(.list)
    // Each worker names and reads its own files just before parsing them: joining the paths and
    // reading are spread over the cores too, and a file's bytes are let go once it is parsed.
    let listed = entries
    // Files known to be large (registries, as the walk found them) are read first: see `ChunkPlan.order`.
    let heavy = listed.indices.filter { (listed[$0].size ?? 0) >= Self.heavyFileSize }
    let setsAside = setAsideFrom.map { listed.count >= $0 } ?? false
    let output = parse(count: listed.count, unreadableFolders: problems, heavy: heavy, setsAside: setsAside) { i, reader in
      let entry = listed[i]
      let path = entry.path
      return (SourceFile(relativePath: entry.relativePath, displayPath: path), reader.read(entry, path: path))
    }
    timer?.lap(.read)
    return output
  }

  /// Parses files already in memory (`nil` bytes: could not be read).
  public func parse(_ inputs: [(SourceFile, [UInt8]?)], unreadableFolders: [String] = []) -> Output {
    parse(count: inputs.count, unreadableFolders: unreadableFolders) { i, _ in inputs[i] }
  }

  /// Parses `count` files, file `i` as `input(i, reader)` gives it, on `jobs` workers (each with a
  /// reader of its own for the files it reads).
  /// `setsAside`: files that can hold nothing but meetings are kept as their bytes (`Output.setAside`).
  private func parse(
    count: Int, unreadableFolders: [String], heavy: [Int] = [], setsAside: Bool = false,
    input: @Sendable @escaping (Int, FolderReader) -> (SourceFile, [UInt8]?)
  ) -> Output {
    let limits = self.limits
    let tracker = self.tracker
    let joins = self.joins.flatMap { $0.isEmpty ? nil : $0 }
    // Contiguous chunks, several per core, taken by whichever core is free (files differ in size: a
    // registry is many meetings long); each core keeps one read workspace (texts met before, the tree
    // builder's stacks) and one folder reader for all its chunks.
    // The files' list is made in place: each worker puts each file it reads at the file's own index (the
    // chunks cover every index once), where joining the chunks' lists copied every file's two paths
    // and dropped them again, on one core.
    var chunks: [Chunk] = []
    var files = [SourceFile](unsafeUninitializedCapacity: count) { buffer, initialized in
      guard let first = buffer.baseAddress else { return }
      let slots = FileSlots(first: first)
      chunks = ChunkPlan.map(
        count, jobs: jobs, heavy: heavy,
        perWorker: { _ in (workspace: ReadWorkspace(), reader: FolderReader()) }
      ) { worker, range -> [Chunk] in
        // Each document's `kind:`, `id:`, date and join keys are read here, while its tree is in the
        // cache, for the store. The chunk's documents are numbered from 0; the merge knows where it starts.
        var chunk = Chunk()
        // Most files hold one record: room for one each, not grown by doubling (with one core this is
        // the list of every document).
        chunk.documents.reserveCapacity(range.count)
        for i in range {
          defer { tracker?.advance() }
          let (file, bytes) = input(i, worker.reader)
          if setsAside, let bytes, SetAsideFile.holdsOnlyMeetings(bytes) {
            chunk.setAside.append(SetAsideFile(file: i, bytes: bytes))
            slots.put(file, at: i)
            continue
          }
          let parsed = Self.parseOne(file, bytes, index: i, limits: limits, workspace: worker.workspace)
          for node in parsed.documents {
            let root = node.mapping
            let header = root.map(RecordStore.Document.Header.init(reading:))
            if let joins, let root, let kind = header?.kind {
              joins.read(root, kind: kind, document: chunk.documents.count, into: &chunk.keys)
            }
            chunk.documents.append(RecordStore.Document(file: i, node: node, header: header))
          }
          slots.put(parsed.file, at: i)
          chunk.issues += parsed.issues
        }
        return [chunk]
      }
      initialized = count
    }

    var parts: [[RecordStore.Document]] = []
    var issues: [SchemaIssue] = []
    var runs: [JoinPlan.Run] = []
    var documentCount = 0
    var setAside: [SetAsideFile] = []
    for chunk in chunks {
      setAside += chunk.setAside
      if !chunk.keys.isEmpty { runs.append(JoinPlan.Run(first: documentCount, entries: chunk.keys)) }
      documentCount += chunk.documents.count
      if !chunk.documents.isEmpty { parts.append(chunk.documents) }
      issues += chunk.issues
    }
    for folder in unreadableFolders {
      files.append(SourceFile(relativePath: folder, displayPath: folder))
      issues.append(
        SchemaIssue(check: .parse, file: files.count - 1, mark: .start, details: ["error": "cannot read this folder"]))
    }
    var output = Output(files: files, parts: parts, issues: issues, joinKeys: joins.map { JoinKeys(plan: $0, runs: runs) })
    output.setAside = setAside
    return output
  }

  /// What one worker read of a contiguous range of files: their parse errors, their documents (with
  /// the headers and join keys read from them) in file order.
  private struct Chunk: Sendable {
    var issues: [SchemaIssue] = []
    var documents: [RecordStore.Document] = []
    var keys: [JoinPlan.Entry] = []
    var setAside: [SetAsideFile] = []
  }

  /// The slots of the files' list while the workers fill it: each index is written once, by the worker
  /// whose chunk holds it, and the list is read only when every chunk is done.
  private struct FileSlots: @unchecked Sendable {
    let first: UnsafeMutablePointer<SourceFile>

    func put(_ file: consuming SourceFile, at index: Int) { (first + index).initialize(to: file) }
  }

  // MARK: - One document (`comply check`)

  /// How one document given to `check` is read.
  public enum DocumentFormat: String, Sendable {
    case yaml, json
    /// The plain text of a notice or report (`.txt`, `.md`), read by `PlainText`.
    case text

    /// The extensions read as plain text, by `check` only: `audit` reads YAML and JSON alone, so that
    /// a README beside the records is never taken for one.
    public static let textExtensions: Set<String> = ["txt", "md", "markdown", "text"]

    /// By the name's extension; a name without a known one (`-`, standard input) by the content: `{` or `[`
    /// first is JSON, a `kind:` line is YAML, anything else is text.
    public static func of(name: String, bytes: [UInt8]) -> DocumentFormat {
      let ext = name.split(separator: "/").last.flatMap { part -> Substring? in
        guard let dot = part.lastIndex(of: "."), dot != part.startIndex else { return nil }
        return part[part.index(after: dot)...]
      }?.lowercased()
      switch ext {
      case "yaml"?, "yml"?: return .yaml
      case "json"?: return .json
      case let e? where textExtensions.contains(e): return .text
      default: break
      }
      var body = bytes[...]
      if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
      guard let first = body.first(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 }) else { return .text }
      if first == UInt8(ascii: "{") || first == UInt8(ascii: "[") { return .json }
      for line in body.split(separator: 0x0A, maxSplits: 64) {
        let text = Self.trimmingSpaceSeparators(String(decoding: line, as: UTF8.self))
        if text.hasPrefix("kind:") || text.hasPrefix("- kind:") || text == "---" { return .yaml }
      }
      return .text
    }

    /// `text` without the spaces and tabs at its ends (Unicode's space separators and U+0009, as
    /// Foundation's `CharacterSet.whitespaces` counts them; line breaks are kept). Not the plain-text
    /// readers' `String.trimmingSpaces`, which also drops line breaks and knows fewer spaces: content
    /// sniffing keeps the reading it had.
    static func trimmingSpaceSeparators(_ text: String) -> String {
      func isSpace(_ scalar: Unicode.Scalar) -> Bool { scalar == "\t" || scalar.properties.generalCategory == .spaceSeparator }
      let scalars = text.unicodeScalars
      guard let first = scalars.firstIndex(where: { !isSpace($0) }), let last = scalars.lastIndex(where: { !isSpace($0) })
      else { return "" }
      return String(scalars[first...last])
    }
  }

  /// Reads one document for `check`, named as given (`id` of a plain text: the name's last component; `-`
  /// for standard input). `nil` bytes: it could not be read.
  public func parseDocument(_ file: SourceFile, bytes: [UInt8]?, format: DocumentFormat? = nil) -> Output {
    guard let bytes else { return parse([(file, nil)]) }
    let format = format ?? DocumentFormat.of(name: file.relativePath, bytes: bytes)
    guard format == .text else {
      let parsed = Self.parseOne(file, bytes, index: 0, limits: limits, format: format)
      return Output(
        files: [file], documents: parsed.documents.map { RecordStore.Document(file: 0, node: $0) },
        issues: parsed.issues)
    }
    guard let text = String(bytes: bytes, encoding: .utf8) else {
      return Output(
        files: [file], documents: [],
        issues: [SchemaIssue(check: .parse, file: 0, mark: .start, details: ["error": "not UTF-8 text (save the file as UTF-8)"])])
    }
    let name = file.relativePath.split(separator: "/").last.map(String.init) ?? file.relativePath
    return Output(files: [file], documents: [RecordStore.Document(file: 0, node: .mapping(PlainText.record(text, id: name)))], issues: [])
  }

  struct ParsedFile: Sendable {
    let index: Int
    let file: SourceFile
    let documents: [Node]
    let errors: [YAMLError]

    /// The errors as the audit reports them (`schema.parse`), for the file at `index`.
    var issues: [SchemaIssue] {
      errors.map { SchemaIssue(check: .parse, file: index, mark: $0.mark, details: ["error": .string($0.message)]) }
    }
  }

  /// `.json` in any case, without lowercasing the whole path.
  static func hasJSONExtension(_ path: String) -> Bool {
    let tail = path.utf8.suffix(5)
    return tail.count == 5
      && zip(tail, ".json".utf8).allSatisfy { byte, lower in byte == lower || (lower != UInt8(ascii: ".") && byte == lower - 0x20) }
  }

  static func parseOne(
    _ file: SourceFile, _ bytes: [UInt8]?, index: Int, limits: ParseLimits, format: DocumentFormat? = nil,
    workspace: ReadWorkspace? = nil
  ) -> ParsedFile {
    guard let bytes else {
      return ParsedFile(index: index, file: file, documents: [], errors: [YAMLError(message: "cannot read this file", mark: .start)])
    }
    if format.map({ $0 == .json }) ?? Self.hasJSONExtension(file.relativePath) {
      let parsed = JSONReader.parse(bytes, limits: limits, workspace: workspace)
      // A top-level array holds one record per element.
      let documents = parsed.documents.flatMap { node -> [Node] in
        if case .sequence(let s) = node { return s.items }
        return [node]
      }
      return ParsedFile(index: index, file: file, documents: documents, errors: parsed.errors)
    }
    let parsed = YAMLReader.parse(bytes, limits: limits, workspace: workspace)
    if parsed.documents.isEmpty, parsed.errors.isEmpty {
      // Most likely a file emptied or cut short by accident: reported, not passed over.
      let text = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes.dropFirst(3) : bytes[...]
      let what = text.contains { $0 > 0x20 } ? "only comments" : "empty"
      return ParsedFile(
        index: index, file: file, documents: [],
        errors: [YAMLError(message: "the file holds no record (it is \(what))", mark: .start)])
    }
    return ParsedFile(index: index, file: file, documents: parsed.documents, errors: parsed.errors)
  }
}
