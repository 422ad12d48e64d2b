import ComplyKit
import FuzzSupport

/// The rule language's regular expressions: the first line is the pattern, the rest the text. A
/// pattern that compiles is matched; on short ASCII input the answer must be Swift Regex's.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  let newline = bytes.firstIndex(of: 0x0A) ?? bytes.count
  let source = String(decoding: bytes[..<newline], as: UTF8.self)
  let text = String(decoding: bytes[min(bytes.count, newline + 1)...], as: UTF8.self)
  guard let regex = try? RegexBox(pattern: source) else { return 0 }
  let found = regex.matches(text)
  // Compare where both engines mean the same and Swift's backtracking stays cheap: ASCII (one scalar
  // per character), no CR (CR LF is one character), no \b \B (Swift's follow UAX #29) or \Z (Swift's
  // also matches before a final newline), few repetitions, short text.
  // Alternatives count too: `(a||||b){5}` alone takes Swift Regex longer than the fuzzer's timeout,
  // and so does a large count over empty alternatives, `(?:||){41}x`: counts above 4 are not compared.
  let repetitions = source.utf8.count {
    $0 == UInt8(ascii: "*") || $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: "{") || $0 == UInt8(ascii: "|")
  }
  let largestCount = source.split(separator: "{").dropFirst().compactMap { part in
    Int(part.prefix { $0.isASCII && $0.isNumber }.prefix(6))
  }.max() ?? 0
  let unlike = ["\\b", "\\B", "\\Z"].contains { source.contains($0) }
  guard !unlike, source.utf8.allSatisfy({ $0 < 0x80 }), text.utf8.allSatisfy({ $0 < 0x80 && $0 != 0x0D }),
    repetitions <= 3, largestCount <= 4, text.utf8.count <= 48, let swift = try? Regex(source)
  else { return 0 }
  let expected = (try? swift.firstMatch(in: text)) != nil
  if found != expected {
    fatalError("pattern \(source.debugDescription) on \(text.debugDescription): \(found), Swift Regex \(expected)")
  }
  return 0
}

@_cdecl("FuzzRegex_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
  runFuzzer(argc, argv, fuzz)
}
