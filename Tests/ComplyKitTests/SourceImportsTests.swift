import Foundation
import Testing

/// comply links FoundationEssentials, not Foundation: Foundation would bring its internationalization
/// library and ICU into every run (a third of `comply --version`'s instructions, several milliseconds
/// of every command's start). Sources/ may import Foundation only where FoundationEssentials cannot be
/// imported, as the fallback of `#if canImport(FoundationEssentials)`.
@Suite struct SourceImportsTests {
  @Test func foundationOnlyAsTheFallbackOfFoundationEssentials() throws {
    let sources = Repo.root.appendingPathComponent("Sources")
    let files = try #require(FileManager.default.enumerator(atPath: sources.path)).compactMap { $0 as? String }
      .filter { $0.hasSuffix(".swift") }
    #expect(!files.isEmpty)
    var offending: [String] = []
    for file in files.sorted() {
      let lines = try String(contentsOf: sources.appendingPathComponent(file), encoding: .utf8)
        .split(separator: "\n", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
      for (i, line) in lines.enumerated() where line == "import Foundation" || line.hasPrefix("import Foundation ") {
        // The fallback: `#if canImport(FoundationEssentials)`, its import, `#else`, then this line.
        let fallback = i >= 3 && lines[i - 1] == "#else" && lines[i - 2] == "import FoundationEssentials"
          && lines[i - 3] == "#if canImport(FoundationEssentials)"
        if !fallback { offending.append("Sources/\(file):\(i + 1)") }
      }
    }
    #expect(offending.isEmpty, "import Foundation outside the FoundationEssentials fallback: \(offending)")
  }
}
