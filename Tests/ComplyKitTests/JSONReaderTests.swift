import Testing

@testable import ComplyKit

@Suite struct JSONReaderTests {
  /// Parses `text` as JSON.
  private func json(_ text: String, limits: ParseLimits = .default) -> ParsedText {
    JSONReader.parse(Array(text.utf8), limits: limits)
  }

  private func mark(_ line: Int, _ column: Int) -> Mark { Mark(line: line, column: column) }

  @Test func marksCountCodePointsAfterChineseText() throws {
    let parsed = json("{\"名字\": \"张三\", \"年龄\": 30}")
    #expect(parsed.errors.isEmpty)
    let root = try #require(parsed.documents.first?.mapping)
    #expect(root.mark == mark(1, 1))
    #expect(root.entries.map(\.key.mark) == [mark(1, 2), mark(1, 14)])
    #expect(root.entries.map(\.value.mark) == [mark(1, 8), mark(1, 20)])
    #expect(root["年龄"]?.scalar?.intValue == 30)
  }

  @Test func nestedMarksOverLines() throws {
    let text = """
      {
        "items": [
          {"name": "é", "qty": 2},
          {"name": "b"}
        ],
        "empty": {}
      }
      """
    let parsed = json(text)
    #expect(parsed.errors.isEmpty)
    let root = try #require(parsed.documents.first)
    let items = try #require(root["items"]?.sequence)
    #expect(items.mark == mark(2, 12))
    #expect(items.items[0].mark == mark(3, 5))
    #expect(items.items[0]["qty"]?.mark == mark(3, 26))
    #expect(items.items[1]["name"]?.mark == mark(4, 14))
    #expect(root["empty"]?.mapping?.entries.isEmpty == true)
  }

  @Test func scalarsKeepTheirSourceText() throws {
    let parsed = json("[\"s\", 0, -2.5e3, 1E+2, true, false, null, \"no\"]")
    #expect(parsed.errors.isEmpty)
    #expect(parsed.documents.count == 1)
    let nodes = try #require(parsed.documents.first?.sequence?.items)
    let items = nodes.compactMap(\.scalar)
    #expect(items.map(\.text) == ["s", "0", "-2.5e3", "1E+2", "true", "false", "null", "no"])
    #expect(items.map(\.style) == [.doubleQuoted] + Array(repeating: .plain, count: 6) + [.doubleQuoted])
    #expect(items[4].boolValue == true)
    #expect(items[6].isNull)
    #expect(items[7].boolValue == nil)
  }

  @Test func topLevelScalarIsOneDocument() {
    let parsed = json(" 42 \n")
    #expect(parsed.documents.first?.scalar?.text == "42")
    #expect(parsed.documents.first?.mark == mark(1, 2))
  }

  @Test func escapes() throws {
    let parsed = json(#"["a\"b\\c\/d\b\f\n\r\t", "\u00e9\u4E2D\ud83d\ude00\u0000"]"#)
    #expect(parsed.errors.isEmpty)
    let items = try #require(parsed.documents.first?.sequence?.items)
    #expect(items[0].scalar?.text == "a\"b\\c/d\u{8}\u{C}\n\r\t")
    #expect(items[1].scalar?.text == "é中😀\u{0}")
  }

  @Test func duplicateKeyKeepsFirstValue() throws {
    let parsed = json("{\"a\": 1,\n \"b\": {\"a\": [1]},\n \"a\": 2}")
    #expect(parsed.errors == [YAMLError(message: "duplicate key 'a' (first at 1:2)", mark: mark(3, 2))])
    let root = try #require(parsed.documents.first?.mapping)
    #expect(root.entries.map(\.key.text) == ["a", "b"])
    #expect(root["a"]?.scalar?.text == "1")
  }

  @Test(arguments: [
    ("", "1:1: expected a JSON value"),
    ("[1, 2,]", "1:7: unexpected character ']'"),
    ("{\"a\" 1}", "1:6: unexpected character '1' (expected ':')"),
    ("{\"a\": 1,}", "1:9: unexpected character '}' (expected a string key)"),
    ("{\"a\": 01}", "1:7: a number must not have leading zeros"),
    ("[1.]", "1:4: unexpected character ']' (expected a digit after the decimal point)"),
    ("[1e]", "1:4: unexpected character ']' (expected a digit in the exponent)"),
    ("[-]", "1:3: unexpected character ']'"),
    ("[tru]", "1:2: unexpected character 't'"),
    ("[1 2]", "1:4: unexpected character '2' (expected ',' or ']')"),
    ("{} x", "1:4: unexpected character 'x' after the JSON value"),
    ("[\"abc", "1:2: unterminated string"),
    ("[\"a\nb\"]", "1:4: control character U+000A must be escaped in a string"),
    ("[\"\\x\"]", "1:3: invalid escape in string"),
    ("[\"\\u12G4\"]", "1:3: invalid \\u escape (expected 4 hex digits)"),
    ("[\"é\\ud800\"]", "1:4: unpaired high surrogate in \\u escape"),
    ("[\"\\ud800\\u0041\"]", "1:3: unpaired high surrogate in \\u escape"),
    ("[\"\\udc00\"]", "1:3: unpaired low surrogate in \\u escape"),
    ("[\n  1,\n  ", "3:3: unexpected end of input"),
    ("[\"é\", é]", "1:7: unexpected character U+00E9"),
  ])
  func syntaxErrors(text: String, expected: String) {
    let parsed = json(text)
    #expect(parsed.documents.isEmpty)
    #expect(parsed.errors.map(\.description) == [expected])
  }

  @Test func deepNestingIsAnError() {
    let deep = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
    let parsed = json(deep)
    #expect(parsed.documents.isEmpty)
    #expect(parsed.errors == [YAMLError(message: "nesting is deeper than 512 levels", mark: mark(1, 513))])
    #expect(json("[[[1]]]", limits: ParseLimits(maxDepth: 3)).errors.isEmpty)
    #expect(json("[[[1]]]", limits: ParseLimits(maxDepth: 2)).errors.map(\.mark) == [mark(1, 3)])
  }

  @Test func byteOrderMarkAndCRLF() throws {
    let parsed = json("\u{FEFF}{\r\n  \"x\": \"中文\",\r\n  \"y\": 1\r\n}\r\n")
    #expect(parsed.errors.isEmpty)
    let root = try #require(parsed.documents.first?.mapping)
    #expect(root.mark == mark(1, 1))
    #expect(root["x"]?.mark == mark(2, 8))
    #expect(root["y"]?.mark == mark(3, 8))
  }

  @Test func invalidUTF8IsLocated() {
    let inString = JSONReader.parse(Array("{\"a\": \"中caf".utf8) + [0xE9] + Array("\"}".utf8))
    #expect(inString.documents.isEmpty)
    #expect(inString.errors == [YAMLError(message: "invalid UTF-8 byte 0xE9", mark: mark(1, 12))])
    let outside = JSONReader.parse([0x5B, 0x0A, 0xFF, 0x5D])
    #expect(outside.errors.map(\.description) == ["2:1: invalid UTF-8 byte 0xFF"])
    let overlong = JSONReader.parse(Array("[\"".utf8) + [0xC0, 0xAF] + Array("\"]".utf8))
    #expect(overlong.errors.map(\.mark) == [mark(1, 3)])
  }

  @Test func longSingleLineColumns() throws {
    let items = (0..<2000).map { "\"é\($0)\"" }.joined(separator: ",")
    let parsed = json("[" + items + "]")
    let last = try #require(parsed.documents.first?.sequence?.items.last)
    let expected = 1 + (0..<1999).reduce(0) { $0 + "\"é\($1)\",".count } + 1
    #expect(last.mark == mark(1, expected))
  }

  @Test func rawBufferOverload() {
    let parsed = Array("{\"a\": [1]}".utf8).withUnsafeBytes { JSONReader.parse($0) }
    #expect(parsed.documents.first?["a"]?.sequence?.items.count == 1)
  }

  /// JSON and YAML files read in turn by the loader's workers, which keep their tree builder's stacks
  /// from one file to the next (`ReadWorkspace`), each give the records and errors they give read alone
  /// — a file cut short included, whose open collections the next file must not see.
  @Test(arguments: [1, 2])
  func jsonAndYAMLFilesReadInTurnGiveWhatEachGivesAlone(jobs: Int) {
    let texts: [(String, String)] = (0..<40).flatMap { n in
      [
        ("\(n)a.json", #"{"kind": "meeting", "id": "j\#(n)", "agenda": [{"title": "学习", "votes": {"for": 3}}]}"#),
        ("\(n)b.json", #"{"kind": "meeting", "id": "cut\#(n)", "agenda": [{"title": "学"#),
        ("\(n)c.yaml", "kind: meeting\nid: y\(n)\nagenda:\n  - title: 通报\n    votes: {for: 4}\n"),
        ("\(n)d.json", #"[{"kind": "person", "id": "p\#(n)"}, {"kind": "person", "id": "q\#(n)", "name": "王"}]"#),
      ]
    }
    let inputs = texts.map { name, text in (SourceFile(relativePath: name, displayPath: name), Optional(Array(text.utf8))) }
    let loaded = RecordLoader(jobs: jobs).parse(inputs)
    var alone: [String] = []
    var aloneErrors = 0
    for (i, input) in inputs.enumerated() {
      let parsed = RecordLoader.parseOne(input.0, input.1, index: i, limits: .default)
      alone += parsed.documents.map { "\(i) " + Self.describe($0) }
      aloneErrors += parsed.errors.count
    }
    #expect(loaded.documents.map { "\($0.file) " + Self.describe($0.node) } == alone)
    #expect(loaded.issues.count == aloneErrors)
    #expect(aloneErrors == 40)
  }

  /// A tree with the mark of every node, for comparing two readings of one text.
  static func describe(_ node: Node) -> String {
    switch node {
    case .scalar(let s): "\(s.mark)=\(s.text)"
    case .sequence(let s): "\(s.mark)[" + s.items.map(describe).joined(separator: ",") + "]"
    case .mapping(let m): "\(m.mark){" + m.entries.map { "\($0.key.mark)=\($0.key.text):" + describe($0.value) }.joined(separator: ",") + "}"
    }
  }
}
