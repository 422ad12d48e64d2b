import ArgumentParser

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Runs the command tree and maps errors to the exit statuses of the contract: 0 clean, 1 findings,
/// 2 when the command could not run as asked (bad option, unreadable path, invalid rules).
@main
enum Entry {
  static func main() {
    #if canImport(CMimalloc)
      Allocator.configure()
    #endif
    do {
      var command = try ComplyCommand.parseAsRoot()
      try command.run()
    } catch let code as ExitCode {
      exit(code.rawValue)
    } catch {
      if ComplyCommand.exitCode(for: error) == .success { ComplyCommand.exit(withError: error) }
      StandardStream.error.write((ComplyCommand.fullMessage(for: error) + "\n"))
      exit(2)
    }
  }
}
