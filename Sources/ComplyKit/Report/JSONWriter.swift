/// A small JSON writer with a fixed key order (the contract's), two-space indentation and no
/// escaping of non-ASCII text, so reports are readable and byte-identical run to run.
struct JSONWriter {
  enum Value {
    case string(String)
    case int(Int)
    case bool(Bool)
    case null
    case array([Value])
    /// Keys in the order given.
    case object([(String, Value)])
    /// The place of the `n`th of a run of values written later, at the indentation where it goes (the
    /// findings of a report written in pieces, each by `ObjectWriter`: `pieces`); nothing where the
    /// document is written whole.
    case deferred(Int)
  }

  /// A document in pieces (`pieces`): bytes, or the place of a value written later.
  enum Piece {
    case bytes([UInt8])
    case deferred(Int)
  }

  static func render(_ value: Value) -> String {
    String(decoding: renderBytes(value), as: UTF8.self)
  }

  /// The document's UTF-8 bytes, as `render` would give them.
  static func renderBytes(_ value: Value) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(4096)
    write(value, indent: 0, into: &out)
    out.append(UInt8(ascii: "\n"))
    return out
  }

  /// The same bytes in pieces, in order, each `.deferred` value a place of its own for what is written
  /// there later (see `ReportPieces`).
  static func pieces(_ value: Value) -> [Piece] {
    var pieces: [Piece]? = []
    var out: [UInt8] = []
    write(value, indent: 0, into: &out, chunks: &pieces)
    out.append(UInt8(ascii: "\n"))
    pieces?.append(.bytes(out))
    return pieces ?? [.bytes(out)]
  }

  fileprivate static func newline(_ indent: Int, into out: inout [UInt8]) {
    out.append(UInt8(ascii: "\n"))
    out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: indent * 2))
  }

  static func write(_ value: Value, indent: Int, into out: inout [UInt8]) {
    var whole: [Piece]? = nil
    write(value, indent: indent, into: &out, chunks: &whole)
  }

  /// `chunks`, when not nil: where what `out` holds goes, before each `.deferred` value, which follows
  /// it there (`pieces`).
  private static func write(_ value: Value, indent: Int, into out: inout [UInt8], chunks: inout [Piece]?) {
    switch value {
    case .string(let s): quote(s, into: &out)
    case .int(let i): writeInt(i, into: &out)
    case .bool(let b): out.append(contentsOf: (b ? "true" : "false").utf8)
    case .null: out.append(contentsOf: "null".utf8)
    case .deferred(let n):
      guard chunks != nil else { return }
      chunks?.append(.bytes(out))
      chunks?.append(.deferred(n))
      out = []
    case .array(let items):
      if items.isEmpty { return out.append(contentsOf: "[]".utf8) }
      out.append(UInt8(ascii: "["))
      for (i, item) in items.enumerated() {
        if i > 0 { out.append(UInt8(ascii: ",")) }
        newline(indent + 1, into: &out)
        write(item, indent: indent + 1, into: &out, chunks: &chunks)
      }
      newline(indent, into: &out)
      out.append(UInt8(ascii: "]"))
    case .object(let entries):
      if entries.isEmpty { return out.append(contentsOf: "{}".utf8) }
      out.append(UInt8(ascii: "{"))
      for (i, (key, item)) in entries.enumerated() {
        if i > 0 { out.append(UInt8(ascii: ",")) }
        newline(indent + 1, into: &out)
        quote(key, into: &out)
        out.append(contentsOf: ": ".utf8)
        write(item, indent: indent + 1, into: &out, chunks: &chunks)
      }
      newline(indent, into: &out)
      out.append(UInt8(ascii: "}"))
    }
  }

  /// Decimal digits without going through a String.
  static func writeInt(_ i: Int, into out: inout [UInt8]) {
    if i < 0 { out.append(UInt8(ascii: "-")) }
    // Lowest digit first, then turned around in place.
    let start = out.count
    var rest = i.magnitude
    repeat {
      out.append(UInt8(ascii: "0") + UInt8(rest % 10))
      rest /= 10
    } while rest > 0
    out[start...].reverse()
  }

  /// Writes one object's entries straight into bytes, laid out as `write` lays out `.object`: for
  /// the many small objects of a report (a finding each), without building a `Value` per entry.
  struct ObjectWriter {
    private(set) var out: [UInt8] = []
    private let indent: Int
    private var entries = 0

    init(indent: Int, capacity: Int = 512) {
      self.indent = indent
      out.reserveCapacity(capacity)
      out.append(UInt8(ascii: "{"))
    }

    private mutating func key(_ key: String) {
      if entries > 0 { out.append(UInt8(ascii: ",")) }
      entries += 1
      JSONWriter.newline(indent + 1, into: &out)
      JSONWriter.quote(key, into: &out)
      out.append(contentsOf: ": ".utf8)
    }

    mutating func string(_ key: String, _ value: String) {
      self.key(key)
      JSONWriter.quote(value, into: &out)
    }

    mutating func optional(_ key: String, _ value: String?) {
      guard let value else {
        self.key(key)
        return out.append(contentsOf: "null".utf8)
      }
      string(key, value)
    }

    mutating func int(_ key: String, _ value: Int) {
      self.key(key)
      JSONWriter.writeInt(value, into: &out)
    }

    /// The object's bytes, closed.
    consuming func finish() -> [UInt8] {
      if entries == 0 { return Array("{}".utf8) }
      JSONWriter.newline(indent, into: &out)
      out.append(UInt8(ascii: "}"))
      return out
    }
  }

  static func quote(_ s: String) -> String {
    var out: [UInt8] = []
    quote(s, into: &out)
    return String(decoding: out, as: UTF8.self)
  }

  /// Escapes what JSON requires (quote, backslash, control characters) and copies every other byte,
  /// so non-ASCII text stays readable. Runs of bytes that need no escape are copied whole.
  static func quote(_ s: String, into out: inout [UInt8]) {
    out.append(UInt8(ascii: "\""))
    let copied: Void? = s.utf8.withContiguousStorageIfAvailable { appendEscaped($0, into: &out) }
    if copied == nil { Array(s.utf8).withUnsafeBufferPointer { appendEscaped($0, into: &out) } }
    out.append(UInt8(ascii: "\""))
  }

  private static func appendEscaped(_ bytes: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) {
    let count = bytes.count
    guard let base = bytes.baseAddress else { return }
    var run = 0
    var i = 0
    while i < count {
      // Eight bytes at a time while none needs an escape (the common case: whole texts).
      if i + 8 <= count, !Self.needsEscape(UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)) {
        i += 8
        continue
      }
      let byte = base[i]
      guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else {
        i += 1
        continue
      }
      out.append(contentsOf: UnsafeBufferPointer(start: base + run, count: i - run))
      run = i + 1
      i += 1
      switch byte {
      case UInt8(ascii: "\""): out.append(contentsOf: "\\\"".utf8)
      case UInt8(ascii: "\\"): out.append(contentsOf: "\\\\".utf8)
      case UInt8(ascii: "\n"): out.append(contentsOf: "\\n".utf8)
      case UInt8(ascii: "\r"): out.append(contentsOf: "\\r".utf8)
      case UInt8(ascii: "\t"): out.append(contentsOf: "\\t".utf8)
      default:
        let hex = String(byte, radix: 16)
        out.append(contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8)
      }
    }
    out.append(contentsOf: UnsafeBufferPointer(start: base + run, count: count - run))
  }

  /// Whether any of the eight bytes in `word` is below 0x20, a quote or a backslash (the bit tricks of
  /// "determine if a word has a byte less than n" / "has a byte equal to n"; exact, with no false
  /// positives for bytes of 0x80 and above).
  @inline(__always)
  private static func needsEscape(_ word: UInt64) -> Bool {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let high: UInt64 = 0x8080_8080_8080_8080
    let low7 = word & ~high
    // A byte < 0x20: its low seven bits plus 0x60 do not reach 0x80, and its high bit is clear.
    let control = ~(low7 &+ ones &* 0x60) & ~word & high
    // A byte equal to c: its low seven bits xor c are zero (and its high bit is clear).
    func equal(_ c: UInt64) -> UInt64 { ~((low7 ^ (ones &* c)) &+ ~high) & ~word & high }
    return (control | equal(0x22) | equal(0x5C)) != 0
  }
}

extension JSONWriter.Value {
  static func optional(_ s: String?) -> Self { s.map { .string($0) } ?? .null }
}
