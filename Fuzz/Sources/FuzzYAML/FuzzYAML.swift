import ComplyKit
import FuzzSupport

/// The YAML and JSON readers, and record loading, on the same bytes.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  let loader = RecordLoader()
  for name in ["fuzz.yaml", "fuzz.json"] {
    let output = loader.parse([(SourceFile(relativePath: name, displayPath: name), bytes)])
    for issue in output.issues where issue.mark.line < 1 || issue.mark.column < 1 {
      fatalError("error without a location: \(issue)")
    }
  }
  return 0
}

@_cdecl("FuzzYAML_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
  runFuzzer(argc, argv, fuzz)
}
