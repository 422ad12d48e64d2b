/// A position in a source text: 1-based line and 1-based column, counted in Unicode code points.
public struct Mark: Sendable, Hashable, Comparable, CustomStringConvertible {
  public var line: Int
  public var column: Int

  public init(line: Int, column: Int) {
    self.line = line
    self.column = column
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
