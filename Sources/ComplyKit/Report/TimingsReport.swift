/// `AuditTimings` as the lines `comply audit --timings` prints to standard error: the steps in the
/// order they ran, then the rules, the slowest first. Numbers come first on each line, so that the
/// columns stay aligned whatever the width of the Chinese names after them.
public enum TimingsReport {
  public static func render(_ timings: AuditTimings, files: Int, records: Int, jobs: Int, language: Language) -> String {
    let zh = language == .zh
    var lines: [String] = []
    lines.append(
      zh
        ? "用时：\(files) 个文件，\(records) 条记录，\(jobs) 个线程（毫秒）"
        : "timings: \(files) files, \(records) records, \(jobs) \(jobs == 1 ? "job" : "jobs") (milliseconds)")
    var total: UInt64 = 0
    for step in AuditTimings.Step.allCases {
      guard let nanoseconds = timings.steps[step] else { continue }
      total &+= nanoseconds
      lines.append("\(milliseconds(nanoseconds))  \(name(of: step, zh: zh))")
    }
    lines.append("\(milliseconds(total))  \(zh ? "合计" : "total")")
    guard !timings.rules.isEmpty else { return lines.joined(separator: "\n") + "\n" }
    lines.append("")
    lines.append(
      zh
        ? "规则（各线程用时之和，毫秒；判定的记录或组织数；每个平均微秒）"
        : "rules (time summed over the jobs, milliseconds; records or organizations judged; microseconds each)")
    // Rules that had nothing of their kind to look at are counted, not listed.
    let idle = timings.rules.filter { $0.judged == 0 && $0.nanoseconds < 10_000 }
    for rule in timings.rules where rule.judged > 0 || rule.nanoseconds >= 10_000 {
      let each = rule.judged > 0 ? fixed(Double(rule.nanoseconds) / 1000 / Double(rule.judged), width: 9) : pad("-", 9)
      lines.append("\(milliseconds(rule.nanoseconds))  \(pad(String(rule.judged), 8))  \(each)  \(rule.rule)")
    }
    if !idle.isEmpty {
      lines.append(
        zh ? "（另有 \(idle.count) 条规则没有要判定的记录）" : "(\(idle.count) more \(idle.count == 1 ? "rule" : "rules") had nothing to judge)")
    }
    return lines.joined(separator: "\n") + "\n"
  }

  static func name(of step: AuditTimings.Step, zh: Bool) -> String {
    switch step {
    case .list: zh ? "列出文件" : "list the files"
    case .read: zh ? "读取并解析文件" : "read and parse the files"
    case .store: zh ? "建立记录索引" : "record store and join indexes"
    case .records: zh ? "逐条记录的规则与结构检查" : "per-record rules and schema checks"
    case .schedules: zh ? "按期检查的规则" : "schedule rules"
    case .findings: zh ? "汇总问题与月度表" : "gather the findings and the schedule grid"
    case .report: zh ? "生成并写出报告" : "render and write the report"
    }
  }

  private static func milliseconds(_ nanoseconds: UInt64) -> String {
    fixed(Double(nanoseconds) / 1_000_000, width: 9)
  }

  /// `value` with one decimal below 100 and two below 10, right-aligned in `width` characters.
  private static func fixed(_ value: Double, width: Int) -> String {
    let decimals = value < 10 ? 2 : value < 100 ? 1 : 0
    let scale = [1.0, 10.0, 100.0][decimals]
    let rounded = (value * scale).rounded() / scale
    var text = decimals == 0 ? String(Int(rounded)) : String(rounded)
    if decimals > 0 {
      let fraction = text.split(separator: ".").last?.count ?? 0
      text += String(repeating: "0", count: max(0, decimals - fraction))
    }
    return pad(text, width)
  }

  private static func pad(_ text: String, _ width: Int) -> String {
    String(repeating: " ", count: max(0, width - text.count)) + text
  }
}
