/// The type a record field must have (records.md). A closed set: the record format is a contract.
public indirect enum FieldType: Sendable {
  /// Any scalar (a phone number written as digits is still text).
  case text
  case int
  case bool
  case date
  /// `YYYY-MM` or `YYYY-MM-DD`.
  case monthOrDate
  case oneOf([String])
  case list(FieldType)
  case map([FieldSpec])
  /// The id of a record of that kind.
  case reference(RecordKind)
  /// A person: the id of a `person` record, or a plain name when the input has no person registry.
  case person
  /// Any node at all (a measure is a string or a mapping).
  case any

  /// The same, in Chinese.
  var chineseDescription: String {
    switch self {
    case .text: "文本"
    case .int: "整数"
    case .bool: "true 或 false"
    case .date: "日期（YYYY-MM-DD）"
    case .monthOrDate: "年月（YYYY-MM）"
    case .oneOf(let values): values.joined(separator: "、") + "之一"
    case .list: "列表"
    case .map: "键值映射"
    case .reference(let kind): "\(kind.rawValue) 记录的 id"
    case .person: "人员 id"
    case .any: "值"
    }
  }

  var description: String {
    switch self {
    case .text: "text"
    case .int: "an integer"
    case .bool: "true or false"
    case .date: "a date (YYYY-MM-DD)"
    case .monthOrDate: "a month (YYYY-MM)"
    case .oneOf(let values): "one of " + values.joined(separator: " | ")
    case .list: "a list"
    case .map: "a mapping"
    case .reference(let kind): "the id of a \(kind.rawValue)"
    case .person: "a person id"
    case .any: "a value"
    }
  }
}

public struct FieldSpec: Sendable {
  public let name: String
  public let type: FieldType
  public let required: Bool
  /// Required only when the record's `type` is one of these.
  public let requiredForTypes: [String]

  public init(_ name: String, _ type: FieldType, required: Bool = false, requiredForTypes: [String] = []) {
    self.name = name
    self.type = type
    self.required = required
    self.requiredForTypes = requiredForTypes
  }
}
