import Dispatch

/// Reads the record files under the paths given, in parallel, into documents in a fixed order:
/// paths in the order given, files in name order, documents in file order.
public struct RecordLoader: Sendable {
  public struct Output: Sendable {
    public let files: [SourceFile]
    public let documents: [RecordStore.Document]
    /// Files that could not be parsed or read, as `schema.parse` issues.
    public let issues: [SchemaIssue]
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

  public let jobs: Int
  public let limits: ParseLimits

  public init(jobs: Int = 1, limits: ParseLimits = .default) {
    self.jobs = max(1, jobs)
    self.limits = limits
  }

  /// Lists and parses; a path that does not exist is an error (nothing is audited), an unreadable
  /// file inside a folder is a finding and the rest is read.
  public func load(paths: [String]) throws(LoadError) -> Output {
    var entries: [(SourceFile, String)] = []
    var problems: [String] = []
    let walker = FileWalker(extensions: Self.recordExtensions)
    for root in paths {
      let found: [FileWalker.Entry]
      do {
        found = try walker.files(under: root, problems: &problems)
      } catch {
        throw .pathNotFound(root)
      }
      for entry in found {
        entries.append((SourceFile(relativePath: entry.relativePath, displayPath: entry.path), entry.path))
      }
    }
    return parse(entries.map { ($0.0, FileWalker.readFile($0.1)) }, unreadableFolders: problems)
  }

  /// Parses files already in memory (`nil` bytes: could not be read).
  public func parse(_ inputs: [(SourceFile, [UInt8]?)], unreadableFolders: [String] = []) -> Output {
    let limits = self.limits
    let slots = ResultSlots<[ParsedFile]>(count: jobs)
    let chunk = (inputs.count + jobs - 1) / max(1, jobs)
    let work: @Sendable (Int) -> Void = { j in
      let range = min(inputs.count, j * chunk)..<min(inputs.count, (j + 1) * chunk)
      slots.set(j, range.isEmpty ? [] : range.map { i in Self.parseOne(inputs[i].0, inputs[i].1, index: i, limits: limits) })
    }
    if jobs == 1 { work(0) } else { DispatchQueue.concurrentPerform(iterations: jobs, execute: work) }

    var files: [SourceFile] = []
    var documents: [RecordStore.Document] = []
    var issues: [SchemaIssue] = []
    for parsed in slots.values.flatMap({ $0 ?? [] }) {
      files.append(parsed.file)
      documents += parsed.documents.map { RecordStore.Document(file: parsed.index, node: $0) }
      issues += parsed.errors.map { error in
        SchemaIssue(check: .parse, file: parsed.index, mark: error.mark, details: ["error": .string(error.message)])
      }
    }
    for folder in unreadableFolders {
      files.append(SourceFile(relativePath: folder, displayPath: folder))
      issues.append(
        SchemaIssue(check: .parse, file: files.count - 1, mark: .start, details: ["error": "cannot read this folder"]))
    }
    return Output(files: files, documents: documents, issues: issues)
  }

  struct ParsedFile: Sendable {
    let index: Int
    let file: SourceFile
    let documents: [Node]
    let errors: [YAMLError]
  }

  static func parseOne(_ file: SourceFile, _ bytes: [UInt8]?, index: Int, limits: ParseLimits) -> ParsedFile {
    guard let bytes else {
      return ParsedFile(index: index, file: file, documents: [], errors: [YAMLError(message: "cannot read this file", mark: .start)])
    }
    if file.relativePath.lowercased().hasSuffix(".json") {
      let parsed = JSONReader.parse(bytes, limits: limits)
      // A top-level array holds one record per element.
      let documents = parsed.documents.flatMap { node -> [Node] in
        if case .sequence(let s) = node { return s.items }
        return [node]
      }
      return ParsedFile(index: index, file: file, documents: documents, errors: parsed.errors)
    }
    let parsed = YAMLReader.parse(bytes, limits: limits)
    return ParsedFile(index: index, file: file, documents: parsed.documents, errors: parsed.errors)
  }
}
