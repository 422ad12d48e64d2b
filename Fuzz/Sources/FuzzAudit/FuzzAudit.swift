import ComplyKit
import FuzzDriver

/// The shipped rule pack (loaded once).
let shipped: RuleSet? = {
  guard let sources = try? RuleSet.shippedSources(environment: [:]) else { return nil }
  return try? RuleSet.load(layers: [sources])
}()

/// A record file audited with the shipped rules and rendered in every format.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  guard let shipped else { fatalError("the shipped rules do not load") }
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  let file = SourceFile(relativePath: "records.yaml", displayPath: "records.yaml")
  let loaded = RecordLoader().parse([(file, bytes)])
  let result = Audit.run(loaded, ruleSet: shipped, options: AuditOptions())
  for format in ReportFormat.allCases {
    _ = format.render(ReportContext(result: result, language: .zh))
  }
  return 0
}

@_cdecl("FuzzAudit_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
  var argc = argc
  var argv = argv
  return LLVMFuzzerRunDriver(&argc, &argv) { fuzz($0, $1) }
}
