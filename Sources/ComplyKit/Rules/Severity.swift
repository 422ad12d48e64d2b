public enum Severity: String, Sendable, CaseIterable, Comparable, Codable {
  case info, warning, error

  var rank: Int {
    switch self {
    case .info: 0
    case .warning: 1
    case .error: 2
    }
  }

  public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

/// A text in Chinese, with its English.
public struct Localized: Sendable, Equatable {
  public let zh: String
  public let en: String

  public init(zh: String, en: String) {
    self.zh = zh
    self.en = en
  }

  public func text(_ language: Language) -> String { language == .en ? en : zh }
}

public enum Language: String, Sendable, CaseIterable {
  case zh, en
}
