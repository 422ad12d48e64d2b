/// The whole job in one call: read the records under some paths and judge them with a rule set.
public enum Audit {
  public static func run(paths: [String], ruleSet: RuleSet, options: AuditOptions) throws(RecordLoader.LoadError) -> AuditResult {
    let loaded = try RecordLoader(jobs: options.jobs).load(paths: paths)
    return run(loaded, ruleSet: ruleSet, options: options)
  }

  public static func run(_ loaded: RecordLoader.Output, ruleSet: RuleSet, options: AuditOptions) -> AuditResult {
    let engine = Engine(ruleSet: ruleSet, options: options)
    let store = RecordStore(
      files: loaded.files, documents: loaded.documents, parseIssues: loaded.issues, calendars: ruleSet.calendars,
      lookups: engine.lookupKeys)
    return engine.run(store)
  }
}
