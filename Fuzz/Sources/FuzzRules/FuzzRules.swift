import ComplyKit
import FuzzSupport

/// A rule file: loaded alone; when it loads, its own examples run (so the expressions it holds are
/// evaluated on the records it carries) and the catalogue renders it.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  do {
    let ruleSet = try RuleSet.load(layers: [[RuleSet.Source(path: "fuzz.yaml", bytes: bytes)]])
    _ = ExampleRunner.run(ruleSet.rules, in: ruleSet)
    _ = RuleCatalog.json(ruleSet.rules)
    _ = RuleCatalog.text(ruleSet.rules, language: .en)
    for rule in ruleSet.rules {
      _ = RuleCatalog.show(rule)
      _ = RuleCatalog.explain(rule)
    }
  } catch {
    for problem in error.errors where problem.location.line < 1 || problem.location.column < 1 {
      fatalError("error without a location: \(problem)")
    }
  }
  return 0
}

@_cdecl("FuzzRules_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
  runFuzzer(argc, argv, fuzz)
}
