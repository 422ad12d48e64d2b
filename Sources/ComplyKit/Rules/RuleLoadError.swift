/// A problem in a rule, calendar or config file: printed `path:line:col: error: message`. Loading
/// collects all of them before it gives up, so a user fixes every mistake in one pass.
public struct RuleLoadError: Error, Sendable, Equatable, CustomStringConvertible {
  public let location: SourceLocation
  public let message: String

  public init(_ message: String, at location: SourceLocation) {
    self.location = location
    self.message = message
  }

  public var description: String { "\(location): error: \(message)" }
}

/// Every load error of a run, in file order.
public struct RuleLoadErrors: Error, Sendable, CustomStringConvertible {
  public let errors: [RuleLoadError]

  public init(_ errors: [RuleLoadError]) {
    self.errors = errors.sorted { $0.location < $1.location }
  }

  public var description: String { errors.map(\.description).joined(separator: "\n") }
}
