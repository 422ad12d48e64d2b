import ComplyKit

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Standard input, output and error through the C library: the commands need no more than writing
/// bytes and reading standard input to its end (and so do without Foundation's `FileHandle`, which
/// would link all of Foundation and cost every run its loading).
enum StandardStream {
  case output, error

  private var descriptor: Int32 { self == .output ? STDOUT_FILENO : STDERR_FILENO }

  /// Whether the stream is a terminal (for colour and the progress bar).
  var isTerminal: Bool { isatty(descriptor) == 1 }

  /// Writes all of `bytes`; gives up quietly on an error (a closed pipe, a full disk), as there is
  /// nowhere left to say so.
  func write(_ bytes: [UInt8]) {
    _ = OutputFile.writeAll(bytes, descriptor: descriptor)
  }

  /// Writes the pieces one after another (see `OutputFile.writeAll(_:descriptor:)`).
  func write<Pieces: Sequence<[UInt8]>>(chunks: Pieces) {
    _ = OutputFile.writeAll(chunks, descriptor: descriptor)
  }

  func write(_ text: String) {
    write(Array(text.utf8))
  }

  /// Everything on standard input until its end (what was read before an error, if one happens).
  static func readInput() -> [UInt8] {
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let count = chunk.withUnsafeMutableBytes { systemRead(STDIN_FILENO, $0.baseAddress, $0.count) }
      if count < 0, errno == EINTR { continue }
      guard count > 0 else { return bytes }
      bytes.append(contentsOf: chunk[..<count])
    }
  }
}

#if canImport(Glibc)
  private let systemRead = Glibc.read
#elseif canImport(Darwin)
  private let systemRead = Darwin.read
#endif
