import Dispatch

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// A progress bar on standard error for audits that take more than a moment: drawn only when
/// standard error is a terminal, only once the audit has run for half a second, redrawn at most
/// ten times a second, and erased when the audit ends — so nothing of it reaches standard output or
/// a report file. Called from the audit's worker threads (one call at a time), so its state is locked.
final class ProgressBar: @unchecked Sendable {
  private let lock = DispatchSemaphore(value: 1)
  private let start = DispatchTime.now().uptimeNanoseconds
  private var lastDraw: UInt64 = 0
  private var drawn = false
  private var finished = false

  static let delay: UInt64 = 500_000_000
  static let interval: UInt64 = 100_000_000
  static let width = 30

  /// A bar when standard error is a terminal that can draw one, else nil.
  static func forTerminal(environment: [String: String] = ProcessInfo.processInfo.environment) -> ProgressBar? {
    guard StandardStream.error.isTerminal, environment["TERM"] != "dumb" else { return nil }
    return ProgressBar()
  }

  func update(done: Int, total: Int) {
    lock.wait()
    defer { lock.signal() }
    guard !finished, total > 0 else { return }
    let now = DispatchTime.now().uptimeNanoseconds
    guard now - start >= Self.delay, !drawn || now - lastDraw >= Self.interval || done == total else { return }
    lastDraw = now
    drawn = true
    let fraction = Double(min(done, total)) / Double(total)
    let filled = Int(fraction * Double(Self.width))
    let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: Self.width - filled)
    write("\r\u{1B}[2K审计中 auditing [\(bar)] \(Int(fraction * 100))% \(done)/\(total)")
  }

  /// Erases the bar, if it was drawn; later updates draw nothing.
  func finish() {
    lock.wait()
    defer { lock.signal() }
    if drawn { write("\r\u{1B}[2K") }
    finished = true
  }

  private func write(_ text: String) {
    StandardStream.error.write(text)
  }
}
