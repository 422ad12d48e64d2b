import ComplyKit
import FuzzSupport

/// A record file audited with the shipped rules and rendered in every format.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  let file = SourceFile(relativePath: "records.yaml", displayPath: "records.yaml")
  let loaded = RecordLoader().parse([(file, bytes)])
  let result = Audit.run(loaded, ruleSet: shippedRules, options: AuditOptions(today: Day(year: 2026, month: 11, day: 29)))
  for format in ReportFormat.allCases {
    _ = format.render(ReportContext(result: result, language: .zh))
  }
  return 0
}

@_cdecl("FuzzAudit_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
  runFuzzer(argc, argv, fuzz)
}
