/// A position in a source text: 1-based line and 1-based column, counted in Unicode code points.
public struct Mark: Sendable, Hashable, Comparable, CustomStringConvertible {
  // 32 bits each (a text of more than four billion lines is not read), so that a mark on every node
  // of every record costs 8 bytes, not 16.
  private var storedLine: UInt32
  private var storedColumn: UInt32

  public var line: Int {
    get { Int(storedLine) }
    set { storedLine = UInt32(clamping: newValue) }
  }

  public var column: Int {
    get { Int(storedColumn) }
    set { storedColumn = UInt32(clamping: newValue) }
  }

  public init(line: Int, column: Int) {
    storedLine = UInt32(clamping: line)
    storedColumn = UInt32(clamping: column)
  }

  public static let start = Mark(line: 1, column: 1)

  public static func < (lhs: Mark, rhs: Mark) -> Bool {
    lhs.line != rhs.line ? lhs.line < rhs.line : lhs.column < rhs.column
  }

  public var description: String { "\(line):\(column)" }
}

/// A position in a named file, as printed in `path:line:col: …` messages.
public struct SourceLocation: Sendable, Hashable, Comparable, CustomStringConvertible {
  public var path: String
  public var mark: Mark

  public init(path: String, mark: Mark) {
    self.path = path
    self.mark = mark
  }

  public init(path: String, line: Int, column: Int) {
    self.init(path: path, mark: Mark(line: line, column: column))
  }

  public var line: Int { mark.line }
  public var column: Int { mark.column }

  public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
    lhs.path != rhs.path ? lhs.path < rhs.path : lhs.mark < rhs.mark
  }

  public var description: String { "\(path):\(mark.line):\(mark.column)" }
}
