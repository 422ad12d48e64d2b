/// A located problem found while reading YAML or JSON text.
public struct YAMLError: Error, Sendable, Equatable, CustomStringConvertible {
  public let message: String
  /// Where the problem is (1-based line and column, columns in code points).
  public let mark: Mark

  public init(message: String, mark: Mark) {
    self.message = message
    self.mark = mark
  }

  /// `line:col: message`.
  public var description: String { "\(mark.line):\(mark.column): \(message)" }
}
