import ComplyKit
import FuzzSupport

/// The compiled pack, whose shipped record rules run their written-out Swift before the interpreter.
let prejudged: RuleSet = {
  guard let rules = RuleSet.compiledPack(environment: [:], examples: false) else { fatalError("no compiled pack") }
  return rules
}()

/// A record file audited both ways: the pre-judges must change nothing, neither a finding nor the
/// records each rule judged. A difference stops the fuzzer with both sides printed.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  let file = SourceFile(relativePath: "records.yaml", displayPath: "records.yaml")
  let options = AuditOptions(today: Day(year: 2026, month: 11, day: 29))
  // `shippedRules`, the same pack loaded from its YAML: the interpreter alone.
  let a = Audit.run(RecordLoader().parse([(file, bytes)]), ruleSet: shippedRules, options: options)
  let b = Audit.run(RecordLoader().parse([(file, bytes)]), ruleSet: prejudged, options: options)
  func lines(_ result: AuditResult) -> [String] {
    result.findings.map { "\($0.mark.line):\($0.mark.column) \($0.rule) \($0.fingerprint) \($0.message.zh) | \($0.message.en)" }
  }
  let (x, y) = (lines(a), lines(b))
  if x != y || a.checked != b.checked {
    fatalError("the pre-judges changed the audit:\ninterpreted:\n\(x.joined(separator: "\n"))\nprejudged:\n\(y.joined(separator: "\n"))\njudged: \(a.checked == b.checked ? "same" : "different")")
  }
  return 0
}

@_cdecl("FuzzPrejudge_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
  runFuzzer(argc, argv, fuzz)
}
