import Foundation

/// A small lock wrapper, so the engine's parallel parts share one way of guarding results.
final class NSLockShim: @unchecked Sendable {
  private let lock = NSLock()

  func withLock<R>(_ body: () throws -> R) rethrows -> R {
    lock.lock()
    defer { lock.unlock() }
    return try body()
  }
}
