/// A mistake in a rule expression, at a code-point offset inside the expression text.
public struct ExpressionError: Error, Sendable, Equatable {
  public let message: String
  public let offset: Int

  public init(_ message: String, at offset: Int) {
    self.message = message
    self.offset = offset
  }
}
