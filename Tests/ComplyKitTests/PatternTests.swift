import Foundation
import Testing

@testable import ComplyKit

/// The rule language's regular expressions: the same answers as Swift Regex on the supported subset,
/// catastrophic shapes refused when loaded, and matching linear in the text.
@Suite struct PatternTests {
  static let patterns = [
    "^学", "学习$", "^第[一二三四五六七八九十]+议题", "\\d{4}-\\d{2}-\\d{2}", "^\\d+$", "a|b|c", "(?:ab)+c",
    "colou?r", "x{2,3}", "x{2,}", "x{,2}y", "[^a-z]", "[a\\-z]", "\\bword\\b", "\\Bor", "a.c", "^$", "",
    "(党委|党组|支部)会议", "\\p{Han}{2,}", "[\\p{Han}]+$", "\\P{Han}", "\\w+@\\w+", "\\s", "\\S+", "[.]",
    "\\.", "(a|b)*c", "a*?b", "(?<year>\\d{4})年", "\\u4E00", "\\x41", "[0-9０-９]+", "^(?:[^,]*,){2}",
    "a{0}b", "x{ 2 }", "x{2, 3}", "x{\u{0C},3}", "x{2 3}", "x{,}", "x{ }", "[-x]", "[x-]", "\\$", "a{", "a{x}", "}", "]", "\\Aab", "ab\\z", "(a)(b)?c",
  ]

  static let texts = [
    "", "a", "b", "c", "ab", "abc", "ababc", "学习", "学习会", "我们学习", "第一议题", "第十二议题", "议题第一",
    "2025-03-12", "x2025-3-12", "12345", "１２", "word", "a word here", "sword", "for", "colour", "color",
    "xx", "xxx", "xxxxx", "x{2 3}", "x{,}", "x{ }", "y", "xy", "xxy", "A", "$", ".", "a.c", "a\nc", "abc\n", "党委会议", "支部会议",
    "张三@example", "a,b,c", "a,b", "一", "E", "ab ab", "ac", "abbc", "2025年", "a{", "a{x}", "}", "]", "-",
  ]

  @Test func agreesWithSwiftRegex() throws {
    for source in Self.patterns {
      let pattern = try Pattern(source)
      let regex = try Regex(source)
      // Swift Regex's \d takes any character with a whole-number value (一); here it is a decimal digit.
      for text in Self.texts where !(source.contains("\\d") && text == "一") {
        let expected = (try regex.firstMatch(in: text)) != nil
        #expect(pattern.matches(text) == expected, "'\(source)' on '\(text)'")
      }
    }
  }

  /// Found by FuzzRegex: Swift Regex allows spaces inside a counted repetition; it was read as literal text.
  @Test func spacesInsideACountAreAllowed() throws {
    #expect(try Pattern("\t|x{\u{0C},3}").matches("xx?"))
    #expect(try Pattern("^x{ 2 , 3 }$").matches("xxx"))
    #expect(try Pattern("^x{2 3}$").matches("x{2 3}"))
  }

  @Test func digitIsADecimalDigit() throws {
    #expect(try Pattern("^\\d+$").matches("２０２５"))
    #expect(try !Pattern("\\d").matches("一"))
  }

  @Test(arguments: [
    ("(a+)+$", 0, "nested repetition"), ("x(.*)*", 1, "nested repetition"), ("(a*)*", 0, "nested repetition"),
    ("(\\w+\\s?)+", 0, "nested repetition"), ("(a|a)*", 1, "alternatives"), ("(a|ab)+", 1, "alternatives"),
    ("(\\d|\\w)+", 1, "alternatives"), ("(a)\\1", 3, "backreferences"), ("(?=a)", 0, "lookaround"),
    ("(?<!a)b", 0, "lookaround"), ("(?i)a", 0, "group options"), ("a**", 2, "quantifier cannot follow"),
    ("*a", 0, "nothing to repeat"), ("(ab", 0, "unclosed group"), ("ab)", 2, "unmatched ')'"),
    ("[ab", 0, "unclosed character class"), ("[z-a]", 1, "out of order"), ("a{3,2}", 1, "wrong way round"),
    ("a{1001}", 1, "above 1000"), ("(a{1000}){1000}", 0, "too large"), ("a\\", 1, "lone backslash"),
    ("\\q", 0, "unknown escape"), ("\\p{Greek}", 0, "unsupported property"), ("a*+", 2, "possessive"),
  ])
  func refusesWithOffset(_ source: String, _ offset: Int, _ message: String) {
    do {
      _ = try Pattern(source)
      Issue.record("'\(source)' was accepted")
    } catch {
      #expect(error.offset == offset, "'\(source)': \(error.message)")
      #expect(error.message.contains(message), "'\(source)': \(error.message)")
    }
  }

  @Test func acceptsRepetitionsThatCannotBacktrackBadly() throws {
    for source in ["(\\s*,)*", "(ab?)*", "(a+,)+", "(\\w|-)+", "([a-z]|\\d)+", "(a{2})*", "(?:第[一二三]条)+"] {
      #expect(throws: Never.self, "\(source)") { _ = try Pattern(source) }
    }
  }

  @Test func deepGroupsAreRefusedNotRecursedInto() {
    let source = String(repeating: "(", count: 10_000) + "a" + String(repeating: ")", count: 10_000)
    #expect(throws: Pattern.Failure.self) { _ = try Pattern(source) }
  }

  /// Found by FuzzRegex (a timeout in the Swift Regex it compares with, not here): many empty
  /// alternatives under a count. Matched here in one pass over the text.
  @Test func emptyAlternativesUnderACountStayLinear() throws {
    let source = "(#?9\u{0}:[^,]*" + String(repeating: "|", count: 40) + "0){5}x"
    let pattern = try Pattern(source)
    let text = String(repeating: "#9,", count: 100_000)
    #expect(pattern.matches(text) == false)
    #expect(pattern.matches(text + "x"))
    // FuzzRegex's second such find (again a timeout in Swift Regex, the oracle): a larger count.
    let counted = try Pattern("(?:||){41}x")
    #expect(counted.matches(String(repeating: "\\p{", count: 100_000)) == false)
    #expect(counted.matches("\\p{x"))
  }

  /// Patterns that backtracking engines take exponential time on are linear here (were they let in).
  @Test func matchingIsLinearOnLongText() throws {
    let long = String(repeating: "a", count: 2_000_000) + "!"
    #expect(try Pattern("a*a*a*a*b").matches(long) == false)
    #expect(try Pattern("[0-9]{4}号$").matches(long) == false)
    #expect(try Pattern("!$").matches(long) == true)
    #expect(try Pattern("\\ba+!").matches(long) == true)
  }
}
