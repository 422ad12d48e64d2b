/// The whole job in one call: read the records under some paths and judge them with a rule set.
public enum Audit {
  public static func run(paths: [String], ruleSet: RuleSet, options: AuditOptions) throws(RecordLoader.LoadError) -> AuditResult {
    let engine = engine(ruleSet: ruleSet, options: options)
    var loader = RecordLoader(jobs: options.jobs)
    loader.tracker = engine.tracker
    loader.timer = engine.timer
    loader.joins = JoinPlan(engine.lookupKeys)
    loader.listed = options.listed
    guard let early = EarlyJudging(engine) else { return run(try loader.load(paths: paths), engine: engine) }
    loader.setAsideFrom = early.setAsideFrom
    let loaded = try loader.load(paths: paths)
    if loaded.setAside.isEmpty { return run(loaded, engine: engine) }
    if let (store, verdicts) = early.run(loaded, limits: loader.limits) {
      engine.timer?.lap(.store)
      return engine.run(store, early: verdicts)
    }
    // A reference the first files' store could not settle as the whole store does: read again, whole.
    loader.setAsideFrom = nil
    return run(try loader.load(paths: paths), engine: engine)
  }

  public static func run(_ loaded: RecordLoader.Output, ruleSet: RuleSet, options: AuditOptions) -> AuditResult {
    run(loaded, engine: engine(ruleSet: ruleSet, options: options))
  }

  /// The engine with the progress tracker and the step timer the options ask for: the progress counts
  /// the rules from the start, and the files once they are listed.
  private static func engine(ruleSet: RuleSet, options: AuditOptions) -> Engine {
    var engine = Engine(ruleSet: ruleSet, options: options)
    engine.tracker = ProgressTracker(options.progress)
    engine.tracker?.expect(engine.activeRules.count)
    engine.timer = options.timings ? StepTimer() : nil
    return engine
  }

  /// `loaded` is taken over: its documents and join keys are let go once the store has its records and
  /// indexes, not kept through the whole audit (at a million meetings the keys are a few hundred megabytes).
  static func run(_ loaded: consuming RecordLoader.Output, engine: Engine) -> AuditResult {
    let store = RecordStore(
      files: loaded.files, parts: loaded.parts, parseIssues: loaded.issues, calendars: engine.ruleSet.calendars,
      lookups: engine.lookupKeys, joinKeys: loaded.joinKeys, jobs: engine.options.jobs)
    // The loader's other lists (the store keeps the documents, holds the records, and the indexes made
    // from the keys) are let go beside the rules rather than before them (see `Background`).
    Background.release(loaded, jobs: engine.options.jobs)
    engine.timer?.lap(.store)
    return engine.run(store)
  }
}
