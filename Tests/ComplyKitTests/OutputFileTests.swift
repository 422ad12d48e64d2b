@testable import ComplyKit
import Foundation
import Testing

/// Reports are written whole or not at all, and a failure says why in the system's words.
@Suite struct OutputFileTests {
  private func withFolder(_ body: (URL) throws -> Void) throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("comply-output-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    try body(folder)
  }

  @Test func replacesTheFileAndLeavesNothingBeside() throws {
    try withFolder { folder in
      let path = folder.appendingPathComponent("report.json").path
      try OutputFile.write("first, and longer than the second\n", to: path)
      let large = [UInt8](repeating: UInt8(ascii: "x"), count: 3 << 20) + Array("报告\n".utf8)
      try OutputFile.write(bytes: large, to: path)
      #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == Data(large))
      #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["report.json"])
    }
  }

  /// Pieces of every size — empty, small ones gathered, ones written straight, and enough to fill the
  /// gathering buffer several times — make the file of their bytes in order.
  @Test func piecesAreWrittenInOrder() throws {
    try withFolder { folder in
      let path = folder.appendingPathComponent("pieces.json").path
      var chunks: [[UInt8]] = [[]]
      for i in 0..<400 {
        let size = [0, 1, 7, 500, 65_536, 70_000, 300_000][i % 7] / (i % 5 + 1)
        chunks.append([UInt8](repeating: UInt8(truncatingIfNeeded: i), count: size))
      }
      try OutputFile.write(chunks: chunks, to: path)
      let written = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
      let expected = Array(chunks.joined())
      #expect(written.count == expected.count)
      #expect(zip(written, expected).enumerated().first { $0.element.0 != $0.element.1 }?.offset == nil)
    }
  }

  @Test func aMissingFolderIsAnErrorInTheSystemsWords() throws {
    try withFolder { folder in
      let path = folder.appendingPathComponent("no-such-folder/report.json").path
      let error = #expect(throws: OutputFile.WriteError.self) { try OutputFile.write("{}", to: path) }
      #expect(error?.localizedDescription == String(cString: strerror(ENOENT)))
      #expect(!FileManager.default.fileExists(atPath: path))
    }
  }

  @Test func filesReadBackWholeAtEverySize() throws {
    try withFolder { folder in
      // Empty, one byte, around the sizes a read might split at, and a few megabytes.
      for size in [0, 1, 4095, 4096, 4097, 65_536, 3 << 20] {
        let path = folder.appendingPathComponent("f-\(size)").path
        let bytes = (0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        try OutputFile.write(bytes: bytes, to: path)
        #expect(FileWalker.readFile(path) == bytes, "size \(size)")
      }
      #expect(FileWalker.readFile(folder.appendingPathComponent("absent").path) == nil)
    }
  }
}
