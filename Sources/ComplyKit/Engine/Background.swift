import Dispatch

/// Work taken off an audit's serial steps.
enum Background {
  /// Lets go of `value` on another thread when the audit has several (`jobs` above 1), here otherwise:
  /// with one job, the audit uses one core.
  ///
  /// The loader's join keys are let go once the store is built, between two parallel steps: dropping
  /// them there released every key's texts, tens of thousands of reference counts on cold memory, on
  /// one core while the others waited. Handed here, the last reference goes on a worker thread, beside
  /// the per-record rules. (The documents, whose release cost as much again, stay with the store.)
  static func release<T: Sendable>(_ value: consuming T, jobs: Int) {
    let held = value
    guard jobs > 1 else { return }
    DispatchQueue.global(qos: .utility).async { withExtendedLifetime(held) {} }
  }
}
