#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

#if canImport(Glibc)
  import Glibc
  private let systemWrite = Glibc.write
#elseif canImport(Darwin)
  import Darwin
  private let systemWrite = Darwin.write
#endif

/// Writes a report whole or not at all: to a temporary file beside the target, then renamed over it.
public enum OutputFile {
  /// Why a report could not be written: the system's own words for it.
  public struct WriteError: LocalizedError, Sendable {
    public let code: Int32
    public var errorDescription: String? { String(cString: strerror(code)) }
  }

  public static func write(_ text: String, to path: String) throws {
    try write(bytes: Array(text.utf8), to: path)
  }

  public static func write(bytes: [UInt8], to path: String) throws {
    try write(chunks: [bytes], to: path)
  }

  /// The pieces written one after another, as one file.
  public static func write<Pieces: Sequence<[UInt8]>>(chunks: Pieces, to path: String) throws {
    let url = URL(fileURLWithPath: path)
    let temporary = url.deletingLastPathComponent()
      .appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp").path
    do {
      try writeAll(chunks, to: temporary)
      // rename(2) replaces the target in one step: readers see the old file or the new one, never half.
      guard rename(temporary, url.path) == 0 else { throw WriteError(code: errno) }
    } catch {
      unlink(temporary)
      throw error
    }
  }

  /// The bytes written straight from the array, with no copy and no fsync: a report is made again by
  /// running the audit again, and the rename alone keeps readers from half a file.
  private static func writeAll<Pieces: Sequence<[UInt8]>>(_ chunks: Pieces, to path: String) throws {
    let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
    guard descriptor >= 0 else { throw WriteError(code: errno) }
    var failure = writeAll(chunks, descriptor: descriptor)
    if close(descriptor) != 0, failure == 0 { failure = errno }
    if failure != 0 { throw WriteError(code: failure) }
  }

  /// Writes the pieces one after another to an open descriptor: small ones gathered up to a mebibyte
  /// per call, large ones straight from their arrays. Returns 0, or the `errno` of the write that failed.
  public static func writeAll<Pieces: Sequence<[UInt8]>>(_ chunks: Pieces, descriptor: Int32) -> Int32 {
    let gathered = 1 << 20
    var buffer: [UInt8] = []
    for chunk in chunks {
      let direct = chunk.count >= gathered / 16
      if !buffer.isEmpty, direct || buffer.count + chunk.count > gathered {
        let failure = writeAll(buffer, descriptor: descriptor)
        if failure != 0 { return failure }
        buffer.removeAll(keepingCapacity: true)
      }
      if direct {
        let failure = writeAll(chunk, descriptor: descriptor)
        if failure != 0 { return failure }
      } else {
        if buffer.capacity == 0 { buffer.reserveCapacity(gathered) }
        buffer.append(contentsOf: chunk)
      }
    }
    return buffer.isEmpty ? 0 : writeAll(buffer, descriptor: descriptor)
  }

  /// Writes all of `bytes` to an open descriptor (a file, standard output), going on after a partial
  /// write or an interrupted call. Returns 0, or the `errno` of the write that failed.
  public static func writeAll(_ bytes: [UInt8], descriptor: Int32) -> Int32 {
    bytes.withUnsafeBytes { buffer in
      var offset = 0
      while offset < buffer.count {
        let written = systemWrite(descriptor, buffer.baseAddress.map { $0 + offset }, buffer.count - offset)
        if written < 0 {
          if errno == EINTR { continue }
          return errno
        }
        offset += written
      }
      return 0
    }
  }
}
