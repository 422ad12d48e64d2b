/// Counts the steps of one audit — a file read, a rule judged — and passes `(done, total)` to
/// `AuditOptions.progress`. Parallel workers share it (every access under the lock); reports come
/// one at a time, in order, and `done` never goes back.
final class ProgressTracker: @unchecked Sendable {
  private let report: @Sendable (_ done: Int, _ total: Int) -> Void
  private let lock = Lock()
  private var done = 0
  private var total = 0

  init?(_ report: (@Sendable (_ done: Int, _ total: Int) -> Void)?) {
    guard let report else { return nil }
    self.report = report
  }

  /// More steps to come (the files, once listed; the rules).
  func expect(_ steps: Int) {
    lock.withLock { total += max(0, steps) }
  }

  /// Steps done.
  func advance(_ steps: Int = 1) {
    guard steps > 0 else { return }
    lock.withLock {
      done = min(done + steps, total)
      report(done, total)
    }
  }
}
