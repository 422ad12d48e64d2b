/// A report's bytes in pieces, in order, to be written out one after another
/// (`OutputFile.write(chunks:to:)`). The JSON report's findings are written as the pieces are read, a
/// batch at a time on the audit's cores, each batch let go once it is written: a large audit's report
/// is never in memory whole (at a million meetings its findings are 165 MB of text).
public struct ReportPieces: Sequence, Sendable {
  /// The bytes, and the places of the values written later (numbered 0, 1, … in order).
  private let layout: [JSONWriter.Piece]
  /// Writes values `range` (each one piece), in order.
  private let write: @Sendable (Range<Int>) -> [[UInt8]]
  /// How many values are written at a time.
  let batch: Int

  /// The whole text as one piece.
  public init(_ bytes: [UInt8]) {
    layout = [.bytes(bytes)]
    write = { _ in [] }
    batch = 1
  }

  /// `layout`'s deferred places filled by `write`, `batch` values at a time.
  init(layout: [JSONWriter.Piece], batch: Int, write: @escaping @Sendable (Range<Int>) -> [[UInt8]]) {
    self.layout = layout
    self.write = write
    self.batch = Swift.max(1, batch)
  }

  public func makeIterator() -> Iterator {
    Iterator(pieces: self)
  }

  public struct Iterator: IteratorProtocol {
    private let pieces: ReportPieces
    private var place = 0
    /// The values written last, the first of them value `first`.
    private var written: [[UInt8]] = []
    private var first = 0
    /// How many values the layout defers (the last one's number and one).
    private let count: Int

    fileprivate init(pieces: ReportPieces) {
      self.pieces = pieces
      var count = 0
      for case .deferred(let n) in pieces.layout { count = Swift.max(count, n + 1) }
      self.count = count
    }

    public mutating func next() -> [UInt8]? {
      guard place < pieces.layout.count else { return nil }
      defer { place += 1 }
      switch pieces.layout[place] {
      case .bytes(let bytes):
        return bytes
      case .deferred(let n):
        if n < first || n >= first + written.count {
          // Let the batch before go first: the next one is made in the memory it held.
          written = []
          first = n
          written = pieces.write(n..<Swift.min(n + pieces.batch, count))
        }
        guard n - first < written.count else { return [] }
        // Taken out, so that the batch holds each value only until it is handed on.
        var value: [UInt8] = []
        swap(&value, &written[n - first])
        return value
      }
    }
  }
}
