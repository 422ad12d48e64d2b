/// A rule of the pack, as loaded from its YAML file and compiled.
///
/// Its parts are held in one shared object, so that handing a rule around (once per record judged)
/// copies a reference, not a dozen.
public struct Rule: Sendable {
  private final class Storage: Sendable {
    let id: String
    let severity: Severity
    let title: Localized
    let rationale: Localized?
    let remedy: Localized?
    let basis: [Basis]
    /// `basis.citation`, joined once: every finding of the rule carries it.
    let citation: String
    let parameters: [Parameter]
    let body: RuleBody
    let examples: [RuleExample]
    let source: SourceLocation

    init(
      id: String, severity: Severity, title: Localized, rationale: Localized?, remedy: Localized?, basis: [Basis],
      parameters: [Parameter], body: RuleBody, examples: [RuleExample], source: SourceLocation
    ) {
      self.id = id
      self.severity = severity
      self.title = title
      self.rationale = rationale
      self.remedy = remedy
      self.basis = basis
      self.citation = basis.citation
      self.parameters = parameters
      self.body = body
      self.examples = examples
      self.source = source
    }
  }

  private let storage: Storage

  public var id: String { storage.id }
  public var severity: Severity { storage.severity }
  public var title: Localized { storage.title }
  /// Why the rule exists (for `comply explain`).
  public var rationale: Localized? { storage.rationale }
  /// How to fix a finding.
  public var remedy: Localized? { storage.remedy }
  public var basis: [Basis] { storage.basis }
  /// All citations of the basis on one line, as a finding gives them.
  public var citation: String { storage.citation }
  public var parameters: [Parameter] { storage.parameters }
  public var body: RuleBody { storage.body }
  public var examples: [RuleExample] { storage.examples }
  /// The rule file: where load errors and example failures point.
  public var source: SourceLocation { storage.source }

  public init(
    id: String, severity: Severity, title: Localized, rationale: Localized?, remedy: Localized?, basis: [Basis],
    parameters: [Parameter], body: RuleBody, examples: [RuleExample], source: SourceLocation
  ) {
    storage = Storage(
      id: id, severity: severity, title: title, rationale: rationale, remedy: remedy, basis: basis,
      parameters: parameters, body: body, examples: examples, source: source)
  }

  /// The same rule with another body (a shipped rule given its pre-judge).
  func with(body: RuleBody) -> Rule {
    Rule(
      id: id, severity: severity, title: title, rationale: rationale, remedy: remedy, basis: basis,
      parameters: parameters, body: body, examples: examples, source: source)
  }

  public var kind: RuleKind {
    switch body {
    case .record: .record
    case .schedule: .schedule
    case .schema: .schema
    }
  }
}

/// The kinds of rule. A new rule of an existing kind is a YAML file; a new kind is new Swift.
public enum RuleKind: String, Sendable, CaseIterable {
  /// A condition on each record of a kind (joins to other records through `ref` and `lookup`).
  case record
  /// Records counted per organization per month, quarter or year inside the audit window.
  case schedule
  /// A data-integrity check built into the reader (`schema.*`).
  case schema
}

public enum RuleBody: Sendable {
  case record(RecordRule)
  case schedule(ScheduleRule)
  case schema(SchemaRule)
}

public struct Parameter: Sendable {
  public let name: String
  public let defaultValue: Value
  public let description: Localized?
  /// For a choice (`period: month | quarter | year`), the allowed values.
  public let choices: [String]?

  public init(name: String, defaultValue: Value, description: Localized?, choices: [String]?) {
    self.name = name
    self.defaultValue = defaultValue
    self.description = description
    self.choices = choices
  }
}

/// One condition of a rule and the finding it gives. A class: the engine hands each check on for
/// every record it judges, and passing a reference takes one count where a copy took one per part.
public final class Check: Sendable {
  /// The check applies only when this holds.
  public let when: Expr?
  /// Judge each element of this list (bound to `it`, the scope, and to `$name` with `as`).
  public let forEach: Expr?
  public let binding: String?
  /// A finding when this is false (unknown gives none).
  public let require: Expr
  /// The node the finding points at; by default the element judged, else the record.
  public let at: Expr?
  public let message: MessageTemplate
  public let severity: Severity?
  /// A short stable name for the fingerprint (the check's position when not given).
  public let name: String
  /// The expressions above, compiled for the engine.
  let compiledWhen: CompiledExpr?
  let compiledForEach: CompiledExpr?
  let compiledRequire: CompiledExpr
  let compiledAt: CompiledExpr?

  public init(
    when: Expr?, forEach: Expr?, binding: String?, require: Expr, at: Expr?, message: MessageTemplate,
    severity: Severity?, name: String
  ) {
    self.when = when
    self.forEach = forEach
    self.binding = binding
    self.require = require
    self.at = at
    self.message = message
    self.severity = severity
    self.name = name
    compiledWhen = when.map(CompiledExpr.init)
    compiledForEach = forEach.map(CompiledExpr.init)
    compiledRequire = CompiledExpr(require)
    compiledAt = at.map(CompiledExpr.init)
  }

  /// The same check compiled again, for one core (see `RecordRuleRun.forOneCore`).
  func recompiled() -> Check {
    Check(when: when, forEach: forEach, binding: binding, require: require, at: at, message: message, severity: severity, name: name)
  }
}

public struct RecordRule: Sendable {
  public let kind: String
  public let filter: Expr?
  /// Overrides the kind's usual date for the audit window.
  public let date: Expr?
  public let lets: [(name: String, value: Expr)]
  public let checks: [Check]
  /// The expressions above, compiled for the engine.
  let compiledFilter: CompiledExpr?
  let compiledDate: CompiledExpr?
  let compiledLets: [(name: String, value: CompiledExpr)]
  /// The filter, `let`s and checks written out as Swift, for a shipped rule (see `Prejudge`).
  private(set) var prejudge: Prejudge.Function?

  init(
    kind: String, filter: Expr?, date: Expr?, lets: [(name: String, value: Expr)], checks: [Check],
    prejudge: Prejudge.Function? = nil
  ) {
    self.kind = kind
    self.filter = filter
    self.date = date
    self.lets = lets
    self.checks = checks
    self.prejudge = prejudge
    compiledFilter = filter.map(CompiledExpr.init)
    compiledDate = date.map(CompiledExpr.init)
    compiledLets = lets.map { (name: $0.name, value: CompiledExpr($0.value)) }
  }

  /// The same rule body compiled again, checks and all, for one core (see `RecordRuleRun.forOneCore`).
  func recompiled() -> RecordRule {
    RecordRule(kind: kind, filter: filter, date: date, lets: lets, checks: checks.map { $0.recompiled() }, prejudge: prejudge)
  }

  /// The same rule body with a pre-judge (the Swift its YAML was written out as), its expressions as
  /// they were compiled: the compiled pack gives its written-out rules theirs at start-up.
  func with(prejudge: Prejudge.Function?) -> RecordRule {
    var rule = self
    rule.prejudge = prejudge
    return rule
  }
}

public struct ScheduleRule: Sendable {
  public enum Unit: String, Sendable, CaseIterable {
    case month, quarter, year
  }

  public struct RecordSet: Sendable {
    public let name: String
    public let kind: String
    public let filter: Expr?
    /// A date, or a year as an integer (a plan's `year`).
    public let date: Expr
    /// The field naming the record's organization (a path, indexed once).
    public let org: String
    /// The expressions above, compiled for the engine.
    let compiledFilter: CompiledExpr?
    let compiledDate: CompiledExpr
    /// For a set dated by a plain field (`date`, a plan's `year`): kind, organization path and field,
    /// which is all its records' dating depends on (neither rule variables nor the filter enter it), so
    /// that rules with such sets alike share an organization's dated records. Nil for any other date.
    let sharedDating: String?
    /// What the filter says first about a record's `type` (see `TypeGate`): where that is the whole
    /// filter (`TypeGate.isWholeFilter`), a record whose `type` is plain text is settled by the gate alone.
    let gate: TypeGate?
    /// Whether a record's date is its `Record.day` (a set dated by its kind's own date field).
    let datedByDay: Bool

    init(name: String, kind: String, filter: Expr?, date: Expr, org: String) {
      self.name = name
      self.kind = kind
      self.filter = filter
      self.date = date
      self.org = org
      compiledFilter = filter.map(CompiledExpr.init)
      compiledDate = CompiledExpr(date)
      if case .field(let field) = date {
        sharedDating = [kind, org, field].joined(separator: LookupKey.separator)
        datedByDay = RecordKind(rawValue: kind)?.datePath == [field]
      } else {
        sharedDating = nil
        datedByDay = false
      }
      gate = TypeGate(filter)
    }

    /// The same set compiled again, for one core (see `RecordRuleRun.forOneCore`).
    func recompiled() -> RecordSet {
      RecordSet(name: name, kind: kind, filter: filter, date: date, org: org)
    }
  }

  public let organizations: Expr
  /// The period, or the name of the parameter that gives it.
  public let unit: Unit?
  public let unitParameter: String?
  public let sets: [RecordSet]
  public let lets: [(name: String, value: Expr)]
  public let checks: [Check]
  /// The expressions above, compiled for the engine.
  let compiledOrganizations: CompiledExpr
  let compiledLets: [(name: String, value: CompiledExpr)]

  init(
    organizations: Expr, unit: Unit?, unitParameter: String?, sets: [RecordSet], lets: [(name: String, value: Expr)],
    checks: [Check]
  ) {
    self.organizations = organizations
    self.unit = unit
    self.unitParameter = unitParameter
    self.sets = sets
    self.lets = lets
    self.checks = checks
    compiledOrganizations = CompiledExpr(organizations)
    compiledLets = lets.map { (name: $0.name, value: CompiledExpr($0.value)) }
  }

  /// The same rule body compiled again, sets and checks, for one core (see `RecordRuleRun.forOneCore`).
  func recompiled() -> ScheduleRule {
    ScheduleRule(
      organizations: organizations, unit: unit, unitParameter: unitParameter, sets: sets.map { $0.recompiled() },
      lets: lets, checks: checks.map { $0.recompiled() })
  }
}

public struct SchemaRule: Sendable {
  public let check: SchemaIssue.Check
  public let checks: [Check]
}
