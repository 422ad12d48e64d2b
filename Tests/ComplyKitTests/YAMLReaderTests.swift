import Testing

@testable import ComplyKit

@Suite struct YAMLReaderTests {
  /// Parses `text` as YAML.
  private func yaml(_ text: String, limits: ParseLimits = .default) -> ParsedText {
    YAMLReader.parse(Array(text.utf8), limits: limits)
  }

  private func mark(_ line: Int, _ column: Int) -> Mark { Mark(line: line, column: column) }

  // MARK: Marks and structure

  @Test func marksCountCodePointsAfterChineseText() throws {
    let parsed = yaml("名字: 张三\n地址:\n  城市: 北京 # 注释\n  街道: \"中山路 1 号\"\n")
    #expect(parsed.errors.isEmpty)
    let root = try #require(parsed.documents.first?.mapping)
    #expect(root.mark == mark(1, 1))
    #expect(root.entries.map(\.key.text) == ["名字", "地址"])
    #expect(root.entries[0].value.mark == mark(1, 5))
    let address = try #require(root["地址"]?.mapping)
    #expect(address.mark == mark(3, 3))  // a block mapping starts at its first key
    #expect(address.entries[0].key.mark == mark(3, 3))
    #expect(address.entries[0].value.scalar?.text == "北京")
    #expect(address.entries[0].value.mark == mark(3, 7))
    #expect(address.entries[1].value.mark == mark(4, 7))
    #expect(address.entries[1].value.scalar?.text == "中山路 1 号")
  }

  /// Key lookup takes shortcuts (lengths first); keys and needles made in different ways (interpolated,
  /// with spare capacity, long, non-ASCII, at the 15/16-byte edge of inline strings) are found all the same.
  @Test func keysAreFoundHoweverTheirTextIsMade() throws {
    var spare = ""
    spare.reserveCapacity(64)
    spare += "date"
    let part = "or"
    let keys = ["id", "\(part)g", spare, "abcdefghijklmno", "abcdefghijklmnop", "类别", "agenda_items_list_long"]
    let map = MappingNode(
      entries: keys.enumerated().map { i, key in
        MappingNode.Entry(key: ScalarNode(text: key, mark: .start), value: .scalar(ScalarNode(text: "\(i)", mark: .start)))
      }, mark: .start)
    var spareNeedle = ""
    spareNeedle.reserveCapacity(32)
    spareNeedle += "id"
    let needles = [
      "id", "org", "date", String("xabcdefghijklmno".dropFirst()), "abcdefghijklmnop", "类别", "agenda_items_list_long",
    ]
    for (i, needle) in needles.enumerated() { #expect(map[needle]?.scalar?.text == "\(i)", "\(needle)") }
    #expect(map[spareNeedle]?.scalar?.text == "0")
    for missing in ["", "i", "dat", "abcdefghijklmn", "abcdefghijklmnopq", "类", "org "] { #expect(map[missing] == nil) }
  }

  @Test func nestedSequenceOfMappings() throws {
    let parsed = yaml("items:\n  - name: a\n    qty: 2\n  - name: b\nempty:\n")
    #expect(parsed.errors.isEmpty)
    let items = try #require(parsed.documents.first?["items"]?.sequence)
    #expect(items.mark == mark(2, 3))
    #expect(items.items.count == 2)
    #expect(items.items[0].mark == mark(2, 5))
    #expect(items.items[0]["qty"]?.scalar?.text == "2")
    #expect(items.items[0]["qty"]?.mark == mark(3, 10))
    #expect(items.items[1]["name"]?.mark == mark(4, 11))
    let empty = try #require(parsed.documents.first?["empty"]?.scalar)
    #expect(empty.text == "" && empty.isNull)
  }

  @Test func flowStyles() throws {
    let parsed = yaml("a: {b: 1, c: [x, 'y', \"z\"]}\n")
    #expect(parsed.errors.isEmpty)
    let a = try #require(parsed.documents.first?["a"]?.mapping)
    #expect(a.mark == mark(1, 4))
    let c = try #require(a["c"]?.sequence)
    #expect(c.mark == mark(1, 14))
    #expect(c.items.map { $0.scalar?.text } == ["x", "y", "z"])
    #expect(c.items.map { $0.scalar?.style } == [.plain, .singleQuoted, .doubleQuoted])
    #expect(c.items.map(\.mark) == [mark(1, 15), mark(1, 18), mark(1, 23)])
  }

  @Test func multipleDocuments() {
    let parsed = yaml("a: 1\n---\nb: 2\n...\n---\n- x\n")
    #expect(parsed.errors.isEmpty)
    #expect(parsed.documents.count == 3)
    #expect(parsed.documents[1]["b"]?.mark == mark(3, 4))
    #expect(parsed.documents[2].sequence?.items.first?.scalar?.text == "x")
  }

  @Test func explicitEmptyDocumentIsNull() {
    let parsed = yaml("---\n")
    #expect(parsed.documents.count == 1)
    #expect(parsed.documents.first?.scalar?.isNull == true)
  }

  @Test func scalarStylesAndTags() throws {
    let text = "p: plain\ns: 'single'\nd: \"double\"\nl: |\n  one\n  two\nf: >\n  one\n  two\nt: !!str 12\nc: !custom x\n"
    let parsed = yaml(text)
    #expect(parsed.errors.isEmpty)
    let root = try #require(parsed.documents.first)
    let styles = ["p", "s", "d", "l", "f"].map { root[$0]?.scalar?.style }
    #expect(styles == [.plain, .singleQuoted, .doubleQuoted, .literal, .folded])
    #expect(root["l"]?.scalar?.text == "one\ntwo\n")
    #expect(root["f"]?.scalar?.text == "one two\n")
    #expect(root["p"]?.scalar?.tag == nil)
    let tagged = try #require(root["t"]?.scalar)
    #expect(tagged.tag == "tag:yaml.org,2002:str")
    #expect(tagged.text == "12" && !tagged.isPlain && tagged.intValue == nil)
    #expect(root["c"]?.scalar?.tag == "!custom")
  }

  @Test func yesAndNoStayPlainText() throws {
    let root = try #require(yaml("a: no\nb: yes\nc: 'no'\nd: true\n").documents.first)
    let a = try #require(root["a"]?.scalar)
    #expect(a.text == "no" && a.style == .plain && a.boolValue == nil)
    #expect(root["b"]?.scalar?.text == "yes")
    #expect(root["c"]?.scalar?.style == .singleQuoted)
    #expect(root["d"]?.scalar?.boolValue == true)
  }

  // MARK: Syntax errors

  @Test func unclosedQuote() {
    let parsed = yaml("a: 1\n---\nb: 'abc\nc: 1\n")
    #expect(parsed.documents.count == 1)  // the complete document before the error is kept
    #expect(parsed.errors.count == 1)
    #expect(parsed.errors.first?.mark == mark(5, 1))
    #expect(parsed.errors.first?.message.contains("while scanning a quoted scalar at 3:4") == true)
  }

  @Test func badIndentation() {
    let parsed = yaml("a:\n  b: 1\n c: 2\n")
    #expect(parsed.documents.isEmpty)
    #expect(parsed.errors.map(\.mark) == [mark(3, 2)])
    #expect(parsed.errors.first?.message.hasPrefix("did not find expected key") == true)
  }

  @Test func tabIndentation() {
    let parsed = yaml("a:\n\tb: 1\n")
    #expect(parsed.documents.isEmpty)
    #expect(parsed.errors.map(\.mark) == [mark(2, 1)])
    #expect(parsed.errors.first?.description.hasPrefix("2:1: found character that cannot start any token") == true)
  }

  // MARK: Semantic errors

  @Test func duplicateKeyKeepsFirstValue() throws {
    let parsed = yaml("a: 1\nb:\n  x: 1\n  x: 2\na: 3\n")
    #expect(parsed.documents.count == 1)
    #expect(parsed.errors.map(\.message) == ["duplicate key 'x' (first at 3:3)", "duplicate key 'a' (first at 1:1)"])
    #expect(parsed.errors.map(\.mark) == [mark(4, 3), mark(5, 1)])
    let root = try #require(parsed.documents.first?.mapping)
    #expect(root.entries.count == 2)
    #expect(root["a"]?.scalar?.text == "1")
    #expect(root["b"]?["x"]?.scalar?.text == "1")
  }

  /// Keys of one length and first byte (the builder's quick test cannot tell them apart) are compared
  /// in full: only the real duplicate is reported.
  @Test func keysAlikeInLengthAndFirstByteAreToldApart() throws {
    let parsed = yaml("ab: 1\nac: 2\nad: 3\nac: 4\n学习: 5\n学年: 6\n学年: 7\n")
    #expect(parsed.errors.map(\.message) == ["duplicate key 'ac' (first at 2:1)", "duplicate key '学年' (first at 6:1)"])
    let root = try #require(parsed.documents.first?.mapping)
    #expect(root.entries.map(\.key.text) == ["ab", "ac", "ad", "学习", "学年"])
  }

  @Test func duplicateKeysInLargeMapping() {
    let lines = (0..<40).map { "k\($0): \($0)\n" }.joined() + "k7: again\n"
    let parsed = yaml(lines)
    #expect(parsed.errors.map(\.message) == ["duplicate key 'k7' (first at 8:1)"])
    #expect(parsed.errors.first?.mark == mark(41, 1))
    #expect(parsed.documents.first?["k7"]?.scalar?.text == "7")
  }

  @Test func nonScalarKey() throws {
    let parsed = yaml("? [1, 2]\n: x\nok: y\n")
    #expect(parsed.errors.map(\.mark) == [mark(1, 3)])
    #expect(parsed.errors.first?.message == "a mapping key must be a scalar, not a sequence")
    let root = try #require(parsed.documents.first?.mapping)
    #expect(root.entries.map(\.key.text) == ["ok"])
  }

  // MARK: Anchors and aliases

  @Test func aliasesShareTheAnchoredNode() throws {
    let parsed = yaml("base: &b {x: 1, y: [1, 2]}\ncopy: *b\nname: &n hello\nagain: *n\n")
    #expect(parsed.errors.isEmpty)
    let root = try #require(parsed.documents.first)
    #expect(root["copy"]?["y"]?.sequence?.items.count == 2)
    // The shared node keeps the anchored node's mark, which libyaml puts at its properties (`&b`).
    #expect(root["copy"]?.mark == mark(1, 7))
    #expect(root["again"]?.scalar?.text == "hello")
  }

  @Test func aliasCountsAgainstTheExpansionLimit() {
    // root 1 + key 1 + anchored mapping 7 + key 1 = 10 nodes, and the alias adds the mapping's 7.
    let text = "base: &b {x: 1, y: [1, 2]}\ncopy: *b\n"
    #expect(yaml(text, limits: ParseLimits(maxExpandedNodes: 17)).errors.isEmpty)
    let over = yaml(text, limits: ParseLimits(maxExpandedNodes: 16))
    #expect(over.errors.map(\.mark) == [mark(2, 7)])
    #expect(over.errors.first?.message == "alias 'b' expands the document past 16 nodes")
    #expect(over.documents.first?["copy"]?.scalar?.isNull == true)
  }

  @Test func aliasAsKey() throws {
    let parsed = yaml("defs: [&k name]\n*k : 1\n")
    #expect(parsed.errors.isEmpty)
    #expect(parsed.documents.first?["name"]?.scalar?.text == "1")
  }

  @Test func unknownAlias() {
    let parsed = yaml("a: &x 1\n---\nb: *x\n")
    #expect(parsed.documents.count == 2)
    #expect(parsed.errors.map(\.mark) == [mark(3, 4)])
    #expect(parsed.errors.first?.message == "unknown alias 'x'")
    #expect(parsed.documents[1]["b"]?.scalar?.isNull == true)
  }

  @Test func billionLaughsStopsFast() {
    var text = "a: &a [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]\n"
    let names = ["a", "b", "c", "d", "e", "f", "g", "h", "i"]
    for (previous, name) in zip(names, names.dropFirst()) {
      text += "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ", ") + "]\n"
    }
    let clock = ContinuousClock()
    let start = clock.now
    let parsed = yaml(text)
    #expect(clock.now - start < .seconds(1))
    #expect(parsed.errors.count == 1)
    #expect(parsed.errors.first?.message.contains("expands the document past 1000000 nodes") == true)
    #expect(parsed.errors.first?.mark.line == 7)
  }

  // MARK: Depth

  @Test func deepFlowNestingIsAnError() {
    let deep = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
    let parsed = yaml("ok: 1\n---\n" + deep + "\n---\nlater: 1\n")
    #expect(parsed.errors.map(\.mark) == [mark(3, 513)])
    #expect(parsed.errors.first?.message == "nesting is deeper than 512 levels")
    // The deep document is dropped and reading stops there; the documents before it are kept.
    #expect(parsed.documents.count == 1)
    #expect(parsed.documents.first?["ok"]?.scalar?.text == "1")
  }

  @Test func deepBlockNestingIsAnError() {
    let parsed = yaml(String(repeating: "- ", count: 10_000) + "x\n")
    #expect(parsed.documents.isEmpty)
    #expect(parsed.errors.map(\.mark) == [mark(1, 1025)])
  }

  @Test func aliasDepthCounts() {
    let text = "a: &a [[[x]]]\nb: [*a]\n"
    #expect(yaml(text, limits: ParseLimits(maxDepth: 5)).errors.isEmpty)
    let parsed = yaml(text, limits: ParseLimits(maxDepth: 4))
    #expect(parsed.documents.isEmpty)
    #expect(parsed.errors.map(\.mark) == [mark(2, 5)])
  }

  // MARK: Encoding and odd input

  @Test func byteOrderMarkIsSkipped() {
    let parsed = yaml("\u{FEFF}a: 1\n")
    #expect(parsed.errors.isEmpty)
    #expect(parsed.documents.first?["a"]?.mark == mark(1, 4))
  }

  @Test func crlfLineEnds() throws {
    let parsed = yaml("a: 1\r\nb: |\r\n  x\r\n  y\r\nc: 中\r\n")
    #expect(parsed.errors.isEmpty)
    let root = try #require(parsed.documents.first)
    #expect(root["b"]?.scalar?.text == "x\ny\n")
    #expect(root["c"]?.mark == mark(5, 4))
  }

  @Test(arguments: ["", "\n\n", "# only a comment\n# another\n", "\u{FEFF}"])
  func emptyInputHasNoDocuments(text: String) {
    let parsed = yaml(text)
    #expect(parsed.documents.isEmpty)
    #expect(parsed.errors.isEmpty)
  }

  @Test func invalidUTF8IsLocated() {
    let bytes = Array("a: 1\n---\nb: 中caf".utf8) + [0xE9] + Array("\nc: 2\n".utf8)
    let parsed = YAMLReader.parse(bytes)
    #expect(parsed.documents.count == 1)
    #expect(parsed.errors == [YAMLError(message: "invalid UTF-8 byte 0xE9", mark: mark(3, 8))])
  }

  @Test func invalidUTF8InsideAQuoteReportsOnlyTheEncoding() {
    let bytes = Array("a: 'x".utf8) + [0xFF] + Array("'\n".utf8)
    let parsed = YAMLReader.parse(bytes)
    #expect(parsed.documents.isEmpty)
    #expect(parsed.errors.map(\.description) == ["1:6: invalid UTF-8 byte 0xFF"])
  }

  @Test func documentEndedExplicitlyBeforeABadByteIsKept() {
    let bytes = Array("a: 1\n...\n".utf8) + [0xC0, 0x80]
    let parsed = YAMLReader.parse(bytes)
    #expect(parsed.documents.count == 1)
    #expect(parsed.errors.map(\.mark) == [mark(3, 1)])
  }

  @Test func controlCharacterIsLocated() {
    let parsed = yaml("a: 1\nb: x\u{1}\n")
    #expect(parsed.documents.isEmpty)
    #expect(parsed.errors == [YAMLError(message: "control character U+0001 is not allowed", mark: mark(2, 5))])
  }

  @Test func rawBufferOverload() {
    let bytes = Array("a: [1, 2]\n".utf8)
    let parsed = bytes.withUnsafeBytes { YAMLReader.parse($0) }
    #expect(parsed.documents.first?["a"]?.sequence?.items.count == 2)
  }

  /// The reader's cache of scalar texts gives back exactly the text of the bytes asked for, short or
  /// long, met once or again, when slots are taken over by other texts, and when texts differ only in
  /// their last byte or their length.
  @Test func scalarTextCacheGivesTheTextOfTheBytes() {
    let cache = ScalarTextCache()
    var texts: [String] = []
    for i in 0..<3000 {
      let stem = i % 3 == 0 ? "p\(i)" : "学习习近平总书记重要讲话精神（第\(i)讲）"
      texts.append(stem)
      texts.append(stem + "a")
      texts.append(stem + "b")
      texts.append(String(repeating: "x", count: i % 120))
    }
    for _ in 0..<2 {
      for text in texts {
        let made = Array(text.utf8).withUnsafeBufferPointer { cache.text($0) }
        #expect(made == text)
      }
    }
  }
}
