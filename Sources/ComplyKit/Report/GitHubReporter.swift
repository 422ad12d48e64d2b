/// GitHub Actions workflow commands (`--format github`): one annotation per finding shown,
/// `::error file=…,line=…,col=…,title=[rule] title::message` (`::warning` for a warning, `::notice`
/// for info), escaped as `@actions/core` does, then the summary line as plain log text.
enum GitHubReporter {
  static func render(_ context: ReportContext) -> String {
    let r = context.result
    var titles: [String: String] = [:]
    for rule in r.rules where titles[rule.id] == nil { titles[rule.id] = rule.title.text(context.language) }
    var out = ""
    for f in r.shownFindings {
      let title = titles[f.rule].map { "[\(f.rule)] \($0)" } ?? "[\(f.rule)]"
      var message = f.message.text(context.language)
      if f.known { message += context.language == .zh ? "（已知）" : " (known)" }
      let properties = [
        ("file", f.file.displayPath), ("line", String(f.mark.line)), ("col", String(f.mark.column)), ("title", title),
      ]
      let list = properties.map { "\($0.0)=\(escapeProperty($0.1))" }.joined(separator: ",")
      out += "::\(command(f.severity)) \(list)::\(escapeData(message))\n"
    }
    out += TextReporter.summary(context) + "\n"
    return out
  }

  static func command(_ severity: Severity) -> String {
    switch severity {
    case .error: "error"
    case .warning: "warning"
    case .info: "notice"
    }
  }

  /// A command's message: `%`, CR and LF percent-encoded (`escapeData` of `@actions/core`).
  static func escapeData(_ s: String) -> String { escape(s, property: false) }

  /// A property value: as data, and also `:` and `,` (`escapeProperty` of `@actions/core`).
  static func escapeProperty(_ s: String) -> String { escape(s, property: true) }

  /// By Unicode scalar, so a CR LF pair (one `Character` in Swift) is encoded as both of its parts.
  private static func escape(_ s: String, property: Bool) -> String {
    var out = ""
    for scalar in s.unicodeScalars {
      switch scalar {
      case "%": out += "%25"
      case "\r": out += "%0D"
      case "\n": out += "%0A"
      case ":" where property: out += "%3A"
      case "," where property: out += "%2C"
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out
  }
}
