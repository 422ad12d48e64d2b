import CYAML

/// Reads YAML text (a stream of one or more documents) into `Node` trees with libyaml's event API.
///
/// - Scalars keep their text, style and explicit tag; nothing is typed here.
/// - Marks are 1-based, columns counted in code points.
/// - Anchors and aliases are supported by sharing the anchored subtree, bounded by `ParseLimits`.
/// - A UTF-8 byte order mark is skipped; CRLF line ends are fine; invalid UTF-8 is a located error.
public enum YAMLReader {
  public static func parse(_ bytes: [UInt8], limits: ParseLimits = .default) -> ParsedText {
    parse(bytes, limits: limits, workspace: nil)
  }

  public static func parse(_ bytes: UnsafeRawBufferPointer, limits: ParseLimits = .default) -> ParsedText {
    parse(
      text: UnsafeBufferPointer(start: bytes.baseAddress?.assumingMemoryBound(to: UInt8.self), count: bytes.count),
      limits: limits)
  }

  /// Parses in the workspace of the thread that reads one file after another (see `ReadWorkspace`),
  /// or without one.
  static func parse(_ bytes: [UInt8], limits: ParseLimits, workspace: ReadWorkspace?) -> ParsedText {
    bytes.withUnsafeBufferPointer { parse(text: $0, limits: limits, workspace: workspace) }
  }

  static func parse(text whole: UnsafeBufferPointer<UInt8>, limits: ParseLimits, workspace: ReadWorkspace? = nil)
    -> ParsedText
  {
    let text = SourceScan.hasBOM(whole) ? UnsafeBufferPointer(rebasing: whole[3...]) : whole
    // libyaml checks every character it reads, so text it reads to the end holds no bad byte.
    let whole = YAMLEventReader.read(text, limits: limits, truncated: false, workspace: workspace)
    if whole.readToEnd { return whole.result }
    // libyaml's reader decodes ahead in 16 KB chunks, so a bad byte would be reported before the documents
    // in front of it are finished. Find it, and give libyaml only the text before it.
    guard let bad = SourceScan.firstDisallowed(in: text) else { return whole.result }
    let badMark = SourceScan.mark(at: bad.offset, in: text)
    let read = YAMLEventReader.read(
      UnsafeBufferPointer(rebasing: text[..<bad.offset]), limits: limits, truncated: true, workspace: workspace)
    // Drop a syntax error caused by the cut itself (an unclosed quote or bracket at the cut).
    var errors = read.result.errors
    if read.syntaxError, let last = errors.last, last.mark >= badMark {
      errors.removeLast()
    }
    errors.append(YAMLError(message: bad.message, mark: badMark))
    return ParsedText(documents: read.result.documents, errors: errors)
  }
}
