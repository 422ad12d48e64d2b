import ComplyKit
import FuzzDriver

/// The shipped rule pack, loaded once, for the targets that audit or validate against it. A pack that
/// does not load stops the fuzzer at once: every input would otherwise look like a finding.
public let shippedRules: RuleSet = {
  guard let sources = try? RuleSet.shippedSources(environment: [:]), let rules = try? RuleSet.load(layers: [sources]) else {
    fatalError("the shipped rules do not load")
  }
  return rules
}()

/// Hands the command line to libFuzzer's driver, which calls `test` with each input. Each target's
/// `<Target>_main` (SwiftPM's name for an executable's entry point) is this one call.
public func runFuzzer(
  _ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?,
  _ test: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt {
  var argc = argc
  var argv = argv
  return LLVMFuzzerRunDriver(&argc, &argv, test)
}
