// swift-tools-version:6.1
import PackageDescription

let package = Package(
  name: "comply",
  platforms: [.macOS(.v13)],
  products: [
    .library(name: "ComplyKit", targets: ["ComplyKit"]),
    .executable(name: "comply", targets: ["comply"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2")
  ],
  targets: [
    .systemLibrary(
      name: "CYAML",
      path: "Sources/CYAML",
      pkgConfig: "yaml-0.1",
      providers: [.apt(["libyaml-dev"])]
    ),
    // The executable's allocator on Linux (the library leaves the choice to whoever embeds it).
    .systemLibrary(
      name: "CMimalloc",
      path: "Sources/CMimalloc",
      providers: [.apt(["libmimalloc-dev"])]
    ),
    .target(name: "ComplyKit", dependencies: ["CYAML"]),
    .executableTarget(
      name: "comply",
      dependencies: [
        "ComplyKit",
        .target(name: "CMimalloc", condition: .when(platforms: [.linux])),
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .testTarget(
      name: "ComplyKitTests",
      dependencies: ["ComplyKit"],
      exclude: ["Golden", "Fixtures"]
    ),
  ]
)
