#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Whether an audit of paths keeps every record's tree whole until the end, or judges each file that
/// holds one meeting as it reads it and keeps that meeting cut down to what the rules judged at the end
/// read of it (`EarlyJudging`). Findings and reports are the same either way; what differs is memory,
/// and time: cutting costs some 6–10% while the trees fit in memory that is cheap to get, and saves a
/// quarter of the time at a million meetings on a machine that must hand the audit gigabytes of fresh
/// memory (docs/benchmarks.md, twenty-sixth round).
public enum RecordKeeping: Sendable {
  /// Cut down when the whole trees of the files listed would take more than an eighth of the
  /// machine's memory, at some 4.5 KB a file (a meeting's tree): from some 650,000 files on 24 GB.
  case automatic
  /// Keep every record whole (a program that reads `AuditResult.store` after the audit).
  case whole
  /// Cut down whatever the input's size.
  case cutDown

  /// A file's tree, as the estimate counts it (a meeting of some 650 bytes makes 4.4 KB of nodes).
  static let treeBytesPerFile = 4608

  /// From how many files listed the audit cuts meetings down; nil: never.
  var setAsideFrom: Int? {
    switch self {
    case .whole: return nil
    case .cutDown: return 0
    case .automatic:
      let pages = sysconf(Int32(_SC_PHYS_PAGES))
      let pageSize = sysconf(Int32(_SC_PAGESIZE))
      guard pages > 0, pageSize > 0 else { return nil }
      return Int(pages) * Int(pageSize) / 8 / Self.treeBytesPerFile
    }
  }
}
