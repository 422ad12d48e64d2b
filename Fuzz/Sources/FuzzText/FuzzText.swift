import ComplyKit
import FuzzSupport

/// A plain-text notice or report, as `comply check` reads it: extracted into a record, printed back
/// as YAML, and checked with the shipped rules.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  let file = SourceFile(relativePath: "notice.txt", displayPath: "notice.txt")
  let loaded = RecordLoader().parseDocument(file, bytes: bytes, format: .text)
  for document in loaded.documents {
    if let record = document.node.mapping { _ = RecordYAML.render(record) }
  }
  _ = PlainText.kind(of: String(decoding: bytes, as: UTF8.self))
  let result = Audit.run(loaded, ruleSet: shippedRules, options: AuditOptions(checkReferences: false))
  _ = ReportFormat.json.render(ReportContext(result: result, language: .zh))
  return 0
}

@_cdecl("FuzzText_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
  runFuzzer(argc, argv, fuzz)
}
