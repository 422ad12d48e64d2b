/// JUnit XML (`--format junit`, valid against `junit-10.xsd`): one testsuite per loaded rule (by id),
/// one testcase per rule × record it judged (`AuditResult.checked`, passes included; a schedule rule's
/// testcase is `org-id 2025-03`). A testcase with findings has one `<failure>` per finding; a testcase
/// whose only findings are waived is `<skipped>`. No times or timestamps: the same input gives the
/// same bytes.
enum JUnitReporter {
  struct Case {
    let name: String
    var findings: [Finding] = []
    var failed: Bool { findings.contains { $0.waiver == nil } }
    var skipped: Bool { !findings.isEmpty && !failed }
  }

  static func render(_ context: ReportContext) -> String {
    let r = context.result
    var byRule: [String: [Finding]] = [:]
    for finding in r.findings { byRule[finding.rule, default: []].append(finding) }
    var seen: Set<String> = []
    let rules = r.rules.filter { seen.insert($0.id).inserted }.sorted { $0.id < $1.id }

    var suites: [(rule: Rule, cases: [Case])] = []
    let checked = r.checked
    for rule in rules {
      suites.append((rule, cases(checked: checked[rule.id] ?? [], findings: byRule[rule.id] ?? [])))
    }
    // Findings of a rule that is not loaded (none today) still appear, under their rule id.
    let loaded = Set(rules.map(\.id))
    let strays = byRule.keys.filter { !loaded.contains($0) }.sorted()

    var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    var body = ""
    var total = (tests: 0, failures: 0)
    func suite(_ id: String, _ rule: Rule?, _ cases: [Case]) {
      let failures = cases.filter(\.failed).count
      let skipped = cases.filter(\.skipped).count
      total.tests += cases.count
      total.failures += failures
      body += "  <testsuite name=\"\(attribute(id))\" tests=\"\(cases.count)\" failures=\"\(failures)\" errors=\"0\""
      body += " skipped=\"\(skipped)\">\n"
      if let rule {
        body += "    <properties>\n"
        let properties = [
          ("severity", rule.severity.rawValue), ("kind", rule.kind.rawValue), ("title", rule.title.text(context.language)),
          ("basis", rule.citation),
        ]
        for (name, value) in properties {
          body += "      <property name=\"\(attribute(name))\" value=\"\(attribute(value))\"/>\n"
        }
        body += "    </properties>\n"
      }
      for testcase in cases { body += render(testcase, classname: id, language: context.language) }
      body += "  </testsuite>\n"
    }
    for (rule, cases) in suites { suite(rule.id, rule, cases) }
    for id in strays { suite(id, nil, Self.cases(checked: [], findings: byRule[id] ?? [])) }
    out += "<testsuites name=\"comply\" tests=\"\(total.tests)\" failures=\"\(total.failures)\" errors=\"0\">\n"
    out += body
    out += "</testsuites>\n"
    return out
  }

  /// The testcases of one rule: what it judged, and anything a finding is about that was not listed.
  static func cases(checked: [String], findings: [Finding]) -> [Case] {
    var byName: [String: Case] = [:]
    for name in checked { byName[name] = Case(name: name) }
    for finding in findings {
      let name = AuditResult.checkedLabel(record: finding.record, file: finding.file, period: finding.period)
      byName[name, default: Case(name: name)].findings.append(finding)
    }
    return byName.keys.sorted().compactMap { byName[$0] }
  }

  static func render(_ testcase: Case, classname: String, language: Language) -> String {
    let open = "    <testcase classname=\"\(attribute(classname))\" name=\"\(attribute(testcase.name))\""
    if testcase.findings.isEmpty { return open + "/>\n" }
    var out = open + ">\n"
    if testcase.failed {
      for finding in testcase.findings where finding.waiver == nil {
        var message = finding.message.text(language)
        if finding.known { message += language == .zh ? "（已知）" : " (known)" }
        out += "      <failure message=\"\(attribute(message))\" type=\"\(finding.severity.rawValue)\">"
        out += text("\(finding.location): \(message)") + "</failure>\n"
      }
    } else {
      let reasons = testcase.findings.compactMap { finding in
        finding.waiver.map { w in
          language == .zh
            ? "\(w.reason)（\(w.approvedBy)批准，\(w.expires) 到期）"
            : "\(w.reason) (approved by \(w.approvedBy), expires \(w.expires))"
        }
      }
      let label = language == .zh ? "已豁免：" : "waived: "
      out += "      <skipped message=\"\(attribute(label + reasons.joined(separator: "; ")))\"/>\n"
    }
    return out + "    </testcase>\n"
  }

  // MARK: - XML escaping

  /// Character data: `&`, `<`, `>` escaped; characters XML 1.0 cannot hold replaced by U+FFFD.
  static func text(_ s: String) -> String { escape(s, attribute: false) }

  /// An attribute value in double quotes: also `"`, and tab, newline and carriage return as
  /// character references so that attribute normalization keeps them.
  static func attribute(_ s: String) -> String { escape(s, attribute: true) }

  private static func escape(_ s: String, attribute: Bool) -> String {
    var out = ""
    for scalar in s.unicodeScalars {
      switch scalar {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"" where attribute: out += "&quot;"
      case "\t" where attribute: out += "&#9;"
      case "\n" where attribute: out += "&#10;"
      case "\r": out += "&#13;"
      case "\t", "\n": out.unicodeScalars.append(scalar)
      default:
        let v = scalar.value
        let allowed = (v >= 0x20 && v <= 0xD7FF) || (v >= 0xE000 && v <= 0xFFFD) || v >= 0x10000
        out.unicodeScalars.append(allowed ? scalar : "\u{FFFD}")
      }
    }
    return out
  }
}
