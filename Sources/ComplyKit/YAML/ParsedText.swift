/// The outcome of reading one YAML or JSON text: the documents that could be built and the problems found.
///
/// A syntax error ends reading; the complete documents before it are kept. Semantic problems (duplicate key,
/// alias bomb, unknown alias, non-scalar key) are reported and reading goes on. Nesting deeper than
/// `ParseLimits.maxDepth` drops the document and, like a syntax error, ends reading.
public struct ParsedText: Sendable {
  public let documents: [Node]
  public let errors: [YAMLError]

  public init(documents: [Node], errors: [YAMLError]) {
    self.documents = documents
    self.errors = errors
  }
}

/// Bounds that keep hostile input (alias bombs, absurd nesting) from exhausting memory or the stack.
public struct ParseLimits: Sendable, Equatable {
  /// The most nodes one document may hold once every alias is counted as a copy of its anchored node.
  public var maxExpandedNodes: Int
  /// The deepest nesting of sequences and mappings allowed (aliases count with the depth of their target).
  public var maxDepth: Int

  public init(maxExpandedNodes: Int = 1_000_000, maxDepth: Int = 512) {
    self.maxExpandedNodes = maxExpandedNodes
    self.maxDepth = maxDepth
  }

  public static let `default` = ParseLimits()
}
