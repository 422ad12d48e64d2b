/// What a rule rests on: a regulation and article, with how sure the citation is.
public struct Basis: Sendable, Equatable {
  /// The regulation's name, without book-title marks: 中国共产党支部工作条例（试行）.
  public let regulation: String
  public let year: Int?
  public let article: String?
  /// F, F2, R or L (see the regulations notes): how the citation was confirmed.
  public let confidence: String?
  /// A requirement of local practice (地方规定) rather than a central regulation.
  public let local: Bool
  public let quote: String?

  public init(regulation: String, year: Int?, article: String?, confidence: String?, local: Bool, quote: String?) {
    self.regulation = regulation
    self.year = year
    self.article = article
    self.confidence = confidence
    self.local = local
    self.quote = quote
  }

  /// 《中国共产党支部工作条例（试行）》（2018）第十二条
  public var citation: String {
    var text = regulation.hasPrefix("《") ? regulation : "《\(regulation)》"
    if let year { text += "（\(year)）" }
    if let article { text += article }
    if local { text += "（地方规定）" }
    return text
  }
}

extension Array where Element == Basis {
  /// All citations of a rule, joined for one line of a report.
  public var citation: String { map(\.citation).joined(separator: "；") }
}
