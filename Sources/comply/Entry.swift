import ArgumentParser
import Foundation

#if canImport(CMimalloc)
  import CMimalloc
#endif

/// Runs the command tree and maps errors to the exit statuses of the contract: 0 clean, 1 findings,
/// 2 when the command could not run as asked (bad option, unreadable path, invalid rules).
@main
enum Entry {
  static func main() {
    #if canImport(CMimalloc)
      // A call into mimalloc keeps the linker from dropping the library as unused: it is there to
      // replace malloc and free, not for its own functions.
      _ = mi_version()
      // Back the heap with 2 MiB pages where the kernel gives them on request (transparent huge
      // pages): an audit keeps its node trees in hundreds of megabytes, and faulting them in 4 KiB at
      // a time cost about a tenth of its CPU time. A default only: MIMALLOC_LARGE_OS_PAGES=0 in the
      // environment still turns it off.
      mi_option_set_enabled_default(mi_option_large_os_pages, true)
    #endif
    do {
      var command = try ComplyCommand.parseAsRoot()
      try command.run()
    } catch let code as ExitCode {
      exit(code.rawValue)
    } catch {
      if ComplyCommand.exitCode(for: error) == .success { ComplyCommand.exit(withError: error) }
      FileHandle.standardError.write(Data((ComplyCommand.fullMessage(for: error) + "\n").utf8))
      exit(2)
    }
  }
}
