@testable import ComplyKit
import Foundation
import Testing

/// The walk lists a folder's record files in the order of their names as `String`'s `<` sorts them,
/// whether a name is short ASCII (compared by packed bytes), long, or not ASCII at all.
@Suite struct FileWalkerTests {
  @Test func listsRecordFilesInNameOrder() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("comply-walk-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let names = [
      "m-9.yaml", "m-10.yaml", "M-1.yaml", "m-0000001.yaml", "m-000000.yaml", "m-0000001.yml", "m.yaml",
      "a-name-much-longer-than-sixteen-bytes.yaml", "a-name-much-longer-than-sixteen.yaml", "ab.yaml", "Ab.YAML",
      "abcdefghijkl.yaml", "abcdefghijk.yaml", "中文记录.yaml", "中.json", "~tilde.json", "0.json", "Z.yml",
      "e\u{301}.yaml", "f.yaml",
    ]
    let others = ["notes.txt", ".hidden.yaml", "README.md"]
    for name in names + others {
      try Data("kind: meeting\n".utf8).write(to: folder.appendingPathComponent(name))
    }
    var problems: [String] = []
    let walker = FileWalker(extensions: ["yaml", "yml", "json"])
    let listed = try walker.files(under: folder.path, problems: &problems).map(\.relativePath)
    #expect(problems.isEmpty)
    #expect(listed == names.sorted(by: <))
  }

  /// A few record files beside folders (registries) are listed with their sizes, so that the loader can
  /// read them first; files in a folder of files are not asked about.
  @Test func sizesOfFilesBesideFolders() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("comply-walk-\(UUID().uuidString)")
    let meetings = folder.appendingPathComponent("meetings")
    try FileManager.default.createDirectory(at: meetings, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    try Data(repeating: UInt8(ascii: "#"), count: 40_000).write(to: folder.appendingPathComponent("persons.yaml"))
    try Data("kind: meeting\n".utf8).write(to: meetings.appendingPathComponent("m-1.yaml"))
    var problems: [String] = []
    let entries = try FileWalker(extensions: ["yaml"]).files(under: folder.path, problems: &problems)
    #expect(entries.map(\.relativePath) == ["meetings/m-1.yaml", "persons.yaml"])
    #expect(entries.map(\.size) == [nil, 40_000])
  }

  /// A regular file is read without asking its size: whole, however large (past the reader's first room),
  /// and empty when empty.
  @Test func readsRegularFilesWhole() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("comply-walk-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let large = (0..<200_000).map { UInt8(truncatingIfNeeded: $0 % 251) }
    try Data(large).write(to: folder.appendingPathComponent("a.yaml"))
    try Data().write(to: folder.appendingPathComponent("b.yaml"))
    try Data("kind: meeting\n".utf8).write(to: folder.appendingPathComponent("c.yaml"))
    var problems: [String] = []
    let entries = try FileWalker(extensions: ["yaml"]).files(under: folder.path, problems: &problems)
    #expect(entries.map(\.regular) == [true, true, true])
    let reader = FolderReader()
    let read = entries.map { reader.read($0, path: $0.path) }
    #expect(read == [large, [], Array("kind: meeting\n".utf8)])
  }
}
