import ComplyKit
import FuzzSupport

/// A `.comply.yml` (read, checked against the shipped rules, applied) and a baseline, on the same bytes.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  do {
    let config = try Config.load(path: "/audit/.comply.yml", bytes: bytes)
    try? config.validate(against: shippedRules)
    var options = AuditOptions()
    config.apply(to: &options)
    _ = config.ruleFolders.map(config.resolve) + config.calendars.map(config.resolve)
  } catch {
    for problem in error.errors where problem.location.line < 1 || problem.location.column < 1 {
      fatalError("error without a location: \(problem)")
    }
  }
  _ = try? Baseline.load(path: "baseline.json", bytes: bytes)
  return 0
}

@_cdecl("FuzzConfig_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
  runFuzzer(argc, argv, fuzz)
}
