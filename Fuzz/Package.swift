// swift-tools-version:6.1
import Foundation
import PackageDescription

/// libFuzzer targets for the parsers comply owns, one executable each. A separate package, so that
/// `swift build` and `swift test` at the root never see them; `scripts/fuzz.sh` builds and runs them:
///
///     swift build -c release --package-path Fuzz -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library
///
/// SwiftPM links an executable with `main` aliased to `<Target>_main`, so each target defines that
/// function and hands over to libFuzzer's driver (`FuzzSupport.runFuzzer`, over the C declaration in
/// `FuzzDriver`), instead of libFuzzer's own `main`.

/// A path dependency is known by its folder's name, whatever the checkout is called.
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().lastPathComponent
let complyKit = Target.Dependency.product(name: "ComplyKit", package: root)

let targets = ["FuzzYAML", "FuzzRules", "FuzzConfig", "FuzzAudit", "FuzzPrejudge", "FuzzRegex", "FuzzText"]

let package = Package(
  name: "comply-fuzz",
  dependencies: [.package(path: "..")],
  targets: [.target(name: "FuzzDriver"), .target(name: "FuzzSupport", dependencies: [complyKit, "FuzzDriver"])]
    + targets.map { .executableTarget(name: $0, dependencies: [complyKit, "FuzzSupport"]) }
)
