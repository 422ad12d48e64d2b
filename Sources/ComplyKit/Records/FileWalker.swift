#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

#if canImport(Glibc)
  import Glibc
  private let systemRead = Glibc.read
#elseif canImport(Darwin)
  import Darwin
  private let systemRead = Darwin.read
#endif

/// Lists the files under the paths given, recursively, hidden files and folders skipped, in name
/// order, following folder links once (a link loop is not followed twice).
struct FileWalker {
  struct Entry: Sendable {
    /// The parts of the two paths: a folder's part, shared by all its entries, and the entry's own.
    /// The paths are joined by whoever asks for them (the loader: on the core that reads the file).
    private let folder: String
    private let name: String
    private let relativeFolder: String
    private let relativeName: String
    /// Given by the user itself rather than found in a folder: read even when it is not a regular file
    /// (`<(…)`, a named pipe).
    let given: Bool
    /// Its size in bytes, when the walk asked the system anyway (see `FileWalker.walk`); nil for most.
    let size: Int?
    /// The folder's listing said it is a regular file: it is read without asking the system what it is.
    let regular: Bool

    /// A file found in a folder: `folder` and `relativeFolder` end in `/` (or `relativeFolder` is empty).
    init(folder: String, relativeFolder: String, name: String, size: Int? = nil, regular: Bool = false) {
      self.folder = folder
      self.name = name
      self.relativeFolder = relativeFolder
      relativeName = name
      given = false
      self.size = size
      self.regular = regular
    }

    /// A file given directly: opened as given, named by its last component.
    init(given path: String, name: String, size: Int? = nil) {
      folder = ""
      self.name = path
      relativeFolder = ""
      relativeName = name
      given = true
      self.size = size
      regular = false
    }

    /// The folder to open the file in (with `name`), when it was found in one.
    fileprivate var inFolder: (folder: String, name: String)? { folder.isEmpty ? nil : (folder, name) }

    /// Relative to the path given (for a file given directly, its name).
    var relativePath: String { relativeFolder.isEmpty ? relativeName : relativeFolder + relativeName }
    /// The path to open, as given joined with `relativePath`.
    var path: String { folder.isEmpty ? name : folder + name }
  }

  enum WalkError: Error {
    case notFound(String)
    case unreadable(String)
  }

  let extensions: Set<String>
  /// The most record files a folder with subfolders may hold for the walk to ask their sizes.
  static let registriesAtMost = 16
  /// The ASCII `extensions` of up to eight bytes, packed into words (see `packed`), for the names that
  /// are nearly all.
  private let asciiExtensions: [UInt64]

  init(extensions: Set<String>) {
    self.extensions = extensions
    asciiExtensions = extensions.compactMap { Self.packed($0.utf8, foldingCase: false) }.sorted()
  }

  /// The files under `root`, or an error when `root` itself cannot be read. Unreadable entries inside a
  /// folder are reported in `problems` and skipped.
  func files(under root: String, problems: inout [String]) throws(WalkError) -> [Entry] {
    var info = stat()
    guard stat(root, &info) == 0 else { throw .notFound(root) }
    if info.st_mode & S_IFMT != S_IFDIR {
      let name = URL(fileURLWithPath: root).lastPathComponent
      return [Entry(given: root, name: name, size: Self.regularSize(info))]
    }
    var result: [Entry] = []
    var visited = Set<String>()
    walk(directory: root, relative: "", visited: &visited, into: &result, problems: &problems)
    return result
  }

  private func walk(directory: String, relative: String, visited: inout Set<String>, into result: inout [Entry], problems: inout [String]) {
    // realpath(3), not NSString.resolvingSymlinksInPath: on Linux that resolves a relative link target
    // (`loop -> .`) against the working directory, so a link loop would be walked until paths grow too long.
    guard let resolved = Self.canonicalPath(directory) else {
      problems.append(directory)
      return
    }
    guard visited.insert(resolved).inserted else { return }
    guard let listed = Self.list(directory) else {
      problems.append(directory)
      return
    }
    // The folder's part of every path, made once for all its entries.
    let folder = directory.hasSuffix("/") ? directory : directory + "/"
    let relativeFolder = relative.isEmpty ? "" : relative + "/"
    let sorted = Self.sortedByName(listed).filter { !$0.name.hasPrefix(".") }
    // A few record files beside folders are most likely registries (`persons.yaml` beside `meetings/`),
    // each many records long: their sizes are asked for, so that the loader reads them first (see
    // `ChunkPlan.order`). Files in a folder of files are not asked about: one call each would cost more.
    let sizesWanted =
      sorted.contains { $0.type == .directory }
      && sorted.lazy.filter { ($0.type == .regular || $0.type == .file) && self.hasRecordExtension($0.name) }.prefix(Self.registriesAtMost + 1).count
        <= Self.registriesAtMost
    for (name, type) in sorted {
      let isRecordFile = hasRecordExtension(name)
      switch type {
      case .directory:
        walk(directory: folder + name, relative: relativeFolder + name, visited: &visited, into: &result, problems: &problems)
      case .regular, .file:
        guard isRecordFile else { continue }
        var info = stat()
        let size = sizesWanted && stat(folder + name, &info) == 0 ? Self.regularSize(info) : nil
        result.append(Entry(folder: folder, relativeFolder: relativeFolder, name: name, size: size, regular: type == .regular))
      case .unknown:
        // A link (followed) or a file system that does not say: asked.
        var info = stat()
        let path = folder + name
        let known = stat(path, &info) == 0
        if known, info.st_mode & S_IFMT == S_IFDIR {
          walk(directory: path, relative: relativeFolder + name, visited: &visited, into: &result, problems: &problems)
        } else if isRecordFile {
          // A dangling link or a link loop is listed all the same, so that reading it fails visibly.
          let size = known ? Self.regularSize(info) : nil
          result.append(Entry(folder: folder, relativeFolder: relativeFolder, name: name, size: size))
        }
      }
    }
  }

  /// The entries in the order of their names as `String`'s `<` puts them. An ASCII name of up to 16
  /// bytes (nearly every record file's) is compared by its bytes packed into two words, first byte
  /// highest, which orders such names exactly as `<` does; any other pair is compared by `<` itself.
  /// A folder of 20,000 files took 24 M instructions to sort by `<` alone, serially, before any file was read.
  private static func sortedByName(_ listed: [(name: String, type: EntryType)]) -> [(name: String, type: EntryType)] {
    let keys = listed.map { entry in entry.name.utf8.withContiguousStorageIfAvailable(packedName) ?? nil }
    let order = listed.indices.sorted { a, b in
      if let x = keys[a], let y = keys[b] { return x < y }
      return listed[a].name < listed[b].name
    }
    return order.map { listed[$0] }
  }

  /// An ASCII name of 1 to 16 bytes as two words, each half packed by `packed` and moved up to its
  /// word's top (zero bytes after the name's end: no name holds one), or nil.
  private static func packedName(_ bytes: UnsafeBufferPointer<UInt8>) -> (UInt64, UInt64)? {
    guard !bytes.isEmpty, bytes.count <= 16 else { return nil }
    let head = bytes.prefix(8)
    let tail = bytes.dropFirst(8)
    // `<<` by 64 or more gives 0: an empty tail is the word 0.
    guard let high = packed(head, foldingCase: false), let low = packed(tail, foldingCase: false) else { return nil }
    return (high << (8 * (8 - head.count)), low << (8 * (8 - tail.count)))
  }

  /// The size `info` gives, when it is a regular file's (an entry's `size`).
  private static func regularSize(_ info: stat) -> Int? {
    info.st_mode & S_IFMT == S_IFREG ? Int(info.st_size) : nil
  }

  /// What a folder entry is, as far as the folder listing tells.
  private enum EntryType {
    case directory
    /// A regular file, as the listing says.
    case regular
    /// Anything else that is neither a folder nor a link: a pipe, a device (refused when read).
    case file
    case unknown
  }

  /// The names in a folder with their types, from the listing itself (no `stat` per entry, except for
  /// links and file systems that leave the type out); nil when the folder cannot be read. `.` and `..`
  /// are listed too: the walk skips them with every other hidden name.
  private static func list(_ directory: String) -> [(name: String, type: EntryType)]? {
    guard let stream = opendir(directory) else { return nil }
    defer { closedir(stream) }
    var entries: [(name: String, type: EntryType)] = []
    while let entry = readdir(stream) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
      }
      let type: EntryType =
        switch Int32(entry.pointee.d_type) {
        case Int32(DT_DIR): .directory
        case Int32(DT_REG): .regular
        case Int32(DT_LNK), Int32(DT_UNKNOWN): .unknown
        default: .file
        }
      entries.append((name, type))
    }
    return entries
  }

  /// Whether the name ends in one of `extensions` (any case), as `NSString.pathExtension` would read it.
  func hasRecordExtension(_ name: String) -> Bool {
    // Over the name's own bytes (a name from a folder listing is a native string): the walk asks this
    // of every file, and the string views' index checks cost more than the rest of the listing.
    let word = name.utf8.withContiguousStorageIfAvailable(Self.extensionWord) ?? Self.extensionWord(Array(name.utf8))
    switch word {
    case .none: return false
    case .ascii(let packed): return asciiExtensions.contains(packed)
    case .other:
      // Not ASCII (no extension asked for is): the Unicode route.
      guard let dot = name.utf8.lastIndex(of: UInt8(ascii: ".")) else { return false }
      let ext = name[name.index(after: dot)...]
      guard !ext.isEmpty, ext.utf8.count <= 8 else { return false }
      return extensions.contains(ext.lowercased())
    }
  }

  /// What `hasRecordExtension` reads of a name's extension: none (no dot past the first byte, nothing
  /// after it, or more than eight bytes), its ASCII bytes packed as `packed` folds them, or other bytes.
  private enum ExtensionWord {
    case none, ascii(UInt64), other
  }

  private static func extensionWord(_ bytes: UnsafeBufferPointer<UInt8>) -> ExtensionWord {
    guard let dot = bytes.lastIndex(of: UInt8(ascii: ".")), dot != 0 else { return .none }
    let ext = UnsafeBufferPointer(rebasing: bytes[(dot + 1)...])
    guard !ext.isEmpty, ext.count <= 8 else { return .none }
    return packed(ext, foldingCase: true).map(ExtensionWord.ascii) ?? .other
  }

  private static func extensionWord(_ bytes: [UInt8]) -> ExtensionWord {
    bytes.withUnsafeBufferPointer(extensionWord)
  }

  /// Up to eight ASCII bytes in one word, first byte highest, upper case folded to lower if asked; nil
  /// for anything else.
  private static func packed(_ bytes: some Collection<UInt8>, foldingCase: Bool) -> UInt64? {
    guard bytes.count <= 8 else { return nil }
    var word: UInt64 = 0
    for byte in bytes {
      guard byte < 0x80 else { return nil }
      let folded = foldingCase && byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte
      word = word << 8 | UInt64(folded)
    }
    return word
  }

  /// The absolute path with every link resolved, or nil when it cannot be resolved.
  static func canonicalPath(_ path: String) -> String? {
    guard let resolved = realpath(path, nil) else { return nil }
    defer { free(resolved) }
    return String(cString: resolved)
  }

  /// The whole file, or nil when it cannot be read. Only a regular file is read unless `anyKind` (a file
  /// the user named): in a folder, a named pipe would block the audit and a device never end.
  static func readFile(_ path: String, anyKind: Bool = false) -> [UInt8]? {
    readFile(opened: open(path, O_RDONLY | O_NONBLOCK), path: path, anyKind: anyKind)
  }

  /// `readFile(path:anyKind:)` of a file already opened (non-blocking) as `fd`, which it closes; a
  /// negative `fd` is a file that could not be opened.
  fileprivate static func readFile(opened fd: Int32, path: String, anyKind: Bool) -> [UInt8]? {
    var fd = fd
    guard fd >= 0 else { return nil }
    defer { close(fd) }
    var info = stat()
    guard fstat(fd, &info) == 0 else { return nil }
    if info.st_mode & S_IFMT != S_IFREG {
      guard anyKind else { return nil }
      // Reopened blocking, to wait for the writer of a pipe.
      close(fd)
      fd = open(path, O_RDONLY)
      guard fd >= 0 else { return nil }
    }
    // Read straight into a buffer of the file's size (plus one byte, to see the end in one call), not
    // zeroed first; more only if the file grew meanwhile or its size is unknown (a pipe).
    let size = info.st_size > 0 ? Int(info.st_size) : 0
    guard var chunk = Self.readChunk(fd, capacity: size > 0 ? size + 1 : 4096, expected: size > 0 ? size : nil)
    else { return nil }
    var bytes = chunk.bytes
    while !chunk.ended {
      guard let next = Self.readChunk(fd, capacity: max(4096, bytes.count)) else { return nil }
      bytes += next.bytes
      chunk = next
    }
    return bytes
  }

  /// Up to `capacity` bytes from `fd`; `ended` when the end of the file was met. nil on a read error.
  /// With `expected` (a regular file's size), a read that brings the bytes to at least that many
  /// without filling the buffer is taken as the end, without asking again for the zero bytes that
  /// say so (one system call a file fewer).
  private static func readChunk(_ fd: Int32, capacity: Int, expected: Int? = nil) -> (bytes: [UInt8], ended: Bool)? {
    var failed = false
    var ended = false
    let bytes = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, initialized in
      initialized = 0
      while initialized < buffer.count {
        let n = systemRead(fd, buffer.baseAddress.map { $0 + initialized }, buffer.count - initialized)
        if n < 0 { failed = true }
        if n <= 0 {
          ended = true
          return
        }
        initialized += n
        if let expected, initialized >= expected, initialized < buffer.count {
          ended = true
          return
        }
      }
    }
    return failed ? nil : (bytes, ended)
  }
}

/// Reads the files of a listing one after another on one thread, each opened relative to its folder:
/// the folder is opened once for its files, so that the system resolves only each file's own name
/// rather than its whole path again (a tenth or so of opening and reading a small file).
final class FolderReader {
  private var folder: String?
  private var folderDescriptor: Int32 = -1
  /// Room to read a regular file into whatever its size, kept from one file to the next.
  private var scratch = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 16, alignment: 16)

  init() {}

  deinit {
    if folderDescriptor >= 0 { close(folderDescriptor) }
    scratch.deallocate()
  }

  /// `FileWalker.readFile(path, anyKind: entry.given)`, by way of the entry's folder (`path` is `entry.path`,
  /// which the caller has made already).
  func read(_ entry: FileWalker.Entry, path: String) -> [UInt8]? {
    guard let (folder, name) = entry.inFolder else { return FileWalker.readFile(path, anyKind: entry.given) }
    if folder != self.folder {
      if folderDescriptor >= 0 { close(folderDescriptor) }
      folderDescriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
      self.folder = folder
    }
    // A folder that cannot be opened now (removed, its permissions changed): each file by its path.
    guard folderDescriptor >= 0 else { return FileWalker.readFile(path, anyKind: entry.given) }
    let fd = openat(folderDescriptor, name, O_RDONLY | O_NONBLOCK)
    guard entry.regular else { return FileWalker.readFile(opened: fd, path: path, anyKind: entry.given) }
    return readRegular(fd)
  }

  /// A file the listing called regular, opened as `fd` (closed here): read into the scratch room until
  /// a read comes back short, without asking its size first (a regular file's read is short only at its
  /// end), then copied out at its size. One system call a file fewer than `FileWalker.readFile`. Should
  /// it have been swapped for a pipe since the listing, the non-blocking read ends it as an empty file.
  private func readRegular(_ fd: Int32) -> [UInt8]? {
    guard fd >= 0 else { return nil }
    defer { close(fd) }
    var count = 0
    while true {
      guard let base = scratch.baseAddress else { return nil }
      let n = systemRead(fd, base + count, scratch.count - count)
      if n < 0 { return errno == EAGAIN ? [] : nil }
      count += n
      if n == 0 || count < scratch.count { break }
      // Filled: a larger room, the bytes so far moved over.
      let larger = UnsafeMutableRawBufferPointer.allocate(byteCount: scratch.count * 2, alignment: 16)
      larger.copyMemory(from: UnsafeRawBufferPointer(rebasing: scratch[..<count]))
      scratch.deallocate()
      scratch = larger
    }
    return [UInt8](UnsafeRawBufferPointer(rebasing: scratch[..<count]))
  }
}
