// TEMPORARY stubs until the real components land.
public struct YAMLError: Error, Sendable, Equatable { public let message: String; public let mark: Mark }
public struct ParsedText: Sendable { public let documents: [Node]; public let errors: [YAMLError] }
public struct ParseLimits: Sendable { public var maxExpandedNodes = 1_000_000; public var maxDepth = 512; public static let `default` = ParseLimits() }
public enum YAMLReader { public static func parse(_ bytes: [UInt8], limits: ParseLimits = .default) -> ParsedText { ParsedText(documents: [], errors: []) } }
public enum JSONReader { public static func parse(_ bytes: [UInt8], limits: ParseLimits = .default) -> ParsedText { ParsedText(documents: [], errors: []) } }
