/// `RecordSchema` compiled once into flat tables for `SchemaChecker`.
///
/// The checker visits some thirty fields of every record. Walking `FieldSpec` arrays and `FieldType`
/// enums directly copies their names, lists and boxes at every field (a retain and a release each);
/// here every check is a plain value that refers to the others by position, and each field name's
/// UTF-8 length and first byte are worked out once, not at every look-up.
struct SchemaPlan: Sendable {
  /// What a field's value must be; positions refer to the plan's tables.
  enum Check: Sendable {
    case text, int, bool, date, monthOrDate, person, any
    /// The allowed texts are `options[range]`.
    case oneOf(Range<Int>)
    /// Each item is checked with `checks[element]`.
    case list(element: Int)
    /// The mapping's fields are `fields[range]`.
    case map(Range<Int>)
    case reference(RecordKind)
  }

  struct Field: Sendable {
    let key: MappingKey
    /// Its value's check, in `checks`.
    let check: Int
    let required: Bool
    /// Required only when the record's `type` is one of these.
    let requiredForTypes: [String]
    /// Whether its value is, holds or may hold a person reference.
    let holdsPersons: Bool
  }

  private(set) var checks: [Check] = []
  /// The type each check was compiled from, parallel to `checks`: only an issue's message reads it.
  private(set) var types: [FieldType] = []
  private(set) var fields: [Field] = []
  private(set) var options: [MappingKey] = []
  /// The top-level fields of each kind, in `RecordKind.allCases` order.
  private(set) var roots: [Range<Int>] = []

  /// Built once: the schema is fixed.
  static let shared = SchemaPlan()

  /// A plan of its own (`shared` is the one to use, but for a core that should not share its tables:
  /// see `SchemaChecker.on`).
  init() {
    roots = RecordKind.allCases.map { add(fields: RecordSchema.fields(of: $0)) }
  }

  /// The top-level fields of `kind`.
  func root(of kind: RecordKind) -> Range<Int> {
    // Found among the few kinds rather than hashed: a kind hashes by its raw text.
    for (i, known) in RecordKind.allCases.enumerated() where known == kind { return roots[i] }
    return 0..<0
  }

  /// A mapping's fields, kept together (each nested mapping's own fields are added before them).
  private mutating func add(fields specs: [FieldSpec]) -> Range<Int> {
    let valueChecks = specs.map { add(type: $0.type) }
    let start = fields.count
    for (spec, check) in zip(specs, valueChecks) {
      fields.append(
        Field(
          key: MappingKey(spec.name), check: check, required: spec.required, requiredForTypes: spec.requiredForTypes,
          holdsPersons: holdsPersons(check)))
    }
    return start..<fields.count
  }

  private func holdsPersons(_ check: Int) -> Bool {
    switch checks[check] {
    case .person: true
    case .list(let element): holdsPersons(element)
    case .map(let range): fields[range].contains(where: \.holdsPersons)
    default: false
    }
  }

  private mutating func add(type: FieldType) -> Int {
    let check: Check
    switch type {
    case .text: check = .text
    case .int: check = .int
    case .bool: check = .bool
    case .date: check = .date
    case .monthOrDate: check = .monthOrDate
    case .person: check = .person
    case .any: check = .any
    case .reference(let kind): check = .reference(kind)
    case .oneOf(let values):
      let start = options.count
      options += values.map(MappingKey.init)
      check = .oneOf(start..<options.count)
    case .list(let element): check = .list(element: add(type: element))
    case .map(let specs): check = .map(add(fields: specs))
    }
    checks.append(check)
    types.append(type)
    return checks.count - 1
  }
}
