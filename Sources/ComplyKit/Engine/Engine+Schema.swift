extension Engine {
  /// The active `schema.*` rules by the check they word.
  func schemaRules(_ rules: [Rule]) -> [SchemaIssue.Check: (Rule, SchemaRule)] {
    var byCheck: [SchemaIssue.Check: (Rule, SchemaRule)] = [:]
    for rule in rules {
      if case .schema(let body) = rule.body { byCheck[body.check] = (rule, body) }
    }
    return byCheck
  }

  /// The `schema.*` rules: what the reader and the record store found, then what the schema checker
  /// found (`issues`, in record order: it runs in the pass over the records, see `recordFindings`),
  /// worded by the rule files.
  func schemaFindings(
    _ store: RecordStore, rules byCheck: [SchemaIssue.Check: (Rule, SchemaRule)], issues checked: [SchemaIssue]
  ) -> Judged {
    guard !byCheck.isEmpty else { return Judged() }
    // Every file is parsed; every record that was read is checked for its fields, references and id.
    var judged = Judged()
    let records = Array(store.records.indices)
    for (check, (rule, _)) in byCheck {
      if check == .parse {
        // Labelled by the files' paths only if a report asks (see `AuditResult.checked`).
        judged.checkedAllFiles.insert(rule.id)
      } else {
        judged.checkedRecords[rule.id, default: []] += records
      }
    }
    for issue in store.issues + checked {
      guard let (rule, body) = byCheck[issue.check] else { continue }
      var variables = baseVariables(rule, window: nil)
      for (name, value) in issue.details { variables[name] = value }
      let env = Environment(store: store, root: .missing, scope: .missing, variables: Variables(variables))
      guard let check = body.checks.first(where: { $0.compiledWhen?.holds(env) ?? true }) else { continue }
      judged.findings.append(
        Finding(
          rule: rule.id, severity: severity(rule, check), record: issue.recordID, kind: issue.kind, org: issue.org,
          period: nil, file: store.files[issue.file], mark: issue.mark,
          message: message(check.message, env),
          basis: rule.citation, fieldPath: issue.fieldPath,
          variant: issue.recordID == nil ? "\(issue.mark.line):\(issue.mark.column)" : ""))
    }
    return judged
  }
}
