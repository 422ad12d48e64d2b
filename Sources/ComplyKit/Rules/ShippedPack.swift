// Generated from Rules/ by `COMPLY_RECORD=1 swift test --filter ShippedRulesTests`. Do not edit.
// The shipped rule pack as Swift values, without its examples: an audit or a check starts without
// reading the pack's YAML (see `RuleSet.compiledPack`). `ShippedRules.swift` holds the same files as
// text, which `comply rules test` and the explaining commands read, examples included.

enum ShippedPack {
  static func ruleSet() throws(Pattern.Failure) -> RuleSet {
    RuleSet(
      rules: [
        try rule0(),
        try rule1(),
        try rule2(),
        try rule3(),
        try rule4(),
        try rule5(),
        try rule6(),
        try rule7(),
        try rule8(),
        try rule9(),
        try rule10(),
        try rule11(),
        try rule12(),
        try rule13(),
        try rule14(),
        try rule15(),
        try rule16(),
        try rule17(),
        try rule18(),
        try rule19(),
        try rule20(),
        try rule21(),
        try rule22(),
        try rule23(),
        try rule24(),
        try rule25(),
        try rule26(),
        try rule27(),
        try rule28(),
        try rule29(),
        try rule30(),
        try rule31(),
        try rule32(),
        try rule33(),
        try rule34(),
        try rule35(),
        try rule36(),
        try rule37(),
        try rule38(),
        try rule39(),
        try rule40(),
        try rule41(),
        try rule42(),
        try rule43(),
        try rule44(),
        try rule45(),
        try rule46(),
        try rule47(),
      ],
      calendars: [
        calendar0(),
        calendar1(),
        calendar2(),
      ])
  }

  // Rules/appointment/decision-meeting.yaml:1:1
  private static func rule0() throws(Pattern.Failure) -> Rule {
    Rule(
      id: "appointment.decision-meeting",
      severity: .error,
      title: Localized(zh: "干部任免由党组会议讨论决定，到会和表决符合规定", en: "The appointment is decided at a quorate party group meeting by a majority of its members"),
      rationale: Localized(zh: "干部任免必须由党委（党组）集体讨论决定，不得以书记办公会、主席办公会、领导圈阅等代替。讨论决定干部任免事项， 必须有三分之二以上成员到会；以应到会成员超过半数同意形成决定。会议记录中应有研究该干部任职的议题和表决结果。", en: "Appointments are decided collectively by the party committee or party group, not by a secretaries' or chairman's office meeting or by circulating papers. Two thirds or more of the members must be present, and the decision needs the votes of more than half of the members. The minutes must show the item on this appointment and its vote."),
      remedy: Localized(zh: "在党组会议上重新讨论决定；会议记录写明该议题（dossier）、到会人员和表决票数，到会不足三分之二或同意票未超过应到会成员半数的，决定无效，应重新研究。", en: "Decide again at a party group meeting whose minutes name the dossier (dossier), the members present and the votes; a decision without two thirds present or without a majority of the members is void and must be taken again."),
      basis: [Basis(regulation: "党政领导干部选拔任用工作条例", year: 2019, article: "第三十八条（条号待核）", confidence: "F2", local: false, quote: "「讨论决定干部任免事项，必须有三分之二以上成员到会」「以党委（党组）应到会成员超过半数同意形成决定」"), Basis(regulation: "党委（党组）讨论决定干部任免事项守则", year: nil, article: nil, confidence: "F", local: false, quote: "不得以书记办公会、领导圈阅等形式代替党委（党组）会议讨论决定干部任免")],
      parameters: [],
      body: .record(
        RecordRule(
          kind: "appointment",
          filter: nil,
          date: nil,
          lets: [("meeting", Expr.call(.ref, [.member(.member(.field("steps"), "decision"), "meeting")])), ("item", Expr.call(.first, [.member(.variable("meeting"), "agenda"), .binary(.equal, .field("dossier"), .member(.root, "id"))])), ("members", Expr.call(.count, [.binary(.coalesce, .member(.variable("meeting"), "expected"), .member(.call(.ref, [.binary(.coalesce, .member(.variable("meeting"), "org"), .member(.root, "org"))]), "members"))]))],
          checks: [
            Check(
              when: Expr.call(.exists, [.member(.member(.field("steps"), "decision"), "meeting")]),
              forEach: nil,
              binding: nil,
              require: Expr.binary(.and, .call(.exists, [.variable("meeting")]), .binary(.equal, .member(.variable("meeting"), "kind"), .literal(.string("meeting")))),
              at: Expr.member(.member(.field("steps"), "decision"), "meeting"),
              message: MessageTemplate(zh: [.text("干部选拔档案 "), .expr(Expr.member(.root, "id")), .text(" 的讨论决定会议 "), .expr(Expr.member(.member(.field("steps"), "decision"), "meeting")), .text(" 没有会议记录")], en: [.text("Dossier "), .expr(Expr.member(.root, "id")), .text(": the decision meeting "), .expr(Expr.member(.member(.field("steps"), "decision"), "meeting")), .text(" has no minutes in the records")]),
              severity: nil,
              name: "exists"),
            Check(
              when: Expr.binary(.equal, .member(.variable("meeting"), "kind"), .literal(.string("meeting"))),
              forEach: nil,
              binding: nil,
              require: Expr.binary(.isIn, .member(.variable("meeting"), "type"), .literal(.list([.string("党组会议"), .string("党委会议")]))),
              at: Expr.member(.member(.field("steps"), "decision"), "meeting"),
              message: MessageTemplate(zh: [.text("干部选拔档案 "), .expr(Expr.member(.root, "id")), .text(" 由"), .expr(Expr.member(.variable("meeting"), "type")), .text("（"), .expr(Expr.member(.variable("meeting"), "id")), .text("）讨论决定，干部任免应由党组（党委）会议讨论决定")], en: [.text("Dossier "), .expr(Expr.member(.root, "id")), .text(" was decided at a "), .expr(Expr.member(.variable("meeting"), "type")), .text(" ("), .expr(Expr.member(.variable("meeting"), "id")), .text("); appointments are decided at a party group (committee) meeting")]),
              severity: nil,
              name: "type"),
            Check(
              when: Expr.binary(.equal, .member(.variable("meeting"), "kind"), .literal(.string("meeting"))),
              forEach: nil,
              binding: nil,
              require: Expr.call(.exists, [.variable("item")]),
              at: Expr.member(.member(.field("steps"), "decision"), "meeting"),
              message: MessageTemplate(zh: [.text("讨论决定会议 "), .expr(Expr.member(.variable("meeting"), "id")), .text("（"), .expr(Expr.member(.variable("meeting"), "date")), .text("）的议题中没有研究干部选拔档案 "), .expr(Expr.member(.root, "id")), .text(" 的议题（dossier）")], en: [.text("No agenda item of the decision meeting "), .expr(Expr.member(.variable("meeting"), "id")), .text(" ("), .expr(Expr.member(.variable("meeting"), "date")), .text(") names dossier "), .expr(Expr.member(.root, "id")), .text(" (dossier)")]),
              severity: nil,
              name: "item"),
            Check(
              when: Expr.binary(.and, .binary(.and, .binary(.equal, .member(.variable("meeting"), "kind"), .literal(.string("meeting"))), .call(.exists, [.member(.variable("meeting"), "present")])), .binary(.greater, .variable("members"), .literal(.int(0)))),
              forEach: nil,
              binding: nil,
              require: Expr.binary(.greaterOrEqual, .binary(.multiply, .call(.count, [.member(.variable("meeting"), "present")]), .literal(.int(3))), .binary(.multiply, .variable("members"), .literal(.int(2)))),
              at: Expr.member(.member(.field("steps"), "decision"), "meeting"),
              message: MessageTemplate(zh: [.text("讨论决定干部选拔档案 "), .expr(Expr.member(.root, "id")), .text(" 的会议 "), .expr(Expr.member(.variable("meeting"), "id")), .text("（"), .expr(Expr.member(.variable("meeting"), "date")), .text("）应到 "), .expr(Expr.variable("members")), .text(" 人，实到 "), .expr(Expr.call(.count, [.member(.variable("meeting"), "present")])), .text(" 人，未达到三分之二")], en: [.text("The meeting "), .expr(Expr.member(.variable("meeting"), "id")), .text(" ("), .expr(Expr.member(.variable("meeting"), "date")), .text(") that decided dossier "), .expr(Expr.member(.root, "id")), .text(": "), .expr(Expr.call(.count, [.member(.variable("meeting"), "present")])), .text(" present of "), .expr(Expr.variable("members")), .text(", less than two thirds")]),
              severity: nil,
              name: "quorum"),
            Check(
              when: Expr.binary(.and, .call(.exists, [.variable("item")]), .binary(.greater, .variable("members"), .literal(.int(0)))),
              forEach: nil,
              binding: nil,
              require: Expr.binary(.and, .call(.exists, [.member(.member(.variable("item"), "votes"), "for")]), .binary(.greater, .binary(.multiply, .member(.member(.variable("item"), "votes"), "for"), .literal(.int(2))), .variable("members"))),
              at: Expr.member(.member(.field("steps"), "decision"), "meeting"),
              message: MessageTemplate(zh: [.text("会议 "), .expr(Expr.member(.variable("meeting"), "id")), .text("（"), .expr(Expr.member(.variable("meeting"), "date")), .text("）对干部选拔档案 "), .expr(Expr.member(.root, "id")), .text(" 的表决"), .expr(Expr.call(.ifThen, [.call(.exists, [.member(.member(.variable("item"), "votes"), "for")]), .binary(.add, .binary(.add, .binary(.add, .binary(.add, .literal(.string("同意 ")), .call(.text, [.member(.member(.variable("item"), "votes"), "for")])), .literal(.string(" 票，未超过应到会成员 "))), .call(.text, [.variable("members")])), .literal(.string(" 人的半数"))), .literal(.string("未记录同意票数"))]))], en: [.text("Meeting "), .expr(Expr.member(.variable("meeting"), "id")), .text(" ("), .expr(Expr.member(.variable("meeting"), "date")), .text(") on dossier "), .expr(Expr.member(.root, "id")), .text(": "), .expr(Expr.call(.ifThen, [.call(.exists, [.member(.member(.variable("item"), "votes"), "for")]), .binary(.add, .binary(.add, .binary(.add, .call(.text, [.member(.member(.variable("item"), "votes"), "for")]), .literal(.string(" in favour, not more than half of the "))), .call(.text, [.variable("members")])), .literal(.string(" members"))), .literal(.string("no votes in favour recorded"))]))]),
              severity: nil,
              name: "majority"),
          ])),
      examples: [],
      source: SourceLocation(path: "Rules/appointment/decision-meeting.yaml", line: 1, column: 1))
  }

  // Rules/appointment/documented.yaml:1:1
  private static func rule1() throws(Pattern.Failure) -> Rule {
    Rule(
      id: "appointment.documented",
      severity: .error,
      title: Localized(zh: "干部选拔任用各环节均有纪实材料", en: "Every step of the selection is documented"),
      rationale: Localized(zh: "干部选拔任用工作实行全程纪实，从动议到任职每个环节都要有据可查、可追溯、可倒查：动议、民主推荐、考察、任职有纪实材料， 讨论决定有党组会议记录，任前公示有公示文本。备案只需写明日期和报送机关。", en: "Cadre selection is documented from the motion to the appointment so that every step can be traced: the motion, the recommendation, the inspection and the appointment each have their record, the decision its party group minutes, the publicity its notice. A filing needs only its date and the body it went to."),
      remedy: Localized(zh: "补充缺少的纪实材料（record）、讨论决定的会议记录（meeting）或任前公示（notice），并归入干部任免档案；备案写明报送机关（to）。", en: "Add the missing record, the decision's meeting or the notice, and file them with the dossier; give the body a filing went to (to)."),
      basis: [Basis(regulation: "干部选拔任用工作监督检查和责任追究办法", year: 2019, article: nil, confidence: "R", local: false, quote: "干部选拔任用工作全程纪实，做到可追溯、可倒查"), Basis(regulation: "各地干部选拔任用工作纪实实施办法", year: nil, article: nil, confidence: "L", local: true, quote: "纪实表覆盖动议至任职每个环节，记录时间、参与人员、方式、结果并签字，随干部任免档案归档")],
      parameters: [],
      body: .record(
        RecordRule(
          kind: "appointment",
          filter: nil,
          date: nil,
          lets: [],
          checks: [
            Check(
              when: nil,
              forEach: Expr.call(.filter, [.literal(.list([.string("motion"), .string("recommendation"), .string("inspection"), .string("appointment")])), .binary(.and, .call(.exists, [.index(.member(.root, "steps"), .scope)]), .not(.call(.exists, [.member(.index(.member(.root, "steps"), .scope), "record")])))]),
              binding: "step",
              require: Expr.literal(.bool(false)),
              at: Expr.index(.member(.root, "steps"), .variable("step")),
              message: MessageTemplate(zh: [.text("干部选拔档案 "), .expr(Expr.member(.root, "id")), .text(" 的“"), .expr(Expr.call(.ifThen, [.binary(.equal, .variable("step"), .literal(.string("motion"))), .literal(.string("动议酝酿")), .call(.ifThen, [.binary(.equal, .variable("step"), .literal(.string("recommendation"))), .literal(.string("民主推荐")), .call(.ifThen, [.binary(.equal, .variable("step"), .literal(.string("inspection"))), .literal(.string("考察")), .literal(.string("任职"))])])])), .text("”步骤没有纪实材料（record）")], en: [.text("Dossier "), .expr(Expr.member(.root, "id")), .text(": the "), .expr(Expr.call(.ifThen, [.binary(.equal, .variable("step"), .literal(.string("motion"))), .literal(.string("motion")), .call(.ifThen, [.binary(.equal, .variable("step"), .literal(.string("recommendation"))), .literal(.string("democratic recommendation")), .call(.ifThen, [.binary(.equal, .variable("step"), .literal(.string("inspection"))), .literal(.string("inspection")), .literal(.string("appointment"))])])])), .text(" step has no record")]),
              severity: nil,
              name: "record"),
            Check(
              when: Expr.call(.exists, [.member(.field("steps"), "decision")]),
              forEach: nil,
              binding: nil,
              require: Expr.call(.exists, [.member(.member(.field("steps"), "decision"), "meeting")]),
              at: Expr.member(.field("steps"), "decision"),
              message: MessageTemplate(zh: [.text("干部选拔档案 "), .expr(Expr.member(.root, "id")), .text(" 的讨论决定没有对应的会议记录（meeting）")], en: [.text("Dossier "), .expr(Expr.member(.root, "id")), .text(": the decision names no meeting minutes (meeting)")]),
              severity: nil,
              name: "meeting"),
            Check(
              when: Expr.call(.exists, [.member(.field("steps"), "publicity")]),
              forEach: nil,
              binding: nil,
              require: Expr.call(.exists, [.member(.member(.field("steps"), "publicity"), "notice")]),
              at: Expr.member(.field("steps"), "publicity"),
              message: MessageTemplate(zh: [.text("干部选拔档案 "), .expr(Expr.member(.root, "id")), .text(" 的任前公示没有对应的公示（notice）")], en: [.text("Dossier "), .expr(Expr.member(.root, "id")), .text(": the publicity step names no notice (notice)")]),
              severity: nil,
              name: "notice"),
            Check(
              when: Expr.call(.exists, [.member(.field("steps"), "filing")]),
              forEach: nil,
              binding: nil,
              require: Expr.call(.exists, [.member(.member(.field("steps"), "filing"), "to")]),
              at: Expr.member(.field("steps"), "filing"),
              message: MessageTemplate(zh: [.text("干部选拔档案 "), .expr(Expr.member(.root, "id")), .text(" 的备案未写明报送机关（to）")], en: [.text("Dossier "), .expr(Expr.member(.root, "id")), .text(": the filing does not say where it went (to)")]),
              severity: nil,
              name: "filing"),
          ])),
      examples: [],
      source: SourceLocation(path: "Rules/appointment/documented.yaml", line: 1, column: 1))
  }

  // Rules/appointment/filing.yaml:1:1
  private static func rule2() throws(Pattern.Failure) -> Rule {
    Rule(
      id: "appointment.filing",
      severity: .warning,
      title: Localized(zh: "干部任职后按时向上级备案", en: "The appointment is filed with the higher level in time"),
      rationale: Localized(zh: "按规定需报上级组织（人事）部门备案的干部任免，应在任职后及时备案，备案材料包括任免审批表、考察材料、党组会议纪要等。 备案时限由各地规定，本规则默认任职后30日内，可通过参数调整。", en: "Appointments that must be reported to the higher organization department are filed soon after the appointment, with the approval form, the inspection report and the minutes. The deadline is local; this rule defaults to 30 days after the appointment, a parameter."),
      remedy: Localized(zh: "向上级组织（人事）部门补报备案，在档案中记录备案日期（filing.date）和报送机关（filing.to）；今后在规定时限内备案。", en: "File the appointment with the higher organization department and record the date (filing.date) and where it went (filing.to); file within the deadline from now on."),
      basis: [Basis(regulation: "党政领导干部选拔任用工作条例", year: 2014, article: "第三十九条", confidence: "F", local: false, quote: "按照干部管理权限需报上级备案的，报上级组织（人事）部门备案"), Basis(regulation: "各地干部任免备案办法", year: nil, article: nil, confidence: "L", local: true, quote: "备案时限由地方规定（如决定后一周内）")],
      parameters: [Parameter(name: "days", defaultValue: .int(30), description: Localized(zh: "任职后备案的期限（日）", en: "Days after the appointment within which it is filed"), choices: nil)],
      body: .record(
        RecordRule(
          kind: "appointment",
          filter: nil,
          date: nil,
          lets: [("appointed", Expr.member(.member(.field("steps"), "appointment"), "date")), ("filed", Expr.member(.member(.field("steps"), "filing"), "date"))],
          checks: [
            Check(
              when: nil,
              forEach: nil,
              binding: nil,
              require: Expr.call(.exists, [.variable("filed")]),
              at: Expr.binary(.coalesce, .binary(.coalesce, .member(.field("steps"), "filing"), .field("steps")), .root),
              message: MessageTemplate(zh: [.text("干部选拔档案 "), .expr(Expr.member(.root, "id")), .text(" 没有备案记录"), .expr(Expr.call(.ifThen, [.call(.exists, [.member(.field("steps"), "filing")]), .literal(.string("日期")), .literal(.string(""))])), .text("（应在任职后 "), .expr(Expr.member(.variable("params"), "days")), .text(" 日内备案）")], en: [.text("Dossier "), .expr(Expr.member(.root, "id")), .text(" has no filing"), .expr(Expr.call(.ifThen, [.call(.exists, [.member(.field("steps"), "filing")]), .literal(.string(" date")), .literal(.string(""))])), .text(" (due within "), .expr(Expr.member(.variable("params"), "days")), .text(" days after the appointment)")]),
              severity: nil,
              name: "present"),
            Check(
              when: nil,
              forEach: nil,
              binding: nil,
              require: Expr.binary(.lessOrEqual, .variable("filed"), .call(.addDays, [.variable("appointed"), .member(.variable("params"), "days")])),
              at: Expr.member(.member(.field("steps"), "filing"), "date"),
              message: MessageTemplate(zh: [.text("干部选拔档案 "), .expr(Expr.member(.root, "id")), .text(" 任职于 "), .expr(Expr.variable("appointed")), .text("，"), .expr(Expr.variable("filed")), .text(" 才备案，超过 "), .expr(Expr.member(.variable("params"), "days")), .text(" 日（应在 "), .expr(Expr.call(.addDays, [.variable("appointed"), .member(.variable("params"), "days")])), .text(" 前）")], en: [.text("Dossier "), .expr(Expr.member(.root, "id")), .text(": appointed "), .expr(Expr.variable("appointed")), .text(", filed only "), .expr(Expr.variable("filed")), .text(", more than "), .expr(Expr.member(.variable("params"), "days")), .text(" days later (due by "), .expr(Expr.call(.addDays, [.variable("appointed"), .member(.variable("params"), "days")])), .text(")")]),
              severity: nil,
              name: "deadline"),
            Check(
              when: nil,
              forEach: nil,
              binding: nil,
              require: Expr.binary(.greaterOrEqual, .variable("filed"), .variable("appointed")),
              at: Expr.member(.member(.field("steps"), "filing"), "date"),
              message: MessageTemplate(zh: [.text("干部选拔档案 "), .expr(Expr.member(.root, "id")), .text(" 的备案日期（"), .expr(Expr.variable("filed")), .text("）早于任职日期（"), .expr(Expr.variable("appointed")), .text("）")], en: [.text("Dossier "), .expr(Expr.member(.root, "id")), .text(": the filing ("), .expr(Expr.variable("filed")), .text(") is dated before the appointment ("), .expr(Expr.variable("appointed")), .text(")")]),
              severity: nil,
              name: "after-appointment"),
          ])),
      examples: [],
      source: SourceLocation(path: "Rules/appointment/filing.yaml", line: 1, column: 1))
  }

  // Rules/appointment/four-musts.yaml:1:1
  private static func rule3() throws(Pattern.Failure) -> Rule {
    Rule(
      id: "appointment.four-musts",
      severity: .error,
      title: Localized(zh: "干部选拔“四必”须在讨论决定前完成", en: "The four musts are done before the appointment is decided"),
      rationale: Localized(zh: "防止干部“带病提拔”，讨论决定前必须做到“凡提四必”：干部档案凡提必审、个人有关事项报告凡提必核、 纪检监察机关意见凡提必听、线索具体的信访举报凡提必查。任何一项缺失或晚于讨论决定，程序即不完整。", en: "To keep cadres with problems from being promoted, four checks must precede the decision: the personnel file is reviewed, the personal matters report is verified, the discipline inspection body's opinion is heard, and specific petitions are checked. One missing or dated after the decision leaves the procedure incomplete."),
      remedy: Localized(zh: "补齐缺少的审核、查核、意见或核查材料；晚于讨论决定的，应在完成“四必”后重新提交党组讨论。", en: "Produce the missing review, verification, opinion or check; where one came after the decision, bring the case back to the party group once all four are done."),
      basis: [Basis(regulation: "党政领导干部选拔任用工作条例", year: 2019, article: "第三十一条", confidence: "F2", local: false, quote: "「组织（人事）部门必须严格审核考察对象的干部人事档案，查核个人有关事项报告，就党风廉政情况听取纪检监察机关意见，对反映问题线索具体、有可查性的信访举报进行核查」")],
      parameters: [],
      body: .record(
        RecordRule(
          kind: "appointment",
          filter: nil,
          date: nil,
          lets: [("decided", Expr.member(.member(.field("steps"), "decision"), "date"))],
          checks: [
            Check(
              when: nil,
              forEach: Expr.call(.filter, [.literal(.list([.string("archive_review"), .string("personal_matters"), .string("discipline_opinion"), .string("petition_check")])), .not(.call(.exists, [.member(.index(.member(.root, "four_musts"), .scope), "date")]))]),
              binding: "must",
              require: Expr.literal(.bool(false)),
              at: Expr.binary(.coalesce, .index(.member(.root, "four_musts"), .variable("must")), .member(.root, "four_musts")),
              message: MessageTemplate(zh: [.text("干部选拔档案 "), .expr(Expr.member(.root, "id")), .text(" 缺少“四必”中的"), .expr(Expr.call(.ifThen, [.binary(.equal, .variable("must"), .literal(.string("archive_review"))), .literal(.string("干部档案审核（凡提必审）")), .call(.ifThen, [.binary(.equal, .variable("must"), .literal(.string("personal_matters"))), .literal(.string("个人有关事项报告查核（凡提必核）")), .call(.ifThen, [.binary(.equal, .variable("must"), .literal(.string("discipline_opinion"))), .literal(.string("纪检监察机关意见（凡提必听）")), .literal(.string("信访举报核查（凡提必查）"))])])]))], en: [.text("Dossier "), .expr(Expr.member(.root, "id")), .text(" lacks one of the four musts: "), .expr(Expr.call(.ifThen, [.binary(.equal, .variable("must"), .literal(.string("archive_review"))), .literal(.string("the personnel file review")), .call(.ifThen, [.binary(.equal, .variable("must"), .literal(.string("personal_matters"))), .literal(.string("the personal matters verification")), .call(.ifThen, [.binary(.equal, .variable("must"), .literal(.string("discipline_opinion"))), .literal(.string("the discipline inspection opinion")), .literal(.string("the petition check"))])])]))]),
              severity: nil,
              name: "present"),
            Check(
              when: nil,
              forEach: Expr.call(.filter, [.literal(.list([.string("archive_review"), .string("personal_matters"), .string("discipline_opinion"), .string("petition_check")])), .binary(.greater, .member(.index(.member(.root, "four_musts"), .scope), "date"), .variable("decided"))]),
              binding: "must",
              require: Expr.literal(.bool(false)),
              at: Expr.member(.index(.member(.root, "four_musts"), .variable("must")), "date"),
              message: MessageTemplate(zh: [.text("干部选拔档案 "), .expr(Expr.member(.root, "id")), .text(" 的"), .expr(Expr.call(.ifThen, [.binary(.equal, .variable("must"), .literal(.string("archive_review"))), .literal(.string("干部档案审核")), .call(.ifThen, [.binary(.equal, .variable("must"), .literal(.string("personal_matters"))), .literal(.string("个人有关事项报告查核")), .call(.ifThen, [.binary(.equal, .variable("must"), .literal(.string("discipline_opinion"))), .literal(.string("纪检监察机关意见")), .literal(.string("信访举报核查"))])])])), .text("（"), .expr(Expr.member(.index(.member(.root, "four_musts"), .variable("must")), "date")), .text("）晚于讨论决定（"), .expr(Expr.variable("decided")), .text("）")], en: [.text("Dossier "), .expr(Expr.member(.root, "id")), .text(": the "), .expr(Expr.call(.ifThen, [.binary(.equal, .variable("must"), .literal(.string("archive_review"))), .literal(.string("personnel file review")), .call(.ifThen, [.binary(.equal, .variable("must"), .literal(.string("personal_matters"))), .literal(.string("personal matters verification")), .call(.ifThen, [.binary(.equal, .variable("must"), .literal(.string("discipline_opinion"))), .literal(.string("discipline inspection opinion")), .literal(.string("petition check"))])])])), .text(" ("), .expr(Expr.member(.index(.member(.root, "four_musts"), .variable("must")), "date")), .text(") comes after the decision ("), .expr(Expr.variable("decided")), .text(")")]),
              severity: nil,
              name: "before-decision"),
          ])),
      examples: [],
      source: SourceLocation(path: "Rules/appointment/four-musts.yaml", line: 1, column: 1))
  }

  // Rules/appointment/inspection-team.yaml:1:1
  private static func rule4() throws(Pattern.Failure) -> Rule {
    Rule(
      id: "appointment.inspection-team",
      severity: .error,
      title: Localized(zh: "考察组由两名以上成员组成", en: "The inspection team has at least two members"),
      rationale: Localized(zh: "考察组由两名以上成员组成，考察组负责人应当由思想政治素质好、熟悉干部工作的人员担任；一人考察无法相互监督，考察结论缺乏制约。", en: "An inspection team has two or more members, so that they check each other; a single inspector's conclusions go unchecked."),
      remedy: Localized(zh: "由两名以上符合条件的人员组成考察组重新考察，并在考察材料上由考察组成员签名；记录中写明考察组成员（team）。", en: "Inspect again with a team of two or more qualified members who sign the inspection report; list the team (team) in the dossier."),
      basis: [Basis(regulation: "党政领导干部选拔任用工作条例", year: 2019, article: "第三十三条", confidence: "F2", local: false, quote: "「考察组由两名以上成员组成」")],
      parameters: [],
      body: .record(
        RecordRule(
          kind: "appointment",
          filter: nil,
          date: nil,
          lets: [("team", Expr.call(.distinct, [.call(.map, [.member(.member(.field("steps"), "inspection"), "team"), .call(.name, [.scope])])]))],
          checks: [
            Check(
              when: Expr.call(.exists, [.member(.field("steps"), "inspection")]),
              forEach: nil,
              binding: nil,
              require: Expr.binary(.greaterOrEqual, .call(.count, [.variable("team")]), .literal(.int(2))),
              at: Expr.binary(.coalesce, .member(.member(.field("steps"), "inspection"), "team"), .member(.field("steps"), "inspection")),
              message: MessageTemplate(zh: [.text("干部选拔档案 "), .expr(Expr.member(.root, "id")), .text(" 的考察组"), .expr(Expr.call(.ifThen, [.binary(.equal, .call(.count, [.variable("team")]), .literal(.int(0))), .literal(.string("未记录成员")), .binary(.add, .binary(.add, .binary(.add, .binary(.add, .literal(.string("只有 ")), .call(.text, [.call(.count, [.variable("team")])])), .literal(.string(" 名成员（"))), .call(.join, [.variable("team"), .literal(.string("、"))])), .literal(.string("）")))])), .text("，考察组应由两名以上成员组成")], en: [.text("Dossier "), .expr(Expr.member(.root, "id")), .text(": the inspection team "), .expr(Expr.call(.ifThen, [.binary(.equal, .call(.count, [.variable("team")]), .literal(.int(0))), .literal(.string("lists no members")), .binary(.add, .binary(.add, .binary(.add, .binary(.add, .literal(.string("has only ")), .call(.text, [.call(.count, [.variable("team")])])), .literal(.string(" member ("))), .call(.join, [.variable("team"), .literal(.string(", "))])), .literal(.string(")")))])), .text("; it needs two or more")]),
              severity: nil,
              name: "0"),
          ])),
      examples: [],
      source: SourceLocation(path: "Rules/appointment/inspection-team.yaml", line: 1, column: 1))
  }

  // Rules/appointment/political-profile.yaml:1:1
  private static func rule5() throws(Pattern.Failure) -> Rule {
    Rule(
      id: "appointment.political-profile",
      severity: .warning,
      title: Localized(zh: "拟任人选在讨论决定前已建立政治素质档案", en: "The candidate has a political profile before the decision"),
      rationale: Localized(zh: "选拔任用干部把政治标准放在首位。各地探索建立干部政治素质档案，记录政治忠诚、政治定力、政治担当、政治能力、政治自律等方面的表现， 作为考察和讨论决定的依据；拟任人选应在讨论决定前已建立政治素质档案。", en: "Political standards come first in selecting cadres. Local rules keep a political profile of each cadre (loyalty, steadiness, responsibility, ability, self-discipline), which the inspection and the decision rely on; the candidate's profile must exist before the decision."),
      remedy: Localized(zh: "为拟任人选建立政治素质档案并在人员记录中写明建档日期（political_profile）；讨论决定前应据此研判其政治素质。", en: "Set up the candidate's political profile and record its date (political_profile); assess it before the decision."),
      basis: [Basis(regulation: "党政领导干部选拔任用工作条例", year: 2019, article: "第三条", confidence: "F2", local: false, quote: "坚持「政治标准放在首位」"), Basis(regulation: "各地干部政治素质档案建设办法", year: nil, article: nil, confidence: "L", local: true, quote: "「探索建立干部政治素质档案」")],
      parameters: [],
      body: .record(
        RecordRule(
          kind: "appointment",
          filter: nil,
          date: nil,
          lets: [("cand", Expr.call(.ref, [.field("candidate")])), ("decided", Expr.member(.member(.field("steps"), "decision"), "date"))],
          checks: [
            Check(
              when: Expr.binary(.equal, .member(.variable("cand"), "kind"), .literal(.string("person"))),
              forEach: nil,
              binding: nil,
              require: Expr.call(.exists, [.member(.variable("cand"), "political_profile")]),
              at: Expr.field("candidate"),
              message: MessageTemplate(zh: [.text("干部选拔档案 "), .expr(Expr.member(.root, "id")), .text(" 的拟任人选 "), .expr(Expr.call(.name, [.field("candidate")])), .text(" 没有建立政治素质档案（political_profile）")], en: [.text("Dossier "), .expr(Expr.member(.root, "id")), .text(": the candidate "), .expr(Expr.call(.name, [.field("candidate")])), .text(" has no political profile (political_profile)")]),
              severity: nil,
              name: "present"),
            Check(
              when: Expr.binary(.equal, .member(.variable("cand"), "kind"), .literal(.string("person"))),
              forEach: nil,
              binding: nil,
              require: Expr.binary(.lessOrEqual, .member(.variable("cand"), "political_profile"), .variable("decided")),
              at: Expr.field("candidate"),
              message: MessageTemplate(zh: [.text("干部选拔档案 "), .expr(Expr.member(.root, "id")), .text(" 的拟任人选 "), .expr(Expr.call(.name, [.field("candidate")])), .text(" 的政治素质档案建于 "), .expr(Expr.member(.variable("cand"), "political_profile")), .text("，晚于讨论决定（"), .expr(Expr.variable("decided")), .text("）")], en: [.text("Dossier "), .expr(Expr.member(.root, "id")), .text(": the candidate "), .expr(Expr.call(.name, [.field("candidate")])), .text("'s political profile dates from "), .expr(Expr.member(.variable("cand"), "political_profile")), .text(", after the decision ("), .expr(Expr.variable("decided")), .text(")")]),
              severity: nil,
              name: "before-decision"),
          ])),
      examples: [],
      source: SourceLocation(path: "Rules/appointment/political-profile.yaml", line: 1, column: 1))
  }

  // Rules/appointment/post-recusal.yaml:1:1
  private static func rule6() throws(Pattern.Failure) -> Rule {
    Rule(
      id: "appointment.post-recusal",
      severity: .error,
      title: Localized(zh: "任职回避：亲属不得在同一机关形成直接上下级、同一领导或敏感岗位关系", en: "Post recusal between relatives in the same unit"),
      rationale: Localized(zh: "有夫妻关系、直系血亲关系、三代以内旁系血亲关系以及近姻亲关系的，不得在同一机关担任双方直接隶属于同一领导人员的职务或者有直接上下级领导关系的职务， 也不得在其中一方担任领导职务的机关从事组织（人事）、纪检（监察）、审计、财务等工作。亲属关系常要经过推导才能发现（如配偶的兄弟姐妹）。 人员记录反映任职后的岗位；同一单位内其他领导分管下的亲属不构成任职回避。", en: "Relatives (spouses, lineal relatives, collateral relatives within three generations and close in-laws, often found only by derivation) may not, in the same unit, both report directly to the same leader, be each other's direct superior, or work in personnel, discipline inspection, audit or finance where the other holds a leadership post. The person records show the posts after the appointment; a relative elsewhere in the unit under another leader is no conflict."),
      remedy: Localized(zh: "调整其中一方的职务或分管关系，使双方不再直接隶属于同一领导、不再有直接上下级关系，或不再在对方任领导职务的机关从事人事、纪检、审计、财务工作；必要时暂缓任职。", en: "Change one of the posts or the reporting lines so that the two no longer report to the same leader, no longer supervise each other, and no longer work in personnel, discipline, audit or finance under the other's leadership; hold the appointment back if needed."),
      basis: [Basis(regulation: "党政领导干部任职回避暂行规定", year: 2006, article: "第三条", confidence: "F", local: false, quote: "「不得在同一机关担任双方直接隶属于同一领导人员的职务或者有直接上下级领导关系的职务，也不得在其中一方担任领导职务的机关从事组织（人事）、纪检（监察）、审计、财务等工作」"), Basis(regulation: "公务员回避规定", year: 2020, article: "第五条", confidence: "F", local: false, quote: "「夫妻关系、直系血亲关系、三代以内旁系血亲关系以及近姻亲关系」")],
      parameters: [],
      body: .record(
        RecordRule(
          kind: "appointment",
          filter: nil,
          date: nil,
          lets: [("cand", Expr.call(.ref, [.field("candidate")])), ("unit", Expr.binary(.coalesce, .member(.variable("cand"), "unit"), .member(.field("position"), "unit"))), ("sensitive", Expr.literal(.list([.string("人事"), .string("纪检"), .string("审计"), .string("财务")])))],
          checks: [
            Check(
              when: nil,
              forEach: Expr.call(.filter, [.call(.relatives, [.member(.root, "candidate")]), .binary(.and, .binary(.equal, .member(.call(.ref, [.scope]), "unit"), .variable("unit")), .binary(.or, .binary(.or, .binary(.or, .binary(.or, .binary(.equal, .call(.ref, [.member(.call(.ref, [.scope]), "supervisor")]), .variable("cand")), .binary(.equal, .call(.ref, [.member(.variable("cand"), "supervisor")]), .call(.ref, [.scope]))), .binary(.equal, .call(.ref, [.member(.call(.ref, [.scope]), "supervisor")]), .call(.ref, [.member(.variable("cand"), "supervisor")]))), .binary(.and, .binary(.equal, .member(.call(.ref, [.scope]), "leader"), .literal(.bool(true))), .binary(.isIn, .member(.variable("cand"), "function"), .variable("sensitive")))), .binary(.and, .binary(.equal, .member(.variable("cand"), "leader"), .literal(.bool(true))), .binary(.isIn, .member(.call(.ref, [.scope]), "function"), .variable("sensitive")))))]),
              binding: "rel",
              require: Expr.literal(.bool(false)),
              at: Expr.member(.root, "candidate"),
              message: MessageTemplate(zh: [.expr(Expr.call(.name, [.member(.root, "candidate")])), .text("与其"), .expr(Expr.call(.relation, [.member(.root, "candidate"), .variable("rel")])), .text(" "), .expr(Expr.call(.name, [.variable("rel")])), .text(" 同在"), .expr(Expr.variable("unit")), .text("，"), .expr(Expr.binary(.coalesce, .binary(.coalesce, .binary(.coalesce, .binary(.coalesce, .call(.ifThen, [.binary(.equal, .call(.ref, [.member(.call(.ref, [.variable("rel")]), "supervisor")]), .variable("cand")), .binary(.add, .binary(.add, .call(.name, [.variable("rel")]), .literal(.string(" 直接隶属于"))), .call(.name, [.member(.root, "candidate")])), .literal(.missing)]), .call(.ifThen, [.binary(.equal, .call(.ref, [.member(.variable("cand"), "supervisor")]), .call(.ref, [.variable("rel")])), .binary(.add, .binary(.add, .call(.name, [.member(.root, "candidate")]), .literal(.string(" 直接隶属于"))), .call(.name, [.variable("rel")])), .literal(.missing)])), .call(.ifThen, [.binary(.equal, .call(.ref, [.member(.call(.ref, [.variable("rel")]), "supervisor")]), .call(.ref, [.member(.variable("cand"), "supervisor")])), .binary(.add, .literal(.string("双方直接隶属于同一领导 ")), .call(.name, [.member(.variable("cand"), "supervisor")])), .literal(.missing)])), .call(.ifThen, [.binary(.and, .binary(.equal, .member(.call(.ref, [.variable("rel")]), "leader"), .literal(.bool(true))), .binary(.isIn, .member(.variable("cand"), "function"), .variable("sensitive"))), .binary(.add, .binary(.add, .binary(.add, .binary(.add, .binary(.add, .call(.name, [.variable("rel")]), .literal(.string(" 担任领导职务而"))), .call(.name, [.member(.root, "candidate")])), .literal(.string(" 从事"))), .member(.variable("cand"), "function")), .literal(.string("工作"))), .literal(.missing)])), .binary(.add, .binary(.add, .binary(.add, .binary(.add, .binary(.add, .call(.name, [.member(.root, "candidate")]), .literal(.string(" 担任领导职务而"))), .call(.name, [.variable("rel")])), .literal(.string(" 从事"))), .member(.call(.ref, [.variable("rel")]), "function")), .literal(.string("工作"))))), .text("，应当任职回避")], en: [.expr(Expr.call(.name, [.member(.root, "candidate")])), .text(" and "), .expr(Expr.call(.name, [.variable("rel")])), .text(", the candidate's "), .expr(Expr.call(.relationEN, [.member(.root, "candidate"), .variable("rel")])), .text(", both work in "), .expr(Expr.variable("unit")), .text(": "), .expr(Expr.binary(.coalesce, .binary(.coalesce, .binary(.coalesce, .binary(.coalesce, .call(.ifThen, [.binary(.equal, .call(.ref, [.member(.call(.ref, [.variable("rel")]), "supervisor")]), .variable("cand")), .binary(.add, .binary(.add, .call(.name, [.variable("rel")]), .literal(.string(" reports directly to "))), .call(.name, [.member(.root, "candidate")])), .literal(.missing)]), .call(.ifThen, [.binary(.equal, .call(.ref, [.member(.variable("cand"), "supervisor")]), .call(.ref, [.variable("rel")])), .binary(.add, .binary(.add, .call(.name, [.member(.root, "candidate")]), .literal(.string(" reports directly to "))), .call(.name, [.variable("rel")])), .literal(.missing)])), .call(.ifThen, [.binary(.equal, .call(.ref, [.member(.call(.ref, [.variable("rel")]), "supervisor")]), .call(.ref, [.member(.variable("cand"), "supervisor")])), .binary(.add, .literal(.string("both report directly to ")), .call(.name, [.member(.variable("cand"), "supervisor")])), .literal(.missing)])), .call(.ifThen, [.binary(.and, .binary(.equal, .member(.call(.ref, [.variable("rel")]), "leader"), .literal(.bool(true))), .binary(.isIn, .member(.variable("cand"), "function"), .variable("sensitive"))), .binary(.add, .binary(.add, .binary(.add, .binary(.add, .call(.name, [.variable("rel")]), .literal(.string(" holds a leadership post while "))), .call(.name, [.member(.root, "candidate")])), .literal(.string(" works in "))), .member(.variable("cand"), "function")), .literal(.missing)])), .binary(.add, .binary(.add, .binary(.add, .binary(.add, .call(.name, [.member(.root, "candidate")]), .literal(.string(" holds a leadership post while "))), .call(.name, [.variable("rel")])), .literal(.string(" works in "))), .member(.call(.ref, [.variable("rel")]), "function")))), .text("; one of them must change post")]),
              severity: nil,
              name: "post"),
          ])),
      examples: [],
      source: SourceLocation(path: "Rules/appointment/post-recusal.yaml", line: 1, column: 1))
  }

  // Rules/appointment/procedure.yaml:1:1
  private static func rule7() throws(Pattern.Failure) -> Rule {
    Rule(
      id: "appointment.procedure",
      severity: .error,
      title: Localized(zh: "干部选拔任用程序步骤齐全且先后有序", en: "The selection procedure has every step, in order"),
      rationale: Localized(zh: "干部选拔任用须依次经过动议、民主推荐、考察、讨论决定、任前公示、任职等程序，不得省略、不得颠倒。 任前公示在党委（党组）讨论决定后、下发任职通知前进行：公示应在讨论决定之后开始，任职应在公示期满之后。 同一天完成相邻两个步骤是允许的，但公示不能在讨论决定当天开始，任职不能在公示最后一天。", en: "A cadre is selected through the motion, the democratic recommendation, the inspection, the party group's decision, the pre-appointment notice and the appointment, none skipped and none out of order. The notice comes after the decision and before the appointment is issued: it starts after the day of the decision, and the appointment is dated after its last day. Two neighbouring steps on the same day are otherwise allowed."),
      remedy: Localized(zh: "补齐缺少步骤的纪实材料并注明日期；顺序颠倒的，核实日期是否记错，确属程序倒置的应重新履行后续程序。", en: "Add the missing step with its date; where the order is wrong, check whether a date was mistyped, and if the procedure really ran backwards, repeat the later steps."),
      basis: [Basis(regulation: "党政领导干部选拔任用工作条例", year: 2019, article: "第三章至第七章（分析研判和动议、民主推荐、考察、讨论决定、任职）", confidence: "F", local: false, quote: "「分析研判和动议；民主推荐；考察；讨论决定；任职」"), Basis(regulation: "党政领导干部选拔任用工作条例", year: 2019, article: "第四十二条", confidence: "F2", local: false, quote: "「在党委（党组）讨论决定后、下发任职通知前」进行任前公示")],
      parameters: [],
      body: .record(
        RecordRule(
          kind: "appointment",
          filter: nil,
          date: nil,
          lets: [("notice", Expr.call(.ref, [.member(.member(.field("steps"), "publicity"), "notice")])), ("seq", Expr.list([.list([.literal(.int(1)), .literal(.string("motion")), .literal(.string("动议酝酿")), .literal(.string("motion")), .member(.member(.field("steps"), "motion"), "date"), .member(.member(.field("steps"), "motion"), "date")]), .list([.literal(.int(2)), .literal(.string("recommendation")), .literal(.string("民主推荐")), .literal(.string("democratic recommendation")), .member(.member(.field("steps"), "recommendation"), "date"), .member(.member(.field("steps"), "recommendation"), "date")]), .list([.literal(.int(3)), .literal(.string("inspection")), .literal(.string("考察")), .literal(.string("inspection")), .member(.member(.field("steps"), "inspection"), "date"), .member(.member(.field("steps"), "inspection"), "date")]), .list([.literal(.int(4)), .literal(.string("decision")), .literal(.string("讨论决定")), .literal(.string("decision")), .member(.member(.field("steps"), "decision"), "date"), .member(.member(.field("steps"), "decision"), "date")]), .list([.literal(.int(5)), .literal(.string("publicity")), .literal(.string("任前公示")), .literal(.string("pre-appointment notice")), .member(.member(.variable("notice"), "period"), "start"), .member(.member(.variable("notice"), "period"), "end")]), .list([.literal(.int(6)), .literal(.string("appointment")), .literal(.string("任职")), .literal(.string("appointment")), .member(.member(.field("steps"), "appointment"), "date"), .member(.member(.field("steps"), "appointment"), "date")])])), ("dated", Expr.call(.filter, [.variable("seq"), .binary(.and, .call(.exists, [.index(.scope, .literal(.int(4)))]), .call(.exists, [.index(.scope, .literal(.int(5)))]))])), ("pairs", Expr.list([.list([.call(.last, [.variable("dated"), .binary(.less, .index(.scope, .literal(.int(0))), .literal(.int(2)))]), .call(.first, [.variable("dated"), .binary(.equal, .index(.scope, .literal(.int(0))), .literal(.int(2)))]), .literal(.bool(false))]), .list([.call(.last, [.variable("dated"), .binary(.less, .index(.scope, .literal(.int(0))), .literal(.int(3)))]), .call(.first, [.variable("dated"), .binary(.equal, .index(.scope, .literal(.int(0))), .literal(.int(3)))]), .literal(.bool(false))]), .list([.call(.last, [.variable("dated"), .binary(.less, .index(.scope, .literal(.int(0))), .literal(.int(4)))]), .call(.first, [.variable("dated"), .binary(.equal, .index(.scope, .literal(.int(0))), .literal(.int(4)))]), .literal(.bool(false))]), .list([.call(.last, [.variable("dated"), .binary(.less, .index(.scope, .literal(.int(0))), .literal(.int(5)))]), .call(.first, [.variable("dated"), .binary(.equal, .index(.scope, .literal(.int(0))), .literal(.int(5)))]), .binary(.equal, .index(.call(.last, [.variable("dated"), .binary(.less, .index(.scope, .literal(.int(0))), .literal(.int(5)))]), .literal(.int(1))), .literal(.string("decision")))]), .list([.call(.last, [.variable("dated"), .binary(.less, .index(.scope, .literal(.int(0))), .literal(.int(6)))]), .call(.first, [.variable("dated"), .binary(.equal, .index(.scope, .literal(.int(0))), .literal(.int(6)))]), .binary(.equal, .index(.call(.last, [.variable("dated"), .binary(.less, .index(.scope, .literal(.int(0))), .literal(.int(6)))]), .literal(.int(1))), .literal(.string("publicity")))])]))],
          checks: [
            Check(
              when: nil,
              forEach: Expr.call(.map, [.call(.filter, [.variable("seq"), .not(.call(.exists, [.index(.member(.root, "steps"), .index(.scope, .literal(.int(1))))]))]), .index(.scope, .literal(.int(1)))]),
              binding: "step",
              require: Expr.literal(.bool(false)),
              at: Expr.binary(.coalesce, .member(.root, "steps"), .root),
              message: MessageTemplate(zh: [.text("干部选拔档案 "), .expr(Expr.member(.root, "id")), .text(" 缺少“"), .expr(Expr.index(.call(.first, [.variable("seq"), .binary(.equal, .index(.scope, .literal(.int(1))), .variable("step"))]), .literal(.int(2)))), .text("”步骤")], en: [.text("Dossier "), .expr(Expr.member(.root, "id")), .text(" lacks the "), .expr(Expr.index(.call(.first, [.variable("seq"), .binary(.equal, .index(.scope, .literal(.int(1))), .variable("step"))]), .literal(.int(3)))), .text(" step")]),
              severity: nil,
              name: "missing"),
            Check(
              when: nil,
              forEach: Expr.call(.map, [.call(.filter, [.variable("seq"), .binary(.and, .binary(.and, .binary(.notEqual, .index(.scope, .literal(.int(1))), .literal(.string("publicity"))), .call(.exists, [.index(.member(.root, "steps"), .index(.scope, .literal(.int(1))))])), .not(.call(.exists, [.index(.scope, .literal(.int(4)))])))]), .index(.scope, .literal(.int(1)))]),
              binding: "step",
              require: Expr.literal(.bool(false)),
              at: Expr.index(.member(.root, "steps"), .variable("step")),
              message: MessageTemplate(zh: [.text("干部选拔档案 "), .expr(Expr.member(.root, "id")), .text(" 的“"), .expr(Expr.index(.call(.first, [.variable("seq"), .binary(.equal, .index(.scope, .literal(.int(1))), .variable("step"))]), .literal(.int(2)))), .text("”步骤未注明日期")], en: [.text("Dossier "), .expr(Expr.member(.root, "id")), .text(": the "), .expr(Expr.index(.call(.first, [.variable("seq"), .binary(.equal, .index(.scope, .literal(.int(1))), .variable("step"))]), .literal(.int(3)))), .text(" step has no date")]),
              severity: nil,
              name: "undated"),
            Check(
              when: nil,
              forEach: Expr.call(.filter, [.variable("pairs"), .binary(.and, .call(.exists, [.index(.scope, .literal(.int(0)))]), .call(.exists, [.index(.scope, .literal(.int(1)))]))]),
              binding: "pair",
              require: Expr.call(.ifThen, [.index(.variable("pair"), .literal(.int(2))), .binary(.less, .index(.index(.variable("pair"), .literal(.int(0))), .literal(.int(5))), .index(.index(.variable("pair"), .literal(.int(1))), .literal(.int(4)))), .binary(.lessOrEqual, .index(.index(.variable("pair"), .literal(.int(0))), .literal(.int(5))), .index(.index(.variable("pair"), .literal(.int(1))), .literal(.int(4))))]),
              at: Expr.call(.ifThen, [.binary(.equal, .index(.index(.variable("pair"), .literal(.int(1))), .literal(.int(1))), .literal(.string("publicity"))), .binary(.coalesce, .member(.member(.member(.root, "steps"), "publicity"), "notice"), .member(.member(.root, "steps"), "publicity")), .member(.index(.member(.root, "steps"), .index(.index(.variable("pair"), .literal(.int(1))), .literal(.int(1)))), "date")]),
              message: MessageTemplate(zh: [.text("干部选拔档案 "), .expr(Expr.member(.root, "id")), .text(" 的"), .expr(Expr.index(.index(.variable("pair"), .literal(.int(1))), .literal(.int(2)))), .expr(Expr.call(.ifThen, [.binary(.equal, .index(.index(.variable("pair"), .literal(.int(1))), .literal(.int(1))), .literal(.string("publicity"))), .literal(.string("开始日期")), .literal(.string(""))])), .text("（"), .expr(Expr.index(.index(.variable("pair"), .literal(.int(1))), .literal(.int(4)))), .text("）"), .expr(Expr.call(.ifThen, [.index(.variable("pair"), .literal(.int(2))), .literal(.string("未晚于")), .literal(.string("早于"))])), .expr(Expr.index(.index(.variable("pair"), .literal(.int(0))), .literal(.int(2)))), .expr(Expr.call(.ifThen, [.binary(.equal, .index(.index(.variable("pair"), .literal(.int(0))), .literal(.int(1))), .literal(.string("publicity"))), .literal(.string("结束日期")), .literal(.string(""))])), .text("（"), .expr(Expr.index(.index(.variable("pair"), .literal(.int(0))), .literal(.int(5)))), .text("）"), .expr(Expr.call(.ifThen, [.index(.variable("pair"), .literal(.int(2))), .call(.ifThen, [.binary(.equal, .index(.index(.variable("pair"), .literal(.int(1))), .literal(.int(1))), .literal(.string("publicity"))), .literal(.string("：任前公示应在讨论决定之后开始")), .literal(.string("：任职应在公示期满之后"))]), .literal(.string("：步骤先后颠倒"))]))], en: [.text("Dossier "), .expr(Expr.member(.root, "id")), .text(": the "), .expr(Expr.index(.index(.variable("pair"), .literal(.int(1))), .literal(.int(3)))), .expr(Expr.call(.ifThen, [.binary(.equal, .index(.index(.variable("pair"), .literal(.int(1))), .literal(.int(1))), .literal(.string("publicity"))), .literal(.string(" starts")), .literal(.string(" is dated"))])), .text(" "), .expr(Expr.index(.index(.variable("pair"), .literal(.int(1))), .literal(.int(4)))), .text(", "), .expr(Expr.call(.ifThen, [.index(.variable("pair"), .literal(.int(2))), .literal(.string("not after")), .literal(.string("before"))])), .text(" the "), .expr(Expr.index(.index(.variable("pair"), .literal(.int(0))), .literal(.int(3)))), .expr(Expr.call(.ifThen, [.binary(.equal, .index(.index(.variable("pair"), .literal(.int(0))), .literal(.int(1))), .literal(.string("publicity"))), .literal(.string(" ends")), .literal(.string(""))])), .text(" ("), .expr(Expr.index(.index(.variable("pair"), .literal(.int(0))), .literal(.int(5)))), .text(")"), .expr(Expr.call(.ifThen, [.index(.variable("pair"), .literal(.int(2))), .call(.ifThen, [.binary(.equal, .index(.index(.variable("pair"), .literal(.int(1))), .literal(.int(1))), .literal(.string("publicity"))), .literal(.string(": the notice must start after the day of the decision")), .literal(.string(": the appointment must come after the notice period"))]), .literal(.string(": the steps are out of order"))]))]),
              severity: nil,
              name: "order"),
          ])),
      examples: [],
      source: SourceLocation(path: "Rules/appointment/procedure.yaml", line: 1, column: 1))
  }

  // Rules/appointment/publicity-period.yaml:1:1
  private static func rule8() throws(Pattern.Failure) -> Rule {
    Rule(
      id: "appointment.publicity-period",
      severity: .error,
      title: Localized(zh: "干部选拔档案的任前公示期不少于5个工作日", en: "The dossier's pre-appointment notice runs at least five working days"),
      rationale: Localized(zh: "对拟提拔任职的干部，在党委（党组）讨论决定后、下发任职通知前进行任前公示，公示期不少于5个工作日。 工作日按国务院办公厅公布的节假日安排计算：法定节假日不算，调休上班的周六、周日算。本规则按档案所引的公示核算。", en: "Before the appointment is issued, the candidate is publicly announced for at least five working days, counted with the State Council's holiday schedule: statutory holidays do not count, make-up working Saturdays and Sundays do. This rule counts the notice the dossier names."),
      remedy: Localized(zh: "重新公示或延长公示期，使其包含至少5个工作日（节假日前后尤其要核算），公示期满后再下发任职通知。", en: "Publish again or extend the notice to cover at least five working days (count carefully around holidays), and issue the appointment only after it ends."),
      basis: [Basis(regulation: "党政领导干部选拔任用工作条例", year: 2019, article: "第四十二条", confidence: "F2", local: false, quote: "「公示期不少于五个工作日」")],
      parameters: [Parameter(name: "min_working_days", defaultValue: .int(5), description: Localized(zh: "公示期最少工作日数", en: "Minimum working days of the notice period"), choices: nil), Parameter(name: "count_from_next_day", defaultValue: .bool(false), description: Localized(zh: "从发布次日起算（默认起止日均计入）", en: "Count from the day after the start (default counts both ends)"), choices: nil)],
      body: .record(
        RecordRule(
          kind: "appointment",
          filter: nil,
          date: nil,
          lets: [("notice", Expr.call(.ref, [.member(.member(.field("steps"), "publicity"), "notice")])), ("start", Expr.member(.member(.variable("notice"), "period"), "start")), ("end", Expr.member(.member(.variable("notice"), "period"), "end")), ("first", Expr.call(.ifThen, [.member(.variable("params"), "count_from_next_day"), .call(.addDays, [.variable("start"), .literal(.int(1))]), .variable("start")]))],
          checks: [
            Check(
              when: Expr.binary(.greaterOrEqual, .variable("end"), .variable("start")),
              forEach: nil,
              binding: nil,
              require: Expr.binary(.greaterOrEqual, .call(.workdays, [.variable("first"), .variable("end")]), .member(.variable("params"), "min_working_days")),
              at: Expr.member(.member(.field("steps"), "publicity"), "notice"),
              message: MessageTemplate(zh: [.text("干部选拔档案 "), .expr(Expr.member(.root, "id")), .text(" 的任前公示 "), .expr(Expr.member(.variable("notice"), "id")), .text("（"), .expr(Expr.variable("start")), .text(" 至 "), .expr(Expr.variable("end")), .text("）只有 "), .expr(Expr.call(.workdays, [.variable("first"), .variable("end")])), .text(" 个工作日（"), .expr(Expr.call(.workdayList, [.variable("first"), .variable("end")])), .text("），不足 "), .expr(Expr.member(.variable("params"), "min_working_days")), .text(" 个工作日"), .expr(Expr.call(.ifThen, [.binary(.greater, .call(.count, [.call(.uncoveredYears, [.variable("first"), .variable("end")])]), .literal(.int(0))), .binary(.add, .binary(.add, .literal(.string("（")), .call(.text, [.call(.uncoveredYears, [.variable("first"), .variable("end")])])), .literal(.string("年无节假日安排，按周一至周五计算）"))), .literal(.string(""))]))], en: [.text("Dossier "), .expr(Expr.member(.root, "id")), .text(": the notice "), .expr(Expr.member(.variable("notice"), "id")), .text(" runs "), .expr(Expr.variable("start")), .text(" to "), .expr(Expr.variable("end")), .text(", "), .expr(Expr.call(.workdays, [.variable("first"), .variable("end")])), .text(" working days ("), .expr(Expr.call(.workdayList, [.variable("first"), .variable("end")])), .text("), fewer than "), .expr(Expr.member(.variable("params"), "min_working_days")), .expr(Expr.call(.ifThen, [.binary(.greater, .call(.count, [.call(.uncoveredYears, [.variable("first"), .variable("end")])]), .literal(.int(0))), .binary(.add, .binary(.add, .literal(.string(" (no holiday calendar for ")), .call(.text, [.call(.uncoveredYears, [.variable("first"), .variable("end")])])), .literal(.string(": counted Monday to Friday)"))), .literal(.string(""))]))]),
              severity: nil,
              name: "0"),
          ])),
      examples: [],
      source: SourceLocation(path: "Rules/appointment/publicity-period.yaml", line: 1, column: 1))
  }

  // Rules/appointment/recommendation-valid.yaml:1:1
  private static func rule9() throws(Pattern.Failure) -> Rule {
    Rule(
      id: "appointment.recommendation-valid",
      severity: .error,
      title: Localized(zh: "民主推荐结果在一年内有效", en: "A democratic recommendation is valid for one year"),
      rationale: Localized(zh: "民主推荐结果在一年内有效。讨论决定距民主推荐已超过一年的，推荐结果不能作为依据，应当重新进行民主推荐。", en: "The result of a democratic recommendation is valid for one year; a decision taken more than a year after it cannot rest on it, and the recommendation must be held again."),
      remedy: Localized(zh: "重新组织民主推荐，并以新的推荐结果为基础重新履行考察、讨论决定等程序。", en: "Hold the recommendation again and repeat the inspection and the decision on the new result."),
      basis: [Basis(regulation: "党政领导干部选拔任用工作条例", year: 2019, article: "第十五条（条号待核）", confidence: "R", local: false, quote: "民主推荐结果「在一年内有效」")],
      parameters: [],
      body: .record(
        RecordRule(
          kind: "appointment",
          filter: nil,
          date: nil,
          lets: [("recommended", Expr.member(.member(.field("steps"), "recommendation"), "date")), ("decided", Expr.member(.member(.field("steps"), "decision"), "date"))],
          checks: [
            Check(
              when: nil,
              forEach: nil,
              binding: nil,
              require: Expr.binary(.lessOrEqual, .variable("decided"), .call(.addYears, [.variable("recommended"), .literal(.int(1))])),
              at: Expr.member(.member(.field("steps"), "recommendation"), "date"),
              message: MessageTemplate(zh: [.text("干部选拔档案 "), .expr(Expr.member(.root, "id")), .text(" 的民主推荐（"), .expr(Expr.variable("recommended")), .text("）到讨论决定（"), .expr(Expr.variable("decided")), .text("）已超过一年（有效期至 "), .expr(Expr.call(.addYears, [.variable("recommended"), .literal(.int(1))])), .text("），推荐结果已失效")], en: [.text("Dossier "), .expr(Expr.member(.root, "id")), .text(": the decision ("), .expr(Expr.variable("decided")), .text(") comes more than a year after the recommendation ("), .expr(Expr.variable("recommended")), .text(", valid until "), .expr(Expr.call(.addYears, [.variable("recommended"), .literal(.int(1))])), .text(")")]),
              severity: nil,
              name: "0"),
          ])),
      examples: [],
      source: SourceLocation(path: "Rules/appointment/recommendation-valid.yaml", line: 1, column: 1))
  }

  // Rules/appointment/recusal.yaml:1:1
  private static func rule10() throws(Pattern.Failure) -> Rule {
    Rule(
      id: "appointment.recusal",
      severity: .error,
      title: Localized(zh: "考察和讨论决定干部时亲属应当回避", en: "Relatives stay out of the inspection and the decision"),
      rationale: Localized(zh: "干部考察组成员在考察工作中涉及其亲属的，本人必须回避；党委（党组）讨论干部任免，涉及与会人员亲属的，本人必须回避。 亲属包括夫妻关系、直系血亲、三代以内旁系血亲和近姻亲，常常要经过推导才能发现（如配偶的兄弟姐妹）。", en: "A member of the inspection team whose relative is being inspected must stand aside, and so must a member of the party group when it decides on a relative's appointment. Relatives are spouses, lineal relatives, collateral relatives within three generations and close in-laws, often found only by derivation (a spouse's sibling, for instance)."),
      remedy: Localized(zh: "调整考察组成员；讨论决定时在该议题的记录中写明回避人员（recused），必要时重新讨论决定。", en: "Change the inspection team; record who left the room for the item (recused), and decide again where needed."),
      basis: [Basis(regulation: "党政领导干部选拔任用工作条例", year: 2019, article: "第五十三条", confidence: "F2", local: false, quote: "「党委（党组）及其组织（人事）部门讨论干部任免，涉及与会人员本人及其亲属的，本人必须回避。干部考察组成员在干部考察工作中涉及其亲属的，本人必须回避」"), Basis(regulation: "公务员回避规定", year: 2020, article: "第五条", confidence: "F", local: false, quote: "「夫妻关系、直系血亲关系、三代以内旁系血亲关系以及近姻亲关系」")],
      parameters: [],
      body: .record(
        RecordRule(
          kind: "appointment",
          filter: nil,
          date: nil,
          lets: [("meeting", Expr.call(.ref, [.member(.member(.field("steps"), "decision"), "meeting")])), ("item", Expr.call(.first, [.member(.variable("meeting"), "agenda"), .binary(.equal, .field("dossier"), .member(.root, "id"))]))],
          checks: [
            Check(
              when: nil,
              forEach: Expr.member(.member(.field("steps"), "inspection"), "team"),
              binding: nil,
              require: Expr.not(.call(.exists, [.call(.relation, [.member(.root, "candidate"), .scope])])),
              at: nil,
              message: MessageTemplate(zh: [.text("考察组成员 "), .expr(Expr.call(.name, [.scope])), .text(" 是考察对象 "), .expr(Expr.call(.name, [.member(.root, "candidate")])), .text(" 的"), .expr(Expr.call(.relation, [.member(.root, "candidate"), .scope])), .text("，应当回避")], en: [.text("Inspection team member "), .expr(Expr.call(.name, [.scope])), .text(" is the candidate "), .expr(Expr.call(.name, [.member(.root, "candidate")])), .text("'s "), .expr(Expr.call(.relationEN, [.member(.root, "candidate"), .scope])), .text(" and must stand aside")]),
              severity: nil,
              name: "inspection"),
            Check(
              when: Expr.call(.exists, [.variable("item")]),
              forEach: Expr.member(.variable("meeting"), "present"),
              binding: nil,
              require: Expr.binary(.or, .not(.call(.exists, [.call(.relation, [.member(.root, "candidate"), .scope])])), .binary(.isIn, .scope, .member(.variable("item"), "recused"))),
              at: Expr.member(.member(.member(.root, "steps"), "decision"), "meeting"),
              message: MessageTemplate(zh: [.text("讨论决定 "), .expr(Expr.call(.name, [.member(.root, "candidate")])), .text(" 任职的会议（"), .expr(Expr.member(.variable("meeting"), "id")), .text("）上，其"), .expr(Expr.call(.relation, [.member(.root, "candidate"), .scope])), .text(" "), .expr(Expr.call(.name, [.scope])), .text(" 在场且未回避")], en: [.text("At the meeting that decided on "), .expr(Expr.call(.name, [.member(.root, "candidate")])), .text(" ("), .expr(Expr.member(.variable("meeting"), "id")), .text("), the candidate's "), .expr(Expr.call(.relationEN, [.member(.root, "candidate"), .scope])), .text(" "), .expr(Expr.call(.name, [.scope])), .text(" was present and did not stand aside")]),
              severity: nil,
              name: "decision"),
          ])),
      examples: [],
      source: SourceLocation(path: "Rules/appointment/recusal.yaml", line: 1, column: 1))
  }

  // Rules/association/term.yaml:1:1
  private static func rule11() throws(Pattern.Failure) -> Rule {
    Rule(
      id: "association.term",
      severity: .error,
      title: Localized(zh: "所属协会须按期换届", en: "Member associations hold their elections on time"),
      rationale: Localized(zh: "社会团体的届期由章程规定（一般不超过5年），届期从上次换届之日起算；届满须按期换届，确需延期的须经理事会决议、业务主管单位审查和登记管理机关批准，且延期最长不超过1年。文联作为业务主管单位和党建领导机关，应指导所属协会按期换届；巡察指出“对所属协会管理服务不到位”，整改措施即“指导协会按期换届”“对停滞状态协会履行退出程序”。正常运行或处于停滞状态的协会届期已满而未换届，即为超期；已进入注销程序的协会不再要求换届，只作提示。未写明状态的协会按正常运行判断。", en: "An association's term is fixed by its charter (as a rule five years at most) and runs from its last election. When it ends the association must hold an election; a postponement needs a council resolution, review by the supervising body and approval of the registration authority, and lasts a year at most. The federation, as the supervising body, must see that its associations hold elections on time: the inspection found its management of the associations lacking, and the measures were to guide them to elect on time and to wind up the dormant ones. An active or dormant association past the end of its term is overdue; one being deregistered is not required to elect and is only noted. An association with no status is taken to be active."),
      remedy: Localized(zh: "指导该协会启动换届（提前3个月筹备，完成财务审计，候选人经业务主管单位和登记管理机关审核）；已停止活动的，履行注销程序；确需延期的，补齐延期换届的审批材料。", en: "Get the association to prepare its election (three months ahead, with a financial audit and candidates reviewed by the supervising body and the registration authority); wind it up if it no longer operates; if it was postponed, produce the approval."),
      basis: [Basis(regulation: "社会团体登记管理条例", year: 2016, article: nil, confidence: "F2", local: false, quote: "章程应当载明负责人的条件和产生、罢免的程序（届期由章程规定）"), Basis(regulation: "社会团体章程示范文本", year: nil, article: nil, confidence: "F2", local: false, quote: "「因特殊情况需提前或延期换届的，须由理事会表决通过，报业务主管单位审查并经社团登记管理机关批准同意。但延期换届最长不超过1年」"), Basis(regulation: "市文联党组关于巡察整改情况的通报", year: 2025, article: "问题12“对所属协会管理服务不到位”", confidence: "L", local: true, quote: "「①指导协会按期换届。②对停滞状态协会履行退出程序」")],
      parameters: [],
      body: .record(
        RecordRule(
          kind: "association",
          filter: nil,
          date: nil,
          lets: [("term_end", Expr.call(.addYears, [.field("last_election"), .field("term_years")]))],
          checks: [
            Check(
              when: Expr.binary(.isIn, .binary(.coalesce, .field("status"), .literal(.string("active"))), .literal(.list([.string("active"), .string("dormant")]))),
              forEach: nil,
              binding: nil,
              require: Expr.binary(.greaterOrEqual, .variable("term_end"), .member(.variable("window"), "to")),
              at: Expr.field("last_election"),
              message: MessageTemplate(zh: [.expr(Expr.field("name")), .text("（"), .expr(Expr.field("id")), .text("）上次换届 "), .expr(Expr.field("last_election")), .text("，届期 "), .expr(Expr.field("term_years")), .text(" 年，应于 "), .expr(Expr.variable("term_end")), .text(" 换届，至 "), .expr(Expr.member(.variable("window"), "to")), .text(" 已超期未换届"), .expr(Expr.call(.ifThen, [.binary(.equal, .binary(.coalesce, .field("status"), .literal(.string(""))), .literal(.string("dormant"))), .literal(.string("（协会处于停滞状态，应换届或履行退出程序）")), .literal(.string(""))]))], en: [.expr(Expr.field("name")), .text(" ("), .expr(Expr.field("id")), .text(") last elected on "), .expr(Expr.field("last_election")), .text(" for "), .expr(Expr.field("term_years")), .text(" years was due for re-election on "), .expr(Expr.variable("term_end")), .text(" and is overdue at "), .expr(Expr.member(.variable("window"), "to")), .expr(Expr.call(.ifThen, [.binary(.equal, .binary(.coalesce, .field("status"), .literal(.string(""))), .literal(.string("dormant"))), .literal(.string(" (dormant: elect or wind it up)")), .literal(.string(""))]))]),
              severity: nil,
              name: "overdue"),
            Check(
              when: Expr.binary(.equal, .field("status"), .literal(.string("deregistering"))),
              forEach: nil,
              binding: nil,
              require: Expr.binary(.greaterOrEqual, .variable("term_end"), .member(.variable("window"), "to")),
              at: Expr.field("last_election"),
              message: MessageTemplate(zh: [.expr(Expr.field("name")), .text("（"), .expr(Expr.field("id")), .text("）届期已于 "), .expr(Expr.variable("term_end")), .text(" 届满，协会正在注销，不再要求换届；请跟踪注销进度")], en: [.expr(Expr.field("name")), .text(" ("), .expr(Expr.field("id")), .text("): the term ended on "), .expr(Expr.variable("term_end")), .text("; the association is being deregistered, so no election is required — follow up the deregistration")]),
              severity: .info,
              name: "deregistering"),
          ])),
      examples: [],
      source: SourceLocation(path: "Rules/association/term.yaml", line: 1, column: 1))
  }

  // Rules/branch/committee-monthly.yaml:1:1
  private static func rule12() throws(Pattern.Failure) -> Rule {
    Rule(
      id: "branch.committee-monthly",
      severity: .error,
      title: Localized(zh: "设支部委员会的党支部每月召开支部委员会会议", en: "A branch with a committee holds a committee meeting every month"),
      rationale: Localized(zh: "支部委员会会议一般每月召开1次，是“三会一课”的组成部分；巡察中“三会一课”不经常、不规范是常见问题。正式党员不足7人、未设支部委员会的党支部不适用。", en: "A branch committee meets as a rule once a month, one of the \"three meetings and one lesson\"; inspections often find months skipped. Branches with fewer than 7 full members have no committee and are exempt."),
      remedy: Localized(zh: "补齐缺少月份的支部委员会会议记录；确未召开的，在组织生活会上检查原因并建立按月提醒的工作机制。", en: "Produce the minutes of the missing month's committee meeting; if none was held, review why at the organizational life meeting and set up a monthly reminder."),
      basis: [Basis(regulation: "中国共产党支部工作条例（试行）", year: 2018, article: "第十二条", confidence: "F", local: false, quote: "「支部委员会会议一般每月召开1次，根据需要可以随时召开」")],
      parameters: [Parameter(name: "min", defaultValue: .int(1), description: Localized(zh: "每月至少召开次数", en: "Meetings required each month"), choices: nil)],
      body: .schedule(
        ScheduleRule(
          organizations: Expr.binary(.and, .binary(.equal, .field("type"), .literal(.string("党支部"))), .binary(.greater, .call(.count, [.field("committee")]), .literal(.int(0)))),
          unit: .month,
          unitParameter: nil,
          sets: [
            ScheduleRule.RecordSet(name: "meetings", kind: "meeting", filter: Expr.binary(.equal, .field("type"), .literal(.string("支部委员会"))), date: Expr.field("date"), org: "org"),
          ],
          lets: [],
          checks: [
            Check(
              when: nil,
              forEach: nil,
              binding: nil,
              require: Expr.binary(.greaterOrEqual, .call(.count, [.variable("meetings")]), .member(.variable("params"), "min")),
              at: nil,
              message: MessageTemplate(zh: [.expr(Expr.field("name")), .text("在 "), .expr(Expr.member(.variable("period"), "label")), .text(" 未召开支部委员会会议")], en: [.expr(Expr.field("name")), .text(" held no branch committee meeting in "), .expr(Expr.member(.variable("period"), "label"))]),
              severity: nil,
              name: "0"),
          ])),
      examples: [],
      source: SourceLocation(path: "Rules/branch/committee-monthly.yaml", line: 1, column: 1))
  }

  // Rules/branch/general-meeting-quarterly.yaml:1:1
  private static func rule13() throws(Pattern.Failure) -> Rule {
    Rule(
      id: "branch.general-meeting-quarterly",
      severity: .error,
      title: Localized(zh: "党支部每季度召开支部党员大会", en: "A branch holds a general meeting of its members every quarter"),
      rationale: Localized(zh: "党员大会是党支部的议事决策机构，一般每季度召开1次，是“三会一课”的组成部分。按会议记录上的会议日期归入日历季度：3月31日召开的算第一季度，4月1日召开的算第二季度；某季度未开，下一季度多开也不能补足。", en: "The general meeting is the branch's deliberative and decision-making body and meets as a rule once a quarter, one of the \"three meetings and one lesson\". A meeting counts in the calendar quarter of the date in its minutes (31 March is Q1, 1 April is Q2); a missed quarter is not made good by two meetings in the next."),
      remedy: Localized(zh: "补齐缺少季度的支部党员大会会议记录；确未召开的，在组织生活会上检查原因，并把党员大会列入支部年度工作计划、按季度安排。", en: "Produce the minutes of the missing quarter's general meeting; if none was held, review why at the organizational life meeting and schedule one each quarter in the branch's annual work plan."),
      basis: [Basis(regulation: "中国共产党支部工作条例（试行）", year: 2018, article: "第十一条", confidence: "F", local: false, quote: "「党员大会是党支部的议事决策机构，由全体党员参加，一般每季度召开1次」")],
      parameters: [Parameter(name: "min", defaultValue: .int(1), description: Localized(zh: "每季度至少召开次数", en: "General meetings required each quarter"), choices: nil)],
      body: .schedule(
        ScheduleRule(
          organizations: Expr.binary(.equal, .field("type"), .literal(.string("党支部"))),
          unit: .quarter,
          unitParameter: nil,
          sets: [
            ScheduleRule.RecordSet(name: "meetings", kind: "meeting", filter: Expr.binary(.equal, .field("type"), .literal(.string("支部党员大会"))), date: Expr.field("date"), org: "org"),
          ],
          lets: [],
          checks: [
            Check(
              when: nil,
              forEach: nil,
              binding: nil,
              require: Expr.binary(.greaterOrEqual, .call(.count, [.variable("meetings")]), .member(.variable("params"), "min")),
              at: nil,
              message: MessageTemplate(zh: [.expr(Expr.field("name")), .text("在 "), .expr(Expr.member(.variable("period"), "label")), .text(" 未召开支部党员大会")], en: [.expr(Expr.field("name")), .text(" held no general meeting of branch members in "), .expr(Expr.member(.variable("period"), "label"))]),
              severity: nil,
              name: "0"),
          ])),
      examples: [],
      source: SourceLocation(path: "Rules/branch/general-meeting-quarterly.yaml", line: 1, column: 1))
  }

  // Rules/branch/group-monthly.yaml:1:1
  private static func rule14() throws(Pattern.Failure) -> Rule {
    Rule(
      id: "branch.group-monthly",
      severity: .error,
      title: Localized(zh: "党小组每月召开党小组会", en: "A party group holds a group meeting every month"),
      rationale: Localized(zh: "党支部设立党小组的，党小组会一般每月召开1次，是“三会一课”的组成部分。只检查已设立（有组织记录）的党小组，且只检查其成立之后、撤销之前的整月。", en: "Where a branch has set up party groups, each group meets as a rule once a month, one of the \"three meetings and one lesson\". Only groups that exist (have an organization record) are judged, and only for the whole months between their establishment and dissolution."),
      remedy: Localized(zh: "补齐缺少月份的党小组会记录；确未召开的，由党小组组长说明原因并按月安排党小组会。", en: "Produce the minutes of the missing month's group meeting; if none was held, the group leader explains why and schedules one each month."),
      basis: [Basis(regulation: "中国共产党支部工作条例（试行）", year: 2018, article: "第十三条", confidence: "F", local: false, quote: "「党小组会一般每月召开1次」")],
      parameters: [Parameter(name: "min", defaultValue: .int(1), description: Localized(zh: "每月至少召开次数", en: "Group meetings required each month"), choices: nil)],
      body: .schedule(
        ScheduleRule(
          organizations: Expr.binary(.equal, .field("type"), .literal(.string("党小组"))),
          unit: .month,
          unitParameter: nil,
          sets: [
            ScheduleRule.RecordSet(name: "meetings", kind: "meeting", filter: Expr.binary(.equal, .field("type"), .literal(.string("党小组会"))), date: Expr.field("date"), org: "org"),
          ],
          lets: [],
          checks: [
            Check(
              when: nil,
              forEach: nil,
              binding: nil,
              require: Expr.binary(.greaterOrEqual, .call(.count, [.variable("meetings")]), .member(.variable("params"), "min")),
              at: nil,
              message: MessageTemplate(zh: [.expr(Expr.field("name")), .text("在 "), .expr(Expr.member(.variable("period"), "label")), .text(" 未召开党小组会")], en: [.expr(Expr.field("name")), .text(" held no party group meeting in "), .expr(Expr.member(.variable("period"), "label"))]),
              severity: nil,
              name: "0"),
          ])),
      examples: [],
      source: SourceLocation(path: "Rules/branch/group-monthly.yaml", line: 1, column: 1))
  }

  // Rules/branch/party-lecture-quarterly.yaml:1:1
  private static func rule15() throws(Pattern.Failure) -> Rule {
    Rule(
      id: "branch.party-lecture-quarterly",
      severity: .warning,
      title: Localized(zh: "党支部按期上党课", en: "A branch holds a party lecture every period"),
      rationale: Localized(zh: "党课是“三会一课”的组成部分。《中国共产党支部工作条例（试行）》要求党支部组织党员按期上党课，但未规定党课的具体频次；“每季度至少1次”来自地方和单位的规定，因此周期作为参数（默认每季度，可设为每月或每年）。", en: "The party lecture is one of the \"three meetings and one lesson\". The branch regulations require members to attend lectures regularly but set no frequency; \"at least once a quarter\" comes from local and unit rules, so the period is a parameter (quarter by default; month or year)."),
      remedy: Localized(zh: "补齐缺少周期的党课记录（写明授课人和主题）；确未开展的，把党课列入支部年度工作计划并按期安排。", en: "Produce the record of the missing period's party lecture (with lecturer and subject); if none was held, put lectures in the branch's annual work plan and hold them on schedule."),
      basis: [Basis(regulation: "中国共产党支部工作条例（试行）", year: 2018, article: nil, confidence: "R", local: false, quote: "党支部组织党员按期参加党员大会、党小组会和上党课（“三会一课”），未规定党课的频次"), Basis(regulation: "各地“三会一课”制度实施办法", year: nil, article: nil, confidence: "L", local: true, quote: "「党课每季度至少一次」")],
      parameters: [Parameter(name: "period", defaultValue: .string("quarter"), description: Localized(zh: "检查周期（每月、每季度或每年）", en: "The period in which a lecture is required: month, quarter or year"), choices: ["month", "quarter", "year"]), Parameter(name: "min", defaultValue: .int(1), description: Localized(zh: "每个周期至少上党课次数", en: "Lectures required each period"), choices: nil)],
      body: .schedule(
        ScheduleRule(
          organizations: Expr.binary(.equal, .field("type"), .literal(.string("党支部"))),
          unit: nil,
          unitParameter: "period",
          sets: [
            ScheduleRule.RecordSet(name: "lectures", kind: "meeting", filter: Expr.binary(.equal, .field("type"), .literal(.string("党课"))), date: Expr.field("date"), org: "org"),
          ],
          lets: [],
          checks: [
            Check(
              when: nil,
              forEach: nil,
              binding: nil,
              require: Expr.binary(.greaterOrEqual, .call(.count, [.variable("lectures")]), .member(.variable("params"), "min")),
              at: nil,
              message: MessageTemplate(zh: [.expr(Expr.field("name")), .text("在 "), .expr(Expr.member(.variable("period"), "label")), .text(" 未上党课")], en: [.expr(Expr.field("name")), .text(" held no party lecture in "), .expr(Expr.member(.variable("period"), "label"))]),
              severity: nil,
              name: "0"),
          ])),
      examples: [],
      source: SourceLocation(path: "Rules/branch/party-lecture-quarterly.yaml", line: 1, column: 1))
  }

  // Rules/branch/secretary-lecture-yearly.yaml:1:1
  private static func rule16() throws(Pattern.Failure) -> Rule {
    Rule(
      id: "branch.secretary-lecture-yearly",
      severity: .error,
      title: Localized(zh: "党支部书记、党组书记每年至少讲1次党课", en: "The secretary of a branch or party group gives at least one party lecture a year"),
      rationale: Localized(zh: "党委（党组）书记每年至少讲1次党课，党支部书记每年也应至少为本支部党员讲1次党课。检查每年在该组织名下记录的党课中，是否至少有一次由该组织的书记（组织记录的 secretary）授课（lecturer）。", en: "The secretary of a party committee or party group gives at least one party lecture a year, and so does the secretary of a branch to the branch's members. Each year, at least one lecture recorded under the organization must have the organization's secretary as its lecturer."),
      remedy: Localized(zh: "补齐书记讲党课的记录并写明授课人；确未讲的，由书记在下一次党课中授课，并把书记讲党课列入年度工作计划。", en: "Produce the record of the secretary's lecture, naming the lecturer; if none was given, the secretary gives the next lecture, and the secretary's lecture goes into the annual work plan."),
      basis: [Basis(regulation: "中国共产党支部工作条例（试行）", year: 2018, article: "第十六条", confidence: "F2", local: false, quote: "「党委（党组）书记每年至少讲1次党课」"), Basis(regulation: "中国共产党党员教育管理工作条例", year: 2019, article: nil, confidence: "R", local: false, quote: "党支部书记每年至少讲1次党课")],
      parameters: [Parameter(name: "min", defaultValue: .int(1), description: Localized(zh: "书记每年至少讲党课次数", en: "Lectures the secretary gives each year"), choices: nil)],
      body: .schedule(
        ScheduleRule(
          organizations: Expr.binary(.isIn, .field("type"), .literal(.list([.string("党支部"), .string("党组")]))),
          unit: .year,
          unitParameter: nil,
          sets: [
            ScheduleRule.RecordSet(name: "lectures", kind: "meeting", filter: Expr.binary(.and, .binary(.equal, .field("type"), .literal(.string("党课"))), .binary(.equal, .call(.name, [.field("lecturer")]), .call(.name, [.member(.variable("org"), "secretary")]))), date: Expr.field("date"), org: "org"),
          ],
          lets: [],
          checks: [
            Check(
              when: Expr.call(.exists, [.field("secretary")]),
              forEach: nil,
              binding: nil,
              require: Expr.binary(.greaterOrEqual, .call(.count, [.variable("lectures")]), .member(.variable("params"), "min")),
              at: nil,
              message: MessageTemplate(zh: [.expr(Expr.field("name")), .text("书记"), .expr(Expr.call(.name, [.field("secretary")])), .text("在 "), .expr(Expr.member(.variable("period"), "label")), .text(" 年未讲党课")], en: [.text("The secretary of "), .expr(Expr.field("name")), .text(", "), .expr(Expr.call(.name, [.field("secretary")])), .text(", gave no party lecture in "), .expr(Expr.member(.variable("period"), "label"))]),
              severity: nil,
              name: "0"),
          ])),
      examples: [],
      source: SourceLocation(path: "Rules/branch/secretary-lecture-yearly.yaml", line: 1, column: 1))
  }

  // Rules/branch/theme-day-monthly.yaml:1:1
  private static func rule17() throws(Pattern.Failure) -> Rule {
    Rule(
      id: "branch.theme-day-monthly",
      severity: .warning,
      title: Localized(zh: "党支部每月开展主题党日", en: "A branch holds a themed party day every month"),
      rationale: Localized(zh: "党支部应当以每月相对固定1天开展主题党日，组织党员集中学习、过组织生活、进行民主议事和志愿服务等。按活动日期归入日历月。", en: "A branch holds a themed party day on a fairly fixed day each month, for collective study, organizational life, democratic deliberation and volunteer service. An activity counts in the calendar month of its date."),
      remedy: Localized(zh: "补齐缺少月份的主题党日活动记录；确未开展的，确定每月相对固定的主题党日并列入支部工作计划。", en: "Produce the record of the missing month's themed party day; if none was held, fix a regular day each month and put it in the branch's work plan."),
      basis: [Basis(regulation: "中国共产党支部工作条例（试行）", year: 2018, article: "第十六条", confidence: "F2", local: false, quote: "党支部「以每月相对固定1天」开展主题党日")],
      parameters: [Parameter(name: "min", defaultValue: .int(1), description: Localized(zh: "每月至少开展次数", en: "Themed party days required each month"), choices: nil)],
      body: .schedule(
        ScheduleRule(
          organizations: Expr.binary(.equal, .field("type"), .literal(.string("党支部"))),
          unit: .month,
          unitParameter: nil,
          sets: [
            ScheduleRule.RecordSet(name: "days", kind: "meeting", filter: Expr.binary(.equal, .field("type"), .literal(.string("主题党日"))), date: Expr.field("date"), org: "org"),
          ],
          lets: [],
          checks: [
            Check(
              when: nil,
              forEach: nil,
              binding: nil,
              require: Expr.binary(.greaterOrEqual, .call(.count, [.variable("days")]), .member(.variable("params"), "min")),
              at: nil,
              message: MessageTemplate(zh: [.expr(Expr.field("name")), .text("在 "), .expr(Expr.member(.variable("period"), "label")), .text(" 未开展主题党日")], en: [.expr(Expr.field("name")), .text(" held no themed party day in "), .expr(Expr.member(.variable("period"), "label"))]),
              severity: nil,
              name: "0"),
          ])),
      examples: [],
      source: SourceLocation(path: "Rules/branch/theme-day-monthly.yaml", line: 1, column: 1))
  }

  // Rules/life/democratic-annual.yaml:1:1
  private static func rule18() throws(Pattern.Failure) -> Rule {
    Rule(
      id: "life.democratic-annual",
      severity: .error,
      title: Localized(zh: "党组每年召开民主生活会", en: "A party group holds a democratic life meeting every year"),
      rationale: Localized(zh: "党组（党委）领导班子每年召开1次民主生活会，一般安排在第四季度，开展批评和自我批评。本规则按会议日期归入日历年度：按上级通知在次年年初召开的“上年度”民主生活会计入召开当年，因此推迟召开的年份会被报告，须以上级同意推迟的文件说明。", en: "The leading group of a party group holds a democratic life meeting once a year, usually in the fourth quarter, for criticism and self-criticism. This rule counts a meeting in the calendar year of its date: a meeting for the previous year held early in the next, as the higher level directs, counts in the year it was held, so the year it was postponed from is reported and needs the higher level's approval of the postponement."),
      remedy: Localized(zh: "补齐当年民主生活会的记录；确未召开的，按上级党组织的部署召开，推迟召开的须附上级党组织同意推迟的文件。", en: "Produce the record of the year's democratic life meeting; if none was held, hold one as the higher level directs, and file the higher level's approval of any postponement."),
      basis: [Basis(regulation: "县以上党和国家机关党员领导干部民主生活会若干规定", year: 2016, article: nil, confidence: "F2", local: false, quote: "民主生活会每年召开1次，一般安排在第四季度")],
      parameters: [],
      body: .schedule(
        ScheduleRule(
          organizations: Expr.binary(.equal, .field("type"), .literal(.string("党组"))),
          unit: .year,
          unitParameter: nil,
          sets: [
            ScheduleRule.RecordSet(name: "meetings", kind: "meeting", filter: Expr.binary(.equal, .field("type"), .literal(.string("民主生活会"))), date: Expr.field("date"), org: "org"),
          ],
          lets: [],
          checks: [
            Check(
              when: nil,
              forEach: nil,
              binding: nil,
              require: Expr.binary(.greaterOrEqual, .call(.count, [.variable("meetings")]), .literal(.int(1))),
              at: nil,
              message: MessageTemplate(zh: [.expr(Expr.field("name")), .text("在 "), .expr(Expr.member(.variable("period"), "label")), .text(" 年未召开民主生活会")], en: [.expr(Expr.field("name")), .text(" held no democratic life meeting in "), .expr(Expr.member(.variable("period"), "label"))]),
              severity: nil,
              name: "0"),
          ])),
      examples: [],
      source: SourceLocation(path: "Rules/life/democratic-annual.yaml", line: 1, column: 1))
  }

  // Rules/life/inquiry-explained.yaml:1:1
  private static func rule19() throws(Pattern.Failure) -> Rule {
    Rule(
      id: "life.inquiry-explained",
      severity: .error,
      title: Localized(zh: "被函询的党员干部在民主生活会或组织生活会上作出说明", en: "A cadre who received an inquiry explains it at a life meeting"),
      rationale: Localized(zh: "被谈话函询的党员干部应当在民主生活会、组织生活会上就本年度或者上年度谈话函询问题进行说明。 某年收到的函询，最迟应在次年的民主生活会或组织生活会上说明；次年结束前尚不能判断，因此只在审计期间包含次年年底时检查。", en: "A cadre who received a talk or written inquiry explains it at a democratic or organizational life meeting of the same year or the next. An inquiry of year Y can only be judged once the end of Y+1 falls inside the audit window."),
      remedy: Localized(zh: "在下一次民主生活会或组织生活会上由本人就函询问题作出说明，并在会议记录中写明（inquiry_explanations）；逾期未说明的，向上级纪委说明原因。", en: "Have the cadre explain the inquiry at the next democratic or organizational life meeting and record it (inquiry_explanations); where the deadline has passed, explain why to the higher discipline inspection commission."),
      basis: [Basis(regulation: "中国共产党纪律检查机关监督执纪工作规则", year: 2019, article: "第三十一条", confidence: "F2", local: false, quote: "「被谈话函询的党员干部应当在民主生活会、组织生活会上就本年度或者上年度谈话函询问题进行说明」"), Basis(regulation: "中国共产党党内监督条例", year: 2016, article: "第二十条", confidence: "F2", local: false, quote: "「领导干部应当在民主生活会上把群众反映、巡视反馈、组织约谈函询的问题说清楚、谈透彻」")],
      parameters: [],
      body: .record(
        RecordRule(
          kind: "person",
          filter: Expr.binary(.greater, .call(.count, [.field("inquiries")]), .literal(.int(0))),
          date: nil,
          lets: [("explained_at", Expr.call(.filter, [.call(.lookup, [.literal(.string("meeting")), .literal(.string("inquiry_explanations")), .list([.member(.root, "id"), .member(.root, "name")])]), .binary(.isIn, .field("type"), .literal(.list([.string("民主生活会"), .string("组织生活会")])))]))],
          checks: [
            Check(
              when: nil,
              forEach: Expr.call(.filter, [.field("inquiries"), .binary(.and, .binary(.greaterOrEqual, .call(.date, [.binary(.add, .call(.year, [.field("date")]), .literal(.int(1))), .literal(.int(12)), .literal(.int(31))]), .member(.variable("window"), "from")), .binary(.lessOrEqual, .call(.date, [.binary(.add, .call(.year, [.field("date")]), .literal(.int(1))), .literal(.int(12)), .literal(.int(31))]), .member(.variable("window"), "to")))]),
              binding: "inquiry",
              require: Expr.call(.any, [.variable("explained_at"), .binary(.and, .binary(.greaterOrEqual, .call(.year, [.field("date")]), .call(.year, [.member(.variable("inquiry"), "date")])), .binary(.lessOrEqual, .call(.year, [.field("date")]), .binary(.add, .call(.year, [.member(.variable("inquiry"), "date")]), .literal(.int(1)))))]),
              at: nil,
              message: MessageTemplate(zh: [.expr(Expr.member(.root, "name")), .text(" "), .expr(Expr.member(.variable("inquiry"), "date")), .text(" 收到函询（"), .expr(Expr.binary(.coalesce, .member(.variable("inquiry"), "ref"), .literal(.string("未注明文号")))), .text("），截至 "), .expr(Expr.binary(.add, .call(.year, [.member(.variable("inquiry"), "date")]), .literal(.int(1)))), .text(" 年底未在民主生活会或组织生活会上作出说明")], en: [.expr(Expr.member(.root, "name")), .text(" received an inquiry on "), .expr(Expr.member(.variable("inquiry"), "date")), .text(" ("), .expr(Expr.binary(.coalesce, .member(.variable("inquiry"), "ref"), .literal(.string("no reference")))), .text(") and had not explained it at a democratic or organizational life meeting by the end of "), .expr(Expr.binary(.add, .call(.year, [.member(.variable("inquiry"), "date")]), .literal(.int(1))))]),
              severity: nil,
              name: "0"),
          ])),
      examples: [],
      source: SourceLocation(path: "Rules/life/inquiry-explained.yaml", line: 1, column: 1))
  }

  // Rules/life/organizational-annual.yaml:1:1
  private static func rule20() throws(Pattern.Failure) -> Rule {
    Rule(
      id: "life.organizational-annual",
      severity: .error,
      title: Localized(zh: "党支部每年召开组织生活会并开展民主评议党员", en: "A branch holds an organizational life meeting each year, with the democratic appraisal of members"),
      rationale: Localized(zh: "党支部每年至少召开1次组织生活会，一般安排在第四季度；民主评议党员一般每年开展1次，可以结合组织生活会进行。按会议日期归入日历年度；组织生活会记录中以 evaluation 表示开展了民主评议党员。", en: "A branch holds at least one organizational life meeting a year, usually in the fourth quarter; the democratic appraisal of members is held as a rule once a year and may be combined with that meeting. Meetings count in the calendar year of their date; `evaluation` on the meeting record shows that the appraisal was held."),
      remedy: Localized(zh: "补齐当年组织生活会的记录；确未召开的，按上级部署召开组织生活会，并在会上（或另行）开展民主评议党员，在记录中写明评议情况。", en: "Produce the record of the year's organizational life meeting; if none was held, hold one as the higher level directs, with the democratic appraisal of members, and record the appraisal."),
      basis: [Basis(regulation: "中国共产党支部工作条例（试行）", year: 2018, article: "第十七条", confidence: "F2", local: false, quote: "组织生活会一般每年召开1次，一般安排在第四季度"), Basis(regulation: "中国共产党支部工作条例（试行）", year: 2018, article: "第十八条", confidence: "F2", local: false, quote: "「党支部一般每年开展1次民主评议党员，组织党员对照合格党员标准、对照入党誓词，开展批评和自我批评」")],
      parameters: [],
      body: .schedule(
        ScheduleRule(
          organizations: Expr.binary(.equal, .field("type"), .literal(.string("党支部"))),
          unit: .year,
          unitParameter: nil,
          sets: [
            ScheduleRule.RecordSet(name: "meetings", kind: "meeting", filter: Expr.binary(.equal, .field("type"), .literal(.string("组织生活会"))), date: Expr.field("date"), org: "org"),
          ],
          lets: [],
          checks: [
            Check(
              when: nil,
              forEach: nil,
              binding: nil,
              require: Expr.binary(.greaterOrEqual, .call(.count, [.variable("meetings")]), .literal(.int(1))),
              at: nil,
              message: MessageTemplate(zh: [.expr(Expr.field("name")), .text("在 "), .expr(Expr.member(.variable("period"), "label")), .text(" 年未召开组织生活会")], en: [.expr(Expr.field("name")), .text(" held no organizational life meeting in "), .expr(Expr.member(.variable("period"), "label"))]),
              severity: nil,
              name: "held"),
            Check(
              when: Expr.binary(.greaterOrEqual, .call(.count, [.variable("meetings")]), .literal(.int(1))),
              forEach: nil,
              binding: nil,
              require: Expr.call(.any, [.variable("meetings"), .binary(.equal, .binary(.coalesce, .field("evaluation"), .literal(.bool(false))), .literal(.bool(true)))]),
              at: nil,
              message: MessageTemplate(zh: [.expr(Expr.field("name")), .text("在 "), .expr(Expr.member(.variable("period"), "label")), .text(" 年召开的组织生活会（"), .expr(Expr.call(.join, [.call(.map, [.variable("meetings"), .field("date")]), .literal(.string("、"))])), .text("）均未开展民主评议党员")], en: [.expr(Expr.field("name")), .text(" held no democratic appraisal of members at its organizational life meetings in "), .expr(Expr.member(.variable("period"), "label")), .text(" ("), .expr(Expr.call(.join, [.call(.map, [.variable("meetings"), .field("date")]), .literal(.string(", "))])), .text(")")]),
              severity: nil,
              name: "evaluation"),
          ])),
      examples: [],
      source: SourceLocation(path: "Rules/life/organizational-annual.yaml", line: 1, column: 1))
  }

  // Rules/life/preparation.yaml:1:1
  private static func rule21() throws(Pattern.Failure) -> Rule {
    Rule(
      id: "life.preparation",
      severity: .error,
      title: Localized(zh: "民主生活会、组织生活会会前准备充分，会上开展批评和自我批评", en: "Life meetings are prepared and hold criticism and self-criticism"),
      rationale: Localized(zh: "民主生活会和组织生活会要经过征求意见、谈心谈话、撰写对照检查材料等会前准备，会上开展批评和自我批评。 会前不征求意见、不谈心谈话、没有对照检查材料，会上不开展批评，生活会就流于形式。", en: "Democratic and organizational life meetings are prepared by soliciting opinions, one-to-one talks and written self-reviews, and hold criticism and self-criticism. Without these the meeting is a formality."),
      remedy: Localized(zh: "会前广泛征求意见、开展谈心谈话、撰写对照检查材料，并在会议记录中写明（preparation.opinions_solicited、talks、self_review）；会上开展批评和自我批评（criticism）。达不到要求的应重新召开。", en: "Solicit opinions, hold talks and write the self-review before the meeting and record them (preparation.opinions_solicited, talks, self_review); hold criticism and self-criticism at it (criticism). Hold the meeting again where this was not done."),
      basis: [Basis(regulation: "县以上党和国家机关党员领导干部民主生活会若干规定", year: 2016, article: nil, confidence: "F2", local: false, quote: "「确定主题—征求意见—谈心交心—撰写对照检查材料—开展批评和自我批评—制定改进措施—报告和通报」"), Basis(regulation: "中国共产党支部工作条例（试行）", year: 2018, article: "第十七条", confidence: "F2", local: false, quote: "组织生活会会前谈心谈话、听取意见，会上查摆问题，开展批评和自我批评")],
      parameters: [],
      body: .record(
        RecordRule(
          kind: "meeting",
          filter: Expr.binary(.isIn, .field("type"), .literal(.list([.string("民主生活会"), .string("组织生活会")]))),
          date: nil,
          lets: [],
          checks: [
            Check(
              when: nil,
              forEach: nil,
              binding: nil,
              require: Expr.binary(.less, .member(.field("preparation"), "opinions_solicited"), .field("date")),
              at: Expr.member(.field("preparation"), "opinions_solicited"),
              message: MessageTemplate(zh: [.expr(Expr.field("type")), .text("（"), .expr(Expr.field("date")), .text("）征求意见的日期（"), .expr(Expr.member(.field("preparation"), "opinions_solicited")), .text("）不在会前")], en: [.expr(Expr.field("type")), .text(" ("), .expr(Expr.field("date")), .text("): opinions were solicited on "), .expr(Expr.member(.field("preparation"), "opinions_solicited")), .text(", not before the meeting")]),
              severity: nil,
              name: "opinions"),
            Check(
              when: nil,
              forEach: nil,
              binding: nil,
              require: Expr.call(.exists, [.member(.field("preparation"), "opinions_solicited")]),
              at: Expr.binary(.coalesce, .field("preparation"), .root),
              message: MessageTemplate(zh: [.expr(Expr.field("type")), .text("（"), .expr(Expr.field("date")), .text("）没有会前征求意见的记录（preparation.opinions_solicited）")], en: [.expr(Expr.field("type")), .text(" ("), .expr(Expr.field("date")), .text(") shows no opinions solicited before it (preparation.opinions_solicited)")]),
              severity: nil,
              name: "opinions-given"),
            Check(
              when: nil,
              forEach: nil,
              binding: nil,
              require: Expr.binary(.greaterOrEqual, .call(.count, [.member(.field("preparation"), "talks"), .binary(.greaterOrEqual, .call(.count, [.scope]), .literal(.int(2)))]), .literal(.int(1))),
              at: Expr.binary(.coalesce, .binary(.coalesce, .member(.field("preparation"), "talks"), .field("preparation")), .root),
              message: MessageTemplate(zh: [.expr(Expr.field("type")), .text("（"), .expr(Expr.field("date")), .text("）没有会前谈心谈话的记录（preparation.talks）")], en: [.expr(Expr.field("type")), .text(" ("), .expr(Expr.field("date")), .text(") shows no one-to-one talks before it (preparation.talks)")]),
              severity: nil,
              name: "talks"),
            Check(
              when: nil,
              forEach: nil,
              binding: nil,
              require: Expr.binary(.and, .call(.exists, [.member(.field("preparation"), "self_review")]), .binary(.equal, .member(.field("preparation"), "self_review"), .literal(.bool(true)))),
              at: Expr.binary(.coalesce, .binary(.coalesce, .member(.field("preparation"), "self_review"), .field("preparation")), .root),
              message: MessageTemplate(zh: [.expr(Expr.field("type")), .text("（"), .expr(Expr.field("date")), .text("）没有对照检查材料（preparation.self_review）")], en: [.expr(Expr.field("type")), .text(" ("), .expr(Expr.field("date")), .text(") shows no written self-review (preparation.self_review)")]),
              severity: nil,
              name: "self-review"),
            Check(
              when: nil,
              forEach: nil,
              binding: nil,
              require: Expr.binary(.and, .call(.exists, [.field("criticism")]), .binary(.equal, .field("criticism"), .literal(.bool(true)))),
              at: Expr.binary(.coalesce, .field("criticism"), .root),
              message: MessageTemplate(zh: [.expr(Expr.field("type")), .text("（"), .expr(Expr.field("date")), .text("）未开展批评和自我批评（criticism）")], en: [.expr(Expr.field("type")), .text(" ("), .expr(Expr.field("date")), .text(") held no criticism and self-criticism (criticism)")]),
              severity: nil,
              name: "criticism"),
          ])),
      examples: [],
      source: SourceLocation(path: "Rules/life/preparation.yaml", line: 1, column: 1))
  }

  // Rules/life/report.yaml:1:1
  private static func rule22() throws(Pattern.Failure) -> Rule {
    Rule(
      id: "life.report",
      severity: .warning,
      title: Localized(zh: "民主生活会后15日内向上级报告", en: "A democratic life meeting is reported to the higher level within 15 days"),
      rationale: Localized(zh: "民主生活会召开后，应在规定时限内（一般为会后15日内）将会议情况报告和会议记录报送上级纪委和组织部门，接受上级监督。", en: "After a democratic life meeting, its report and minutes go to the higher-level discipline inspection commission and organization department within the deadline (as a rule 15 days), so that the higher level can oversee it."),
      remedy: Localized(zh: "尽快向上级纪委和组织部门报送会议情况报告和发言记录，并在会议记录中写明报送日期（reported）。", en: "Send the report and the minutes to the higher level now and record the date (reported)."),
      basis: [Basis(regulation: "县以上党和国家机关党员领导干部民主生活会若干规定", year: 2016, article: nil, confidence: "R", local: false, quote: "民主生活会情况报告和会议记录报上级纪委和组织部门"), Basis(regulation: "各地民主生活会制度", year: nil, article: nil, confidence: "L", local: true, quote: "「在召开民主生活会后十五日内，要向上一级组织报送会议情况和发言记录」")],
      parameters: [Parameter(name: "days", defaultValue: .int(15), description: Localized(zh: "会后报告的期限（日）", en: "Days after the meeting within which it is reported"), choices: nil)],
      body: .record(
        RecordRule(
          kind: "meeting",
          filter: Expr.binary(.equal, .field("type"), .literal(.string("民主生活会"))),
          date: nil,
          lets: [],
          checks: [
            Check(
              when: nil,
              forEach: nil,
              binding: nil,
              require: Expr.call(.exists, [.field("reported")]),
              at: nil,
              message: MessageTemplate(zh: [.text("民主生活会（"), .expr(Expr.field("date")), .text("）没有向上级报告的记录（reported），应在会后 "), .expr(Expr.member(.variable("params"), "days")), .text(" 日内报告")], en: [.text("The democratic life meeting of "), .expr(Expr.field("date")), .text(" has no report to the higher level (reported); it is due within "), .expr(Expr.member(.variable("params"), "days")), .text(" days")]),
              severity: nil,
              name: "given"),
            Check(
              when: nil,
              forEach: nil,
              binding: nil,
              require: Expr.binary(.and, .binary(.greaterOrEqual, .field("reported"), .field("date")), .binary(.lessOrEqual, .field("reported"), .call(.addDays, [.field("date"), .member(.variable("params"), "days")]))),
              at: Expr.field("reported"),
              message: MessageTemplate(zh: [.text("民主生活会（"), .expr(Expr.field("date")), .text("）于 "), .expr(Expr.field("reported")), .text(" 向上级报告，"), .expr(Expr.call(.ifThen, [.binary(.less, .field("reported"), .field("date")), .literal(.string("早于会议日期")), .binary(.add, .binary(.add, .binary(.add, .binary(.add, .literal(.string("超过会后 ")), .call(.text, [.member(.variable("params"), "days")])), .literal(.string(" 日（应在 "))), .call(.text, [.call(.addDays, [.field("date"), .member(.variable("params"), "days")])])), .literal(.string(" 前）")))]))], en: [.text("The democratic life meeting of "), .expr(Expr.field("date")), .text(" was reported on "), .expr(Expr.field("reported")), .text(", "), .expr(Expr.call(.ifThen, [.binary(.less, .field("reported"), .field("date")), .literal(.string("before the meeting")), .binary(.add, .binary(.add, .binary(.add, .binary(.add, .literal(.string("more than ")), .call(.text, [.member(.variable("params"), "days")])), .literal(.string(" days after it (due by "))), .call(.text, [.call(.addDays, [.field("date"), .member(.variable("params"), "days")])])), .literal(.string(")")))]))]),
              severity: nil,
              name: "in-time"),
          ])),
      examples: [],
      source: SourceLocation(path: "Rules/life/report.yaml", line: 1, column: 1))
  }

  // Rules/meeting/decision-venue.yaml:1:1
  private static func rule23() throws(Pattern.Failure) -> Rule {
    Rule(
      id: "meeting.decision-venue",
      severity: .error,
      title: Localized(zh: "“三重一大”事项由党组会议集体讨论决定", en: "\"Three majors and one large\" matters are decided at a party group meeting"),
      rationale: Localized(zh: "重大事项决策、重要干部任免、重大项目安排和大额度资金运作（“三重一大”）必须由党组（党委）集体讨论决定。主席办公会议等行政会议可以研究落实，但不能代替党组会议作出决定；巡察中“‘三重一大’事项以办公会议代替党组会议决策”是常见问题。", en: "Major decisions, important appointments, major projects and large sums (\"three majors and one large\") are decided collectively by the party group (or party committee). A chairman's office meeting or another meeting may prepare or carry them out but cannot take the decision in its place; inspections often find office meetings deciding such matters."),
      remedy: Localized(zh: "将该事项提交党组会议集体讨论决定并如实记录表决情况；办公会议只记载研究落实或通报的内容，不再把“三重一大”事项作为本会议的决定事项。", en: "Bring the matter to a party group meeting for a collective decision and record the vote; the office meeting records only the implementation or the briefing, not the matter as its own decision."),
      basis: [Basis(regulation: "中国共产党党组工作条例", year: 2019, article: "第二十三条", confidence: "F2", local: false, quote: nil), Basis(regulation: "中国共产党第十四届中央纪律检查委员会第六次全体会议公报", year: 1996, article: nil, confidence: "F2", local: false, quote: nil), Basis(regulation: "中国共产党党组工作程序与规范", year: nil, article: nil, confidence: "F2", local: false, quote: "「不得以文件圈阅、个别征求意见…等形式来代替」")],
      parameters: [],
      body: .record(
        RecordRule(
          kind: "meeting",
          filter: Expr.binary(.and, .binary(.notIn, .field("type"), .literal(.list([.string("党组会议"), .string("党委会议")]))), .call(.any, [.field("agenda"), .call(.exists, [.field("matter")])])),
          date: nil,
          lets: [],
          checks: [
            Check(
              when: nil,
              forEach: Expr.call(.filter, [.field("agenda"), .call(.exists, [.field("matter")])]),
              binding: nil,
              require: Expr.literal(.bool(false)),
              at: Expr.field("matter"),
              message: MessageTemplate(zh: [.text("议题“"), .expr(Expr.field("title")), .text("”属“三重一大”事项（"), .expr(Expr.field("matter")), .text("），在"), .expr(Expr.member(.root, "type")), .text("（"), .expr(Expr.member(.root, "date")), .text("）上作出决定；应由党组会议集体讨论决定")], en: [.text("\""), .expr(Expr.field("title")), .text("\" is a three-majors matter ("), .expr(Expr.field("matter")), .text(") decided at the "), .expr(Expr.member(.root, "type")), .text(" ("), .expr(Expr.member(.root, "date")), .text("); it must be decided by a party group meeting")]),
              severity: nil,
              name: "0"),
          ])),
      examples: [],
      source: SourceLocation(path: "Rules/meeting/decision-venue.yaml", line: 1, column: 1))
  }

  // Rules/meeting/first-topic.yaml:1:1
  private static func rule24() throws(Pattern.Failure) -> Rule {
    Rule(
      id: "meeting.first-topic",
      severity: .error,
      title: Localized(zh: "会议第一项议题应为“第一议题”学习", en: "The first agenda item is the \"first topic\" study"),
      rationale: Localized(zh: "“第一议题”制度要求党组（党委）会议、理论学习中心组学习和“三会一课”等会议，把传达学习习近平总书记最新重要讲话、 重要指示批示精神作为会议的第一项议题。巡察中“未落实‘第一议题’制度”是常见问题。", en: "The \"first topic\" system makes the study of General Secretary Xi Jinping's latest important speeches and instructions the first agenda item of party group meetings, central study group sessions and the branch meetings of the \"three meetings and one lesson\". Inspections often find it missing."),
      remedy: Localized(zh: "在会议记录中把第一项议题记为第一议题学习（category 第一议题），写明所学讲话或指示及其日期；确属例外的会议，以 first_topic_exempt 写明理由。", en: "Record the first agenda item as the first-topic study (category 第一议题), naming the speech or instruction and its date; for a genuine exception, give the reason in first_topic_exempt."),
      basis: [Basis(regulation: "各地“第一议题”制度实施办法", year: nil, article: nil, confidence: "L", local: true, quote: "「列为党(工)委(党组)会、理论中心组学习、党组织“三会一课”和其它重要会议的“第一议题”」")],
      parameters: [],
      body: .record(
        RecordRule(
          kind: "meeting",
          filter: Expr.binary(.isIn, .field("type"), .literal(.list([.string("党组会议"), .string("理论学习中心组学习"), .string("支部党员大会"), .string("支部委员会"), .string("党小组会")]))),
          date: nil,
          lets: [],
          checks: [
            Check(
              when: Expr.call(.exists, [.field("first_topic_exempt")]),
              forEach: nil,
              binding: nil,
              require: Expr.literal(.bool(false)),
              at: Expr.field("first_topic_exempt"),
              message: MessageTemplate(zh: [.expr(Expr.field("type")), .text("（"), .expr(Expr.field("date")), .text("）未安排“第一议题”，记录的例外理由："), .expr(Expr.field("first_topic_exempt"))], en: [.expr(Expr.field("type")), .text(" ("), .expr(Expr.field("date")), .text(") has no first-topic item; exemption recorded: "), .expr(Expr.field("first_topic_exempt"))]),
              severity: .info,
              name: "exempt"),
            Check(
              when: Expr.binary(.and, .not(.call(.exists, [.field("first_topic_exempt")])), .binary(.greater, .call(.count, [.field("agenda")]), .literal(.int(0)))),
              forEach: nil,
              binding: nil,
              require: Expr.binary(.equal, .member(.index(.field("agenda"), .literal(.int(0))), "category"), .literal(.string("第一议题"))),
              at: Expr.binary(.coalesce, .member(.index(.field("agenda"), .literal(.int(0))), "category"), .index(.field("agenda"), .literal(.int(0)))),
              message: MessageTemplate(zh: [.expr(Expr.field("type")), .text("（"), .expr(Expr.field("date")), .text("）的第一项议题不是“第一议题”学习（第一项为“"), .expr(Expr.member(.index(.field("agenda"), .literal(.int(0))), "title")), .text("”）")], en: [.text("The first agenda item of the "), .expr(Expr.field("type")), .text(" ("), .expr(Expr.field("date")), .text(") is not the first-topic study (it is \""), .expr(Expr.member(.index(.field("agenda"), .literal(.int(0))), "title")), .text("\")")]),
              severity: nil,
              name: "first-item"),
          ])),
      examples: [],
      source: SourceLocation(path: "Rules/meeting/first-topic.yaml", line: 1, column: 1))
  }

  // Rules/meeting/first-topic-repeat.yaml:1:1
  private static func rule25() throws(Pattern.Failure) -> Rule {
    Rule(
      id: "meeting.first-topic-repeat",
      severity: .warning,
      title: Localized(zh: "同一组织不重复以同一讲话作为“第一议题”", en: "An organization does not study the same speech as its first topic twice"),
      rationale: Localized(zh: "“第一议题”制度要求及时传达学习习近平总书记最新重要讲话、重要指示批示精神。同一组织在不同会议上把同一篇讲话（标题和讲话日期都相同）再次列为“第一议题”，往往是以旧充新、应付了事，巡察中常被指出“第一议题”学习流于形式。", en: "The first topic is meant to pass on General Secretary Xi Jinping's latest speeches and instructions promptly. When an organization lists the same speech (same title and speech date) as the first topic of another meeting, old material is standing in for new, and inspections note the first topic as a formality."),
      remedy: Localized(zh: "后一次会议的“第一议题”改为学习最新的重要讲话或指示批示；确需继续深入学习的，列为一般学习议题，或按本地规定写明例外理由。", en: "Make the later meeting's first topic a newer speech or instruction; where further study is really needed, list it as an ordinary study item or record the exception local rules allow."),
      basis: [Basis(regulation: "各地“第一议题”制度实施办法", year: nil, article: nil, confidence: "L", local: true, quote: "「每次局党组会会议应安排至少一个议题传达学习贯彻习近平总书记重要讲话…重要指示批示精神」")],
      parameters: [],
      body: .record(
        RecordRule(
          kind: "meeting",
          filter: Expr.call(.any, [.field("agenda"), .binary(.equal, .field("category"), .literal(.string("第一议题")))]),
          date: nil,
          lets: [],
          checks: [
            Check(
              when: nil,
              forEach: Expr.call(.filter, [.field("agenda"), .binary(.and, .binary(.and, .binary(.equal, .field("category"), .literal(.string("第一议题"))), .call(.exists, [.field("title")])), .call(.exists, [.field("speech_date")]))]),
              binding: "item",
              require: Expr.call(.none, [.call(.lookup, [.literal(.string("meeting")), .literal(.string("org")), .member(.root, "org"), .literal(.string("agenda[].title")), .member(.variable("item"), "title")]), .binary(.and, .binary(.and, .binary(.equal, .field("org"), .member(.root, "org")), .binary(.or, .binary(.less, .field("date"), .member(.root, "date")), .binary(.and, .binary(.equal, .field("date"), .member(.root, "date")), .binary(.less, .field("id"), .member(.root, "id"))))), .call(.any, [.field("agenda"), .binary(.and, .binary(.and, .binary(.equal, .field("category"), .literal(.string("第一议题"))), .binary(.equal, .field("title"), .member(.variable("item"), "title"))), .binary(.equal, .field("speech_date"), .member(.variable("item"), "speech_date")))]))]),
              at: Expr.member(.variable("item"), "title"),
              message: MessageTemplate(zh: [.expr(Expr.member(.root, "type")), .text("（"), .expr(Expr.member(.root, "date")), .text("）的第一议题“"), .expr(Expr.member(.variable("item"), "title")), .text("”（讲话日期 "), .expr(Expr.member(.variable("item"), "speech_date")), .text("）本组织已在"), .expr(Expr.call(.join, [.call(.map, [.call(.filter, [.call(.lookup, [.literal(.string("meeting")), .literal(.string("org")), .member(.root, "org"), .literal(.string("agenda[].title")), .member(.variable("item"), "title")]), .binary(.and, .binary(.and, .binary(.equal, .field("org"), .member(.root, "org")), .binary(.or, .binary(.less, .field("date"), .member(.root, "date")), .binary(.and, .binary(.equal, .field("date"), .member(.root, "date")), .binary(.less, .field("id"), .member(.root, "id"))))), .call(.any, [.field("agenda"), .binary(.and, .binary(.and, .binary(.equal, .field("category"), .literal(.string("第一议题"))), .binary(.equal, .field("title"), .member(.variable("item"), "title"))), .binary(.equal, .field("speech_date"), .member(.variable("item"), "speech_date")))]))]), .binary(.add, .binary(.add, .binary(.add, .binary(.add, .binary(.add, .field("type"), .literal(.string("（"))), .call(.text, [.field("date")])), .literal(.string("，"))), .field("id")), .literal(.string("）")))]), .literal(.string("、"))])), .text("作为第一议题学习过")], en: [.text("The first topic \""), .expr(Expr.member(.variable("item"), "title")), .text("\" (speech of "), .expr(Expr.member(.variable("item"), "speech_date")), .text(") of the "), .expr(Expr.member(.root, "type")), .text(" ("), .expr(Expr.member(.root, "date")), .text(") was already the first topic of "), .expr(Expr.call(.join, [.call(.map, [.call(.filter, [.call(.lookup, [.literal(.string("meeting")), .literal(.string("org")), .member(.root, "org"), .literal(.string("agenda[].title")), .member(.variable("item"), "title")]), .binary(.and, .binary(.and, .binary(.equal, .field("org"), .member(.root, "org")), .binary(.or, .binary(.less, .field("date"), .member(.root, "date")), .binary(.and, .binary(.equal, .field("date"), .member(.root, "date")), .binary(.less, .field("id"), .member(.root, "id"))))), .call(.any, [.field("agenda"), .binary(.and, .binary(.and, .binary(.equal, .field("category"), .literal(.string("第一议题"))), .binary(.equal, .field("title"), .member(.variable("item"), "title"))), .binary(.equal, .field("speech_date"), .member(.variable("item"), "speech_date")))]))]), .binary(.add, .binary(.add, .binary(.add, .binary(.add, .binary(.add, .field("type"), .literal(.string(" ("))), .call(.text, [.field("date")])), .literal(.string(", "))), .field("id")), .literal(.string(")")))]), .literal(.string(", "))])), .text(" in the same organization")]),
              severity: nil,
              name: "0"),
          ])),
      examples: [],
      source: SourceLocation(path: "Rules/meeting/first-topic-repeat.yaml", line: 1, column: 1))
  }

  // Rules/meeting/first-topic-source.yaml:1:1
  private static func rule26() throws(Pattern.Failure) -> Rule {
    Rule(
      id: "meeting.first-topic-source",
      severity: .warning,
      title: Localized(zh: "“第一议题”写明所学讲话的日期，且不晚于会议日期", en: "A first-topic item dates the speech it studies, on or before the meeting"),
      rationale: Localized(zh: "“第一议题”学习的是习近平总书记最新重要讲话、重要指示批示精神。会议记录应写明所学讲话或指示的日期，才能核对是否“第一时间”学习、是否重复学习；讲话日期晚于会议日期，说明记录有误或事后补记。", en: "The first topic studies General Secretary Xi Jinping's latest speeches and instructions. The minutes must date the speech or instruction studied, so that timeliness and repetition can be checked; a speech dated after the meeting means the minutes are wrong or were written up afterwards."),
      remedy: Localized(zh: "在第一议题中以 speech_date 写明所学讲话、指示批示的发表日期（以公开报道为准）；日期晚于会议的，核对会议日期和所学内容后更正记录。", en: "Give the date of the speech or instruction (as published) in speech_date; where it is later than the meeting, check the meeting date and what was studied and correct the record."),
      basis: [Basis(regulation: "各地“第一议题”制度实施办法", year: nil, article: nil, confidence: "L", local: true, quote: "「应在会议记录中及时规范记录“第一议题”学习主题、形式、参加人员和过程概况」")],
      parameters: [],
      body: .record(
        RecordRule(
          kind: "meeting",
          filter: Expr.call(.any, [.field("agenda"), .binary(.equal, .field("category"), .literal(.string("第一议题")))]),
          date: nil,
          lets: [],
          checks: [
            Check(
              when: nil,
              forEach: Expr.call(.filter, [.field("agenda"), .binary(.equal, .field("category"), .literal(.string("第一议题")))]),
              binding: nil,
              require: Expr.binary(.equal, .call(.count, [.call(.missing, [.literal(.string("speech_date"))])]), .literal(.int(0))),
              at: Expr.binary(.coalesce, .field("speech_date"), .scope),
              message: MessageTemplate(zh: [.expr(Expr.member(.root, "type")), .text("（"), .expr(Expr.member(.root, "date")), .text("）的第一议题“"), .expr(Expr.field("title")), .text("”未写明所学讲话或指示的日期（speech_date）")], en: [.text("The first-topic item \""), .expr(Expr.field("title")), .text("\" of the "), .expr(Expr.member(.root, "type")), .text(" ("), .expr(Expr.member(.root, "date")), .text(") does not date the speech or instruction studied (speech_date)")]),
              severity: nil,
              name: "given"),
            Check(
              when: nil,
              forEach: Expr.call(.filter, [.field("agenda"), .binary(.and, .binary(.and, .binary(.and, .binary(.equal, .field("category"), .literal(.string("第一议题"))), .call(.exists, [.call(.year, [.field("speech_date")])])), .call(.exists, [.call(.year, [.member(.root, "date")])])), .binary(.greater, .field("speech_date"), .member(.root, "date")))]),
              binding: nil,
              require: Expr.literal(.bool(false)),
              at: Expr.field("speech_date"),
              message: MessageTemplate(zh: [.expr(Expr.member(.root, "type")), .text("（"), .expr(Expr.member(.root, "date")), .text("）的第一议题“"), .expr(Expr.field("title")), .text("”所学讲话日期 "), .expr(Expr.field("speech_date")), .text(" 晚于会议日期")], en: [.text("The first-topic item \""), .expr(Expr.field("title")), .text("\" of the "), .expr(Expr.member(.root, "type")), .text(" ("), .expr(Expr.member(.root, "date")), .text(") studies a speech dated "), .expr(Expr.field("speech_date")), .text(", after the meeting")]),
              severity: nil,
              name: "order"),
          ])),
      examples: [],
      source: SourceLocation(path: "Rules/meeting/first-topic-source.yaml", line: 1, column: 1))
  }

  // Rules/meeting/minutes-complete.yaml:1:1
  private static func rule27() throws(Pattern.Failure) -> Rule {
    Rule(
      id: "meeting.minutes-complete",
      severity: .error,
      title: Localized(zh: "会议记录要素齐全", en: "Meeting minutes are complete"),
      rationale: Localized(zh: "会议记录是检查组织生活和集体决策是否规范的依据，应写明主持人、记录人、出席人员和议题，缺席人员应写明原因。巡察中“会议记录不规范、要素不全”是常见问题；党组会议须由专门人员如实记录。", en: "The minutes are the evidence that party life and collective decisions were in order. They name the chair, the recorder, those present and the agenda, and give the reason of everyone absent. Inspections often find minutes with elements missing; party group meetings must be recorded faithfully by a designated person."),
      remedy: Localized(zh: "根据会议签到表、会议材料补记主持人、记录人、出席人员和议题，并为每名缺席人员写明缺席原因（出差、病假、公务等）。", en: "Complete the chair, the recorder, those present and the agenda from the attendance sheet and the meeting papers, and give each absent person's reason (travel, sick leave, official duty…)."),
      basis: [Basis(regulation: "中国共产党党组工作条例", year: 2019, article: "第二十七条", confidence: "F2", local: false, quote: "「党组会议由专门人员如实记录」"), Basis(regulation: "各地党组织会议记录规范", year: nil, article: nil, confidence: "L", local: true, quote: nil)],
      parameters: [],
      body: .record(
        RecordRule(
          kind: "meeting",
          filter: nil,
          date: nil,
          lets: [("lacking", Expr.call(.missing, [.literal(.string("host")), .literal(.string("recorder")), .literal(.string("present")), .literal(.string("agenda"))]))],
          checks: [
            Check(
              when: nil,
              forEach: nil,
              binding: nil,
              require: Expr.binary(.equal, .call(.count, [.variable("lacking")]), .literal(.int(0))),
              at: Expr.call(.first, [.call(.map, [.variable("lacking"), .index(.root, .scope)])]),
              message: MessageTemplate(zh: [.expr(Expr.field("type")), .text("（"), .expr(Expr.field("date")), .text("）的会议记录缺少"), .expr(Expr.call(.join, [.call(.map, [.variable("lacking"), .call(.ifThen, [.binary(.equal, .scope, .literal(.string("host"))), .literal(.string("主持人")), .call(.ifThen, [.binary(.equal, .scope, .literal(.string("recorder"))), .literal(.string("记录人")), .call(.ifThen, [.binary(.equal, .scope, .literal(.string("present"))), .literal(.string("出席人员")), .literal(.string("议题"))])])])]), .literal(.string("、"))]))], en: [.text("The minutes of the "), .expr(Expr.field("type")), .text(" ("), .expr(Expr.field("date")), .text(") lack "), .expr(Expr.call(.join, [.call(.map, [.variable("lacking"), .call(.ifThen, [.binary(.equal, .scope, .literal(.string("host"))), .literal(.string("the chair (host)")), .call(.ifThen, [.binary(.equal, .scope, .literal(.string("recorder"))), .literal(.string("the recorder")), .call(.ifThen, [.binary(.equal, .scope, .literal(.string("present"))), .literal(.string("those present")), .literal(.string("the agenda"))])])])]), .literal(.string(", "))]))]),
              severity: nil,
              name: "fields"),
            Check(
              when: nil,
              forEach: Expr.field("absent"),
              binding: nil,
              require: Expr.binary(.equal, .call(.count, [.call(.missing, [.literal(.string("reason"))])]), .literal(.int(0))),
              at: Expr.binary(.coalesce, .field("reason"), .scope),
              message: MessageTemplate(zh: [.expr(Expr.member(.root, "type")), .text("（"), .expr(Expr.member(.root, "date")), .text("）的会议记录未写明"), .expr(Expr.call(.name, [.binary(.coalesce, .field("person"), .scope)])), .text("的缺席原因")], en: [.text("The minutes of the "), .expr(Expr.member(.root, "type")), .text(" ("), .expr(Expr.member(.root, "date")), .text(") give no reason for the absence of "), .expr(Expr.call(.name, [.binary(.coalesce, .field("person"), .scope)]))]),
              severity: nil,
              name: "absent-reason"),
          ])),
      examples: [],
      source: SourceLocation(path: "Rules/meeting/minutes-complete.yaml", line: 1, column: 1))
  }

  // Rules/meeting/quorum.yaml:1:1
  private static func rule28() throws(Pattern.Failure) -> Rule {
    Rule(
      id: "meeting.quorum",
      severity: .error,
      title: Localized(zh: "会议到会人数须达到规定比例", en: "Meetings reach their quorum"),
      rationale: Localized(zh: "到会人数不足时，会议不能有效议事和表决：支部党员大会须有半数以上有表决权的党员到会，支部委员会须有半数以上委员到会， 党组会议须有半数以上党组成员到会，讨论决定干部任免须有三分之二以上成员到会，民主生活会到会人数须达到应到会人数的三分之二以上。", en: "Without a quorum a meeting cannot deliberate or vote: half or more of the voting members for a branch general meeting, half or more of the committee for a branch committee, half or more of the party group for its meetings and two thirds when it decides appointments, two thirds of those expected at a democratic life meeting."),
      remedy: Localized(zh: "核对会议记录的应到、实到人员；人数不足的会议所作决定应在达到法定人数的会议上重新研究。", en: "Check the expected and present lists in the minutes; decisions taken without a quorum must be taken again at a quorate meeting."),
      basis: [Basis(regulation: "中国共产党支部工作条例（试行）", year: 2018, article: "第十一条、第十二条", confidence: "F", local: false, quote: "「党员大会须有半数以上有表决权的党员到会方可进行」「支部委员会会议须有半数以上委员到会方可进行」"), Basis(regulation: "中国共产党党组工作条例", year: 2019, article: "第二十六条", confidence: "R", local: false, quote: "「党组会议须有半数以上党组成员到会方可召开；讨论决定干部任免等事项，应当有三分之二以上党组成员到会」"), Basis(regulation: "县以上党和国家机关党员领导干部民主生活会若干规定", year: 2016, article: nil, confidence: "F2", local: false, quote: "「到会人数必须达到应到会人数的三分之二以上」")],
      parameters: [],
      body: .record(
        RecordRule(
          kind: "meeting",
          filter: Expr.binary(.and, .binary(.isIn, .field("type"), .literal(.list([.string("支部党员大会"), .string("支部委员会"), .string("党组会议"), .string("民主生活会")]))), .call(.exists, [.field("present")])),
          date: nil,
          lets: [("present_n", Expr.call(.count, [.field("present")])), ("expected_n", Expr.call(.count, [.binary(.coalesce, .field("expected"), .call(.ifThen, [.binary(.equal, .field("type"), .literal(.string("支部委员会"))), .member(.call(.ref, [.field("org")]), "committee"), .member(.call(.ref, [.field("org")]), "members")]))]))],
          checks: [
            Check(
              when: Expr.binary(.or, .binary(.isIn, .field("type"), .literal(.list([.string("支部党员大会"), .string("支部委员会")]))), .binary(.and, .binary(.equal, .field("type"), .literal(.string("党组会议"))), .not(.call(.any, [.field("agenda"), .binary(.equal, .field("category"), .literal(.string("人事")))])))),
              forEach: nil,
              binding: nil,
              require: Expr.binary(.greaterOrEqual, .binary(.multiply, .variable("present_n"), .literal(.int(2))), .variable("expected_n")),
              at: Expr.field("present"),
              message: MessageTemplate(zh: [.expr(Expr.field("type")), .text("（"), .expr(Expr.field("date")), .text("）应到 "), .expr(Expr.variable("expected_n")), .text(" 人，实到 "), .expr(Expr.variable("present_n")), .text(" 人，未达到半数")], en: [.expr(Expr.field("type")), .text(" ("), .expr(Expr.field("date")), .text("): "), .expr(Expr.variable("present_n")), .text(" present of "), .expr(Expr.variable("expected_n")), .text(" expected, less than half")]),
              severity: nil,
              name: "half"),
            Check(
              when: Expr.binary(.or, .binary(.equal, .field("type"), .literal(.string("民主生活会"))), .binary(.and, .binary(.equal, .field("type"), .literal(.string("党组会议"))), .call(.any, [.field("agenda"), .binary(.equal, .field("category"), .literal(.string("人事")))]))),
              forEach: nil,
              binding: nil,
              require: Expr.binary(.greaterOrEqual, .binary(.multiply, .variable("present_n"), .literal(.int(3))), .binary(.multiply, .variable("expected_n"), .literal(.int(2)))),
              at: Expr.field("present"),
              message: MessageTemplate(zh: [.expr(Expr.field("type")), .text("（"), .expr(Expr.field("date")), .text("）应到 "), .expr(Expr.variable("expected_n")), .text(" 人，实到 "), .expr(Expr.variable("present_n")), .text(" 人，未达到三分之二"), .expr(Expr.call(.ifThen, [.binary(.equal, .field("type"), .literal(.string("党组会议"))), .literal(.string("（会议讨论人事事项）")), .literal(.string(""))]))], en: [.expr(Expr.field("type")), .text(" ("), .expr(Expr.field("date")), .text("): "), .expr(Expr.variable("present_n")), .text(" present of "), .expr(Expr.variable("expected_n")), .text(" expected, less than two thirds"), .expr(Expr.call(.ifThen, [.binary(.equal, .field("type"), .literal(.string("党组会议"))), .literal(.string(" (the meeting decided personnel matters)")), .literal(.string(""))]))]),
              severity: nil,
              name: "two-thirds"),
          ])),
      examples: [],
      source: SourceLocation(path: "Rules/meeting/quorum.yaml", line: 1, column: 1))
  }

  // Rules/meeting/record-book.yaml:1:1
  private static func rule29() throws(Pattern.Failure) -> Rule {
    Rule(
      id: "meeting.record-book",
      severity: .error,
      title: Localized(zh: "党组会议与主席办公会议分册记录，中心组学习使用专门记录本", en: "Party group and chairman's office meetings use separate books; the central study group has its own"),
      rationale: Localized(zh: "党组会议是党组集体领导、集体决策的会议，主席办公会议是行政会议，二者职责不同，会议记录应分册记载、分别存档，不能以一本记录本混记，模糊党组会议与办公会议的界限。理论学习中心组学习应有专用学习记录本，巡察中“中心组学习无专门记录本、与党组会议记录混用”是常见问题。", en: "The party group meeting is where the party group leads and decides collectively; the chairman's office meeting is an administrative meeting. Their minutes are kept in separate books and archived apart, so that one book does not blur the line between them. The central study group keeps a dedicated study record book; inspections often find its sessions written into the party group's minutes book."),
      remedy: Localized(zh: "为党组会议、主席办公会议、理论学习中心组学习分别设立记录本；已混记的，按会议类型整理分册，并在记录本中注明。", en: "Keep one book each for party group meetings, chairman's office meetings and central study group sessions; where they were mixed, sort the minutes into separate books by meeting type and note it in the books."),
      basis: [Basis(regulation: "中国共产党党组工作条例", year: 2019, article: "第二十七条", confidence: "F2", local: false, quote: "「党组会议由专门人员如实记录」"), Basis(regulation: "各地会议记录规范", year: nil, article: nil, confidence: "L", local: true, quote: nil), Basis(regulation: "各地党委（党组）理论学习中心组学习制度", year: nil, article: nil, confidence: "L", local: true, quote: "「中心组应有专用学习记录本，每次学习必须如实记录…」")],
      parameters: [],
      body: .record(
        RecordRule(
          kind: "meeting",
          filter: Expr.call(.exists, [.field("record_book")]),
          date: nil,
          lets: [],
          checks: [
            Check(
              when: Expr.binary(.equal, .field("type"), .literal(.string("主席办公会议"))),
              forEach: nil,
              binding: nil,
              require: Expr.call(.none, [.call(.lookup, [.literal(.string("meeting")), .literal(.string("record_book")), .field("record_book")]), .binary(.equal, .field("type"), .literal(.string("党组会议")))]),
              at: Expr.field("record_book"),
              message: MessageTemplate(zh: [.text("主席办公会议（"), .expr(Expr.field("date")), .text("）记入“"), .expr(Expr.field("record_book")), .text("”，该记录本也记有党组会议（"), .expr(Expr.call(.join, [.call(.map, [.call(.filter, [.call(.lookup, [.literal(.string("meeting")), .literal(.string("record_book")), .field("record_book")]), .binary(.equal, .field("type"), .literal(.string("党组会议")))]), .field("id")]), .literal(.string("、"))])), .text("）；党组会议与主席办公会议应分册记录")], en: [.text("The chairman's office meeting ("), .expr(Expr.field("date")), .text(") is kept in \""), .expr(Expr.field("record_book")), .text("\", a book that also holds party group meetings ("), .expr(Expr.call(.join, [.call(.map, [.call(.filter, [.call(.lookup, [.literal(.string("meeting")), .literal(.string("record_book")), .field("record_book")]), .binary(.equal, .field("type"), .literal(.string("党组会议")))]), .field("id")]), .literal(.string(", "))])), .text("); the two need separate books")]),
              severity: nil,
              name: "chairman-office"),
            Check(
              when: Expr.binary(.equal, .field("type"), .literal(.string("理论学习中心组学习"))),
              forEach: nil,
              binding: nil,
              require: Expr.call(.none, [.call(.lookup, [.literal(.string("meeting")), .literal(.string("record_book")), .field("record_book")]), .binary(.notEqual, .field("type"), .literal(.string("理论学习中心组学习")))]),
              at: Expr.field("record_book"),
              message: MessageTemplate(zh: [.text("理论学习中心组学习（"), .expr(Expr.field("date")), .text("）记入“"), .expr(Expr.field("record_book")), .text("”，该记录本也记有"), .expr(Expr.call(.join, [.call(.distinct, [.call(.map, [.call(.filter, [.call(.lookup, [.literal(.string("meeting")), .literal(.string("record_book")), .field("record_book")]), .binary(.notEqual, .field("type"), .literal(.string("理论学习中心组学习")))]), .field("type")])]), .literal(.string("、"))])), .text("（"), .expr(Expr.call(.join, [.call(.map, [.call(.filter, [.call(.lookup, [.literal(.string("meeting")), .literal(.string("record_book")), .field("record_book")]), .binary(.notEqual, .field("type"), .literal(.string("理论学习中心组学习")))]), .field("id")]), .literal(.string("、"))])), .text("）；中心组学习应使用专门记录本")], en: [.text("The central study group session ("), .expr(Expr.field("date")), .text(") is kept in \""), .expr(Expr.field("record_book")), .text("\", a book that also holds "), .expr(Expr.call(.join, [.call(.distinct, [.call(.map, [.call(.filter, [.call(.lookup, [.literal(.string("meeting")), .literal(.string("record_book")), .field("record_book")]), .binary(.notEqual, .field("type"), .literal(.string("理论学习中心组学习")))]), .field("type")])]), .literal(.string(", "))])), .text(" ("), .expr(Expr.call(.join, [.call(.map, [.call(.filter, [.call(.lookup, [.literal(.string("meeting")), .literal(.string("record_book")), .field("record_book")]), .binary(.notEqual, .field("type"), .literal(.string("理论学习中心组学习")))]), .field("id")]), .literal(.string(", "))])), .text("); the study group needs a book of its own")]),
              severity: nil,
              name: "study-group"),
          ])),
      examples: [],
      source: SourceLocation(path: "Rules/meeting/record-book.yaml", line: 1, column: 1))
  }

  // Rules/meeting/vote.yaml:1:1
  private static func rule30() throws(Pattern.Failure) -> Rule {
    Rule(
      id: "meeting.vote",
      severity: .error,
      title: Localized(zh: "表决须赞成票超过应到会人数的半数方为通过", en: "A vote passes only with more than half of those expected in favour"),
      rationale: Localized(zh: "党内表决以应到会人数为基数：支部党员大会赞成人数超过应到会有表决权党员的半数为通过，党组会议赞成票超过应到会党组成员半数为通过，未到会成员的书面意见不计入票数。赞成票恰好等于应到会人数一半，不是“超过半数”。没有达到多数却记为通过，或记录了表决而未达到多数又未记为“未通过”，决定都不能成立。", en: "Party votes count against those expected, not those present: a branch general meeting adopts an item when more than half of the voting members expected are in favour, a party group meeting when more than half of the members expected are; written opinions of absent members are not counted. Exactly half is not more than half. An item recorded as adopted without that majority, or voted without it and not recorded as rejected, is not a valid decision."),
      remedy: Localized(zh: "核对表决票数和应到会人数；未达到多数的议题应记为“未通过”，需要作出决定的，提交下次会议重新表决。", en: "Check the votes and the number expected; an item without the majority is recorded as rejected (未通过), and a decision that is still needed goes to a new vote at the next meeting."),
      basis: [Basis(regulation: "中国共产党支部工作条例（试行）", year: 2018, article: "第十一条", confidence: "F", local: false, quote: "「赞成人数超过应到会有表决权的党员的半数为通过」"), Basis(regulation: "中国共产党党组工作条例", year: 2019, article: "第二十七条", confidence: "F2", local: false, quote: "「赞成票超过应到会党组成员半数为通过。未到会党组成员的书面意见不得计入票数」")],
      parameters: [],
      body: .record(
        RecordRule(
          kind: "meeting",
          filter: Expr.call(.any, [.field("agenda"), .call(.exists, [.field("votes")])]),
          date: nil,
          lets: [("expected_n", Expr.call(.count, [.binary(.coalesce, .field("expected"), .call(.ifThen, [.binary(.equal, .field("type"), .literal(.string("支部委员会"))), .member(.call(.ref, [.field("org")]), "committee"), .member(.call(.ref, [.field("org")]), "members")]))]))],
          checks: [
            Check(
              when: nil,
              forEach: Expr.call(.filter, [.field("agenda"), .call(.exists, [.field("votes")])]),
              binding: "item",
              require: Expr.binary(.or, .binary(.equal, .binary(.coalesce, .field("result"), .literal(.string(""))), .literal(.string("未通过"))), .binary(.greater, .binary(.multiply, .member(.field("votes"), "for"), .literal(.int(2))), .variable("expected_n"))),
              at: Expr.binary(.coalesce, .member(.field("votes"), "for"), .field("votes")),
              message: MessageTemplate(zh: [.expr(Expr.member(.root, "type")), .text("（"), .expr(Expr.member(.root, "date")), .text("）议题“"), .expr(Expr.field("title")), .text("”赞成 "), .expr(Expr.binary(.coalesce, .member(.field("votes"), "for"), .literal(.int(0)))), .text(" 票，未超过应到会 "), .expr(Expr.variable("expected_n")), .text(" 人的半数"), .expr(Expr.call(.ifThen, [.binary(.equal, .binary(.coalesce, .field("result"), .literal(.string(""))), .literal(.string("通过"))), .literal(.string("，却记为“通过”")), .literal(.string("，应记为“未通过”"))]))], en: [.expr(Expr.member(.root, "type")), .text(" ("), .expr(Expr.member(.root, "date")), .text("): \""), .expr(Expr.field("title")), .text("\" had "), .expr(Expr.binary(.coalesce, .member(.field("votes"), "for"), .literal(.int(0)))), .text(" in favour, not more than half of the "), .expr(Expr.variable("expected_n")), .text(" expected"), .expr(Expr.call(.ifThen, [.binary(.equal, .binary(.coalesce, .field("result"), .literal(.string(""))), .literal(.string("通过"))), .literal(.string(", yet it is recorded as adopted")), .literal(.string("; record it as rejected (未通过)"))]))]),
              severity: nil,
              name: "0"),
          ])),
      examples: [],
      source: SourceLocation(path: "Rules/meeting/vote.yaml", line: 1, column: 1))
  }

  // Rules/notice/candidate-fields.yaml:1:1
  private static func rule31() throws(Pattern.Failure) -> Rule {
    Rule(
      id: "notice.candidate-fields",
      severity: .warning,
      title: Localized(zh: "任前公示须列明每名拟任人选的基本情况", en: "A pre-appointment notice describes each candidate"),
      rationale: Localized(zh: "群众只有知道公示的是谁、现任什么职务、拟任什么职务，才能有针对性地反映情况。公示内容一般包括姓名、性别、民族、出生年月、政治面貌、学历学位、参加工作时间、现任职务和拟任职务；本规则检查其中最基本的五项：姓名、性别、出生年月、现任职务、拟任职务。", en: "People can only raise concerns about a candidate they can identify, with the post held now and the post proposed. Notices usually give name, gender, ethnicity, date of birth, political affiliation, education, start of work, current post and proposed post; this rule checks the five essentials: name, gender, birth, current post and proposed post."),
      remedy: Localized(zh: "补齐拟任人选的姓名、性别、出生年月、现任职务和拟任职务后重新发布公示。", en: "Add the candidate's name, gender, date of birth, current post and proposed post, and republish the notice."),
      basis: [Basis(regulation: "关于推行党政领导干部任前公示制的意见（中组发〔2000〕18号）", year: 2000, article: nil, confidence: "F2", local: false, quote: "公示内容包括姓名、性别、民族、出生年月、政治面貌、学历学位、参加工作时间、现任职务、拟任职务（据省级实施规定所列的公示内容）")],
      parameters: [],
      body: .record(
        RecordRule(
          kind: "notice",
          filter: nil,
          date: nil,
          lets: [],
          checks: [
            Check(
              when: nil,
              forEach: Expr.field("candidates"),
              binding: "candidate",
              require: Expr.binary(.equal, .call(.count, [.call(.missing, [.literal(.string("name")), .literal(.string("gender")), .literal(.string("birth")), .literal(.string("current")), .literal(.string("proposed"))])]), .literal(.int(0))),
              at: nil,
              message: MessageTemplate(zh: [.text("任前公示 "), .expr(Expr.member(.root, "id")), .text(" 的拟任人选"), .expr(Expr.call(.ifThen, [.call(.exists, [.field("name")]), .binary(.add, .binary(.add, .literal(.string(" ")), .call(.text, [.field("name")])), .literal(.string(" "))), .literal(.string("（未写姓名）"))])), .text("缺少"), .expr(Expr.call(.join, [.call(.map, [.call(.missing, [.literal(.string("name")), .literal(.string("gender")), .literal(.string("birth")), .literal(.string("current")), .literal(.string("proposed"))]), .call(.ifThen, [.binary(.equal, .scope, .literal(.string("name"))), .literal(.string("姓名")), .call(.ifThen, [.binary(.equal, .scope, .literal(.string("gender"))), .literal(.string("性别")), .call(.ifThen, [.binary(.equal, .scope, .literal(.string("birth"))), .literal(.string("出生年月")), .call(.ifThen, [.binary(.equal, .scope, .literal(.string("current"))), .literal(.string("现任职务")), .literal(.string("拟任职务"))])])])])]), .literal(.string("、"))]))], en: [.text("Notice "), .expr(Expr.member(.root, "id")), .text(": the candidate"), .expr(Expr.call(.ifThen, [.call(.exists, [.field("name")]), .binary(.add, .literal(.string(" ")), .call(.text, [.field("name")])), .literal(.string(" (no name)"))])), .text(" lacks "), .expr(Expr.call(.join, [.call(.map, [.call(.missing, [.literal(.string("name")), .literal(.string("gender")), .literal(.string("birth")), .literal(.string("current")), .literal(.string("proposed"))]), .call(.ifThen, [.binary(.equal, .scope, .literal(.string("name"))), .literal(.string("the name")), .call(.ifThen, [.binary(.equal, .scope, .literal(.string("gender"))), .literal(.string("the gender")), .call(.ifThen, [.binary(.equal, .scope, .literal(.string("birth"))), .literal(.string("the date of birth")), .call(.ifThen, [.binary(.equal, .scope, .literal(.string("current"))), .literal(.string("the current post")), .literal(.string("the proposed post"))])])])])]), .literal(.string(", "))]))]),
              severity: nil,
              name: "fields"),
          ])),
      examples: [],
      source: SourceLocation(path: "Rules/notice/candidate-fields.yaml", line: 1, column: 1))
  }

  // Rules/notice/contact.yaml:1:1
  private static func rule32() throws(Pattern.Failure) -> Rule {
    Rule(
      id: "notice.contact",
      severity: .error,
      title: Localized(zh: "任前公示须写明联系电话和通讯地址", en: "A pre-appointment notice gives a phone number and a mailing address"),
      rationale: Localized(zh: "任前公示是为了让干部群众在任职前反映情况。公示不写明受理反映的联系电话（举报电话）和通讯地址，群众无从反映，公示就流于形式。巡察中“任职公示不规范”的典型表现就是未注明联系电话、通讯地址。", en: "The notice exists so that people can raise concerns before the appointment. Without a phone number and a mailing address to which concerns can be sent, nobody can raise any, and the notice is a formality. A notice lacking both is exactly what the inspection found (\"任职公示不规范\")."),
      remedy: Localized(zh: "在公示中写明受理单位、受理时间、联系（举报）电话和通讯地址（含邮政编码），重新发布公示并重新计算公示期。", en: "State the receiving office, its hours, a phone number and a mailing address (with postcode), republish the notice and count its period again."),
      basis: [Basis(regulation: "关于推行党政领导干部任前公示制的意见（中组发〔2000〕18号）", year: 2000, article: nil, confidence: "F2", local: false, quote: "公示内容包括受理单位、受理时间、举报电话、通讯地址、邮政编码（据省级实施规定所列的公示内容）"), Basis(regulation: "省委组织部干部任前公示通知（受理方式）", year: nil, article: nil, confidence: "L", local: true, quote: "「受理单位、受理时间、举报电话、通讯地址、邮政编码」"), Basis(regulation: "市文联党组关于巡察整改情况的通报", year: 2025, article: "问题22“任职公示不规范”的整改成效", confidence: "L", local: true, quote: "「规范任职公示，注明联系电话、通讯地址」")],
      parameters: [],
      body: .record(
        RecordRule(
          kind: "notice",
          filter: nil,
          date: nil,
          lets: [("lacking", Expr.call(.missing, [.literal(.string("contact.phone")), .literal(.string("contact.address"))]))],
          checks: [
            Check(
              when: nil,
              forEach: nil,
              binding: nil,
              require: Expr.binary(.equal, .call(.count, [.variable("lacking")]), .literal(.int(0))),
              at: Expr.field("contact"),
              message: MessageTemplate(zh: [.text("任前公示 "), .expr(Expr.field("id")), .text(" 未写明"), .expr(Expr.call(.join, [.call(.map, [.variable("lacking"), .call(.ifThen, [.binary(.equal, .scope, .literal(.string("contact.phone"))), .literal(.string("联系电话")), .literal(.string("通讯地址"))])]), .literal(.string("和"))])), .text("，群众无从反映情况")], en: [.text("Notice "), .expr(Expr.field("id")), .text(" gives no "), .expr(Expr.call(.join, [.call(.map, [.variable("lacking"), .call(.ifThen, [.binary(.equal, .scope, .literal(.string("contact.phone"))), .literal(.string("phone number")), .literal(.string("mailing address"))])]), .literal(.string(" and no "))])), .text(" for people to raise concerns")]),
              severity: nil,
              name: "0"),
          ])),
      examples: [],
      source: SourceLocation(path: "Rules/notice/contact.yaml", line: 1, column: 1))
  }

  // Rules/notice/email.yaml:1:1
  private static func rule33() throws(Pattern.Failure) -> Rule {
    Rule(
      id: "notice.email",
      severity: .warning,
      title: Localized(zh: "任前公示宜提供电子邮箱", en: "A pre-appointment notice should give an e-mail address"),
      rationale: Localized(zh: "联系电话和通讯地址是公示的必备内容（见 notice.contact）；电子邮箱不是中央规定的必备项，但能方便群众随时、书面反映情况，本单位对外公布的通报也已提供电子邮箱。缺少电子邮箱只作提醒。", en: "A phone number and a mailing address are required (see notice.contact). An e-mail address is not required by the central rules, but it lets people write in at any time, and the unit already publishes one in its other notices; its absence is a reminder, not a violation."),
      remedy: Localized(zh: "在公示的联系方式中增加受理反映的电子邮箱。", en: "Add an e-mail address for concerns to the notice's contact details."),
      basis: [Basis(regulation: "市文联党组关于巡察整改情况的通报", year: 2025, article: "联系方式", confidence: "L", local: true, quote: "「联系方式：024-52606479；邮政信箱：辽宁省抚顺市顺城区滴翠路11号；电子邮箱：fsswlbg@126.com」")],
      parameters: [],
      body: .record(
        RecordRule(
          kind: "notice",
          filter: nil,
          date: nil,
          lets: [],
          checks: [
            Check(
              when: nil,
              forEach: nil,
              binding: nil,
              require: Expr.binary(.and, .call(.exists, [.member(.field("contact"), "email")]), .binary(.greater, .call(.len, [.member(.field("contact"), "email")]), .literal(.int(0)))),
              at: Expr.field("contact"),
              message: MessageTemplate(zh: [.text("任前公示 "), .expr(Expr.field("id")), .text(" 未提供电子邮箱")], en: [.text("Notice "), .expr(Expr.field("id")), .text(" gives no e-mail address")]),
              severity: nil,
              name: "0"),
          ])),
      examples: [],
      source: SourceLocation(path: "Rules/notice/email.yaml", line: 1, column: 1))
  }

  // Rules/notice/period.yaml:1:1
  private static func rule34() throws(Pattern.Failure) -> Rule {
    Rule(
      id: "notice.period",
      severity: .error,
      title: Localized(zh: "任前公示期不少于5个工作日", en: "A pre-appointment notice runs at least five working days"),
      rationale: Localized(zh: "任前公示让干部群众在任职前反映情况，公示期不少于5个工作日。工作日按国务院办公厅公布的节假日安排计算： 法定节假日不算，调休上班的周六、周日算。", en: "The notice lets people raise concerns before the appointment and must run at least five working days, counted with the State Council's holiday schedule: statutory holidays do not count, make-up working Saturdays and Sundays do."),
      remedy: Localized(zh: "延长公示期，使其包含至少5个工作日（节假日前后发布时尤其要核算），并在公示中写明起止日期。", en: "Extend the notice so that it covers at least five working days (count carefully around holidays) and state both dates."),
      basis: [Basis(regulation: "党政领导干部选拔任用工作条例", year: 2019, article: "第四十二条", confidence: "F2", local: false, quote: "「公示期不少于五个工作日」")],
      parameters: [Parameter(name: "min_working_days", defaultValue: .int(5), description: Localized(zh: "公示期最少工作日数", en: "Minimum working days of the notice period"), choices: nil), Parameter(name: "count_from_next_day", defaultValue: .bool(false), description: Localized(zh: "从发布次日起算（默认起止日均计入）", en: "Count from the day after the start (default counts both ends)"), choices: nil)],
      body: .record(
        RecordRule(
          kind: "notice",
          filter: nil,
          date: nil,
          lets: [("start", Expr.member(.field("period"), "start")), ("end", Expr.member(.field("period"), "end")), ("first", Expr.call(.ifThen, [.member(.variable("params"), "count_from_next_day"), .call(.addDays, [.member(.field("period"), "start"), .literal(.int(1))]), .member(.field("period"), "start")]))],
          checks: [
            Check(
              when: nil,
              forEach: nil,
              binding: nil,
              require: Expr.binary(.and, .call(.exists, [.variable("start")]), .call(.exists, [.variable("end")])),
              at: Expr.field("period"),
              message: MessageTemplate(zh: [.text("任前公示 "), .expr(Expr.field("id")), .text(" 未写明公示"), .expr(Expr.call(.ifThen, [.call(.exists, [.variable("start")]), .literal(.string("结束")), .call(.ifThen, [.call(.exists, [.variable("end")]), .literal(.string("开始")), .literal(.string("起止"))])])), .text("日期")], en: [.text("Notice "), .expr(Expr.field("id")), .text(" does not give the "), .expr(Expr.call(.ifThen, [.call(.exists, [.variable("start")]), .literal(.string("end")), .call(.ifThen, [.call(.exists, [.variable("end")]), .literal(.string("start")), .literal(.string("start and end"))])])), .text(" date of its period")]),
              severity: nil,
              name: "given"),
            Check(
              when: nil,
              forEach: nil,
              binding: nil,
              require: Expr.binary(.greaterOrEqual, .variable("end"), .variable("start")),
              at: Expr.member(.field("period"), "end"),
              message: MessageTemplate(zh: [.text("任前公示 "), .expr(Expr.field("id")), .text(" 的结束日期 "), .expr(Expr.variable("end")), .text(" 早于开始日期 "), .expr(Expr.variable("start"))], en: [.text("Notice "), .expr(Expr.field("id")), .text(" ends ("), .expr(Expr.variable("end")), .text(") before it starts ("), .expr(Expr.variable("start")), .text(")")]),
              severity: nil,
              name: "order"),
            Check(
              when: Expr.binary(.greaterOrEqual, .variable("end"), .variable("start")),
              forEach: nil,
              binding: nil,
              require: Expr.binary(.greaterOrEqual, .call(.workdays, [.variable("first"), .variable("end")]), .member(.variable("params"), "min_working_days")),
              at: Expr.field("period"),
              message: MessageTemplate(zh: [.text("任前公示 "), .expr(Expr.field("id")), .text(" 的公示期 "), .expr(Expr.variable("start")), .text(" 至 "), .expr(Expr.variable("end")), .text(" 只有 "), .expr(Expr.call(.workdays, [.variable("first"), .variable("end")])), .text(" 个工作日（"), .expr(Expr.call(.workdayList, [.variable("first"), .variable("end")])), .text("），不足 "), .expr(Expr.member(.variable("params"), "min_working_days")), .text(" 个工作日"), .expr(Expr.call(.ifThen, [.binary(.greater, .call(.count, [.call(.uncoveredYears, [.variable("first"), .variable("end")])]), .literal(.int(0))), .binary(.add, .binary(.add, .literal(.string("（")), .call(.text, [.call(.uncoveredYears, [.variable("first"), .variable("end")])])), .literal(.string("年无节假日安排，按周一至周五计算）"))), .literal(.string(""))]))], en: [.text("Notice "), .expr(Expr.field("id")), .text(" runs "), .expr(Expr.variable("start")), .text(" to "), .expr(Expr.variable("end")), .text(": "), .expr(Expr.call(.workdays, [.variable("first"), .variable("end")])), .text(" working days ("), .expr(Expr.call(.workdayList, [.variable("first"), .variable("end")])), .text("), fewer than "), .expr(Expr.member(.variable("params"), "min_working_days")), .expr(Expr.call(.ifThen, [.binary(.greater, .call(.count, [.call(.uncoveredYears, [.variable("first"), .variable("end")])]), .literal(.int(0))), .binary(.add, .binary(.add, .literal(.string(" (no holiday calendar for ")), .call(.text, [.call(.uncoveredYears, [.variable("first"), .variable("end")])])), .literal(.string(": counted Monday to Friday)"))), .literal(.string(""))]))]),
              severity: nil,
              name: "length"),
          ])),
      examples: [],
      source: SourceLocation(path: "Rules/notice/period.yaml", line: 1, column: 1))
  }

  // Rules/party-group/meeting-monthly.yaml:1:1
  private static func rule35() throws(Pattern.Failure) -> Rule {
    Rule(
      id: "party-group.meeting-monthly",
      severity: .warning,
      title: Localized(zh: "党组每月召开党组会议", en: "A party group meets every month"),
      rationale: Localized(zh: "党组会议一般每月召开1次，遇有重要情况可以随时召开。党组的重大事项须经党组会议集体讨论决定，长期不开会容易以书记办公会、主席办公会或个别酝酿代替集体决策。规定用语为“一般”，故为警告级。", en: "A party group meets as a rule once a month, and whenever important matters arise. Its major matters must be decided collectively at its meetings; when it seldom meets, secretary's or chairman's office meetings or one-to-one consultations tend to replace collective decisions. The regulation says \"as a rule\", hence a warning."),
      remedy: Localized(zh: "补齐缺少月份的党组会议记录；确未召开的，说明原因（如经上级同意合并召开），并按月安排党组会议。", en: "Produce the minutes of the missing month's party group meeting; if none was held, state why (for instance a merged meeting approved by the higher level) and schedule one each month."),
      basis: [Basis(regulation: "中国共产党党组工作条例（试行）", year: 2015, article: "第二十五条", confidence: "F2", local: false, quote: "党组会议一般每月召开1次，遇有重要情况可以随时召开")],
      parameters: [Parameter(name: "min", defaultValue: .int(1), description: Localized(zh: "每月至少召开次数", en: "Meetings required each month"), choices: nil)],
      body: .schedule(
        ScheduleRule(
          organizations: Expr.binary(.equal, .field("type"), .literal(.string("党组"))),
          unit: .month,
          unitParameter: nil,
          sets: [
            ScheduleRule.RecordSet(name: "meetings", kind: "meeting", filter: Expr.binary(.equal, .field("type"), .literal(.string("党组会议"))), date: Expr.field("date"), org: "org"),
          ],
          lets: [],
          checks: [
            Check(
              when: nil,
              forEach: nil,
              binding: nil,
              require: Expr.binary(.greaterOrEqual, .call(.count, [.variable("meetings")]), .member(.variable("params"), "min")),
              at: nil,
              message: MessageTemplate(zh: [.expr(Expr.field("name")), .text("在 "), .expr(Expr.member(.variable("period"), "label")), .text(" 未召开党组会议")], en: [.expr(Expr.field("name")), .text(" held no party group meeting in "), .expr(Expr.member(.variable("period"), "label"))]),
              severity: nil,
              name: "0"),
          ])),
      examples: [],
      source: SourceLocation(path: "Rules/party-group/meeting-monthly.yaml", line: 1, column: 1))
  }

  // Rules/plan/party-building-annual.yaml:1:1
  private static func rule36() throws(Pattern.Failure) -> Rule {
    Rule(
      id: "plan.party-building-annual",
      severity: .error,
      title: Localized(zh: "党组、党总支每年3月31日前印发年度党建工作计划", en: "A party group or general branch issues its annual party-building plan by 31 March"),
      rationale: Localized(zh: "党组（党总支）履行党建工作主体责任，应当每年制定党建工作计划，对全年党的建设作出安排。计划按其所属年度（year）归入年份，上一年印发的下一年度计划也算；3月31日当天印发的不晚。截止日期是地方和单位的规定，可按本地要求调整规则。", en: "A party group or general branch, responsible for party building in its unit, sets out each year's party-building work in an annual plan. A plan counts for the year it is for (`year`), so one issued in the previous year counts; a plan issued on 31 March is in time. The deadline is local practice."),
      remedy: Localized(zh: "制定并印发本年度党建工作计划，写明所属年度和印发日期；以后每年一季度内印发。", en: "Draw up and issue this year's party-building plan, stating the year it is for and its date of issue; in later years issue it within the first quarter."),
      basis: [Basis(regulation: "中国共产党党组工作条例", year: 2019, article: nil, confidence: "R", local: false, quote: "党组履行全面从严治党主体责任，抓好本单位党的建设"), Basis(regulation: "各地党建工作责任制实施办法（年度党建工作计划）", year: nil, article: nil, confidence: "L", local: true, quote: "每年一季度制定年度党建工作计划")],
      parameters: [Parameter(name: "deadline_month", defaultValue: .int(3), description: Localized(zh: "印发截止月份（该月最后一天为截止日）", en: "Month by whose last day the plan is issued"), choices: nil)],
      body: .schedule(
        ScheduleRule(
          organizations: Expr.binary(.isIn, .field("type"), .literal(.list([.string("党组"), .string("党总支")]))),
          unit: .year,
          unitParameter: nil,
          sets: [
            ScheduleRule.RecordSet(name: "plans", kind: "plan", filter: Expr.binary(.equal, .field("type"), .literal(.string("党建工作计划"))), date: Expr.field("year"), org: "org"),
          ],
          lets: [("deadline", Expr.call(.addDays, [.call(.addMonths, [.call(.date, [.member(.variable("period"), "year"), .member(.variable("params"), "deadline_month"), .literal(.int(1))]), .literal(.int(1))]), .negate(.literal(.int(1)))]))],
          checks: [
            Check(
              when: nil,
              forEach: nil,
              binding: nil,
              require: Expr.binary(.greaterOrEqual, .call(.count, [.variable("plans")]), .literal(.int(1))),
              at: nil,
              message: MessageTemplate(zh: [.expr(Expr.field("name")), .text("没有 "), .expr(Expr.member(.variable("period"), "label")), .text(" 年度党建工作计划")], en: [.expr(Expr.field("name")), .text(" has no party-building plan for "), .expr(Expr.member(.variable("period"), "label"))]),
              severity: nil,
              name: "exists"),
            Check(
              when: Expr.binary(.greaterOrEqual, .call(.count, [.variable("plans")]), .literal(.int(1))),
              forEach: nil,
              binding: nil,
              require: Expr.call(.any, [.variable("plans"), .binary(.and, .call(.exists, [.field("issued")]), .binary(.lessOrEqual, .field("issued"), .variable("deadline")))]),
              at: nil,
              message: MessageTemplate(zh: [.expr(Expr.field("name")), .text("的 "), .expr(Expr.member(.variable("period"), "label")), .text(" 年度党建工作计划"), .expr(Expr.call(.ifThen, [.call(.any, [.variable("plans"), .call(.exists, [.field("issued")])]), .binary(.add, .binary(.add, .literal(.string("印发于 ")), .call(.text, [.call(.min, [.call(.filter, [.variable("plans"), .call(.exists, [.field("issued")])]), .field("issued")])])), .literal(.string("，晚于"))), .literal(.string("未写明印发日期，无法确认在"))])), .text(" "), .expr(Expr.variable("deadline")), .expr(Expr.call(.ifThen, [.call(.any, [.variable("plans"), .call(.exists, [.field("issued")])]), .literal(.string("")), .literal(.string(" 前印发"))]))], en: [.expr(Expr.field("name")), .text("'s party-building plan for "), .expr(Expr.member(.variable("period"), "label")), .text(" "), .expr(Expr.call(.ifThen, [.call(.any, [.variable("plans"), .call(.exists, [.field("issued")])]), .binary(.add, .binary(.add, .literal(.string("was issued on ")), .call(.text, [.call(.min, [.call(.filter, [.variable("plans"), .call(.exists, [.field("issued")])]), .field("issued")])])), .literal(.string(", after"))), .literal(.string("gives no date of issue, so it is not shown to be issued by"))])), .text(" "), .expr(Expr.variable("deadline"))]),
              severity: nil,
              name: "issued-by-deadline"),
          ])),
      examples: [],
      source: SourceLocation(path: "Rules/plan/party-building-annual.yaml", line: 1, column: 1))
  }

  // Rules/report/contact.yaml:1:1
  private static func rule37() throws(Pattern.Failure) -> Rule {
    Rule(
      id: "report.contact",
      severity: .error,
      title: Localized(zh: "整改通报须公布电话、通讯地址和电子邮箱供群众反馈", en: "A rectification report gives a phone, a mailing address and an e-mail for public feedback"),
      rationale: Localized(zh: "巡察整改情况向社会公开，是为了接受干部群众监督。通报须公布联系电话、通讯地址（邮政信箱）和电子邮箱，群众才能对整改落实情况反映意见；缺少任何一种渠道，监督就打了折扣。", en: "The rectification report is published so that cadres and the public can oversee the rectification. It must give a phone number, a mailing address (or post box) and an e-mail address through which they can respond; each missing channel weakens that oversight."),
      remedy: Localized(zh: "在通报末尾写明受理反馈的联系电话、通讯地址（邮政信箱）和电子邮箱后重新发布。", en: "Add the phone number, mailing address (post box) and e-mail address for feedback at the end of the report and republish it."),
      basis: [Basis(regulation: "中国共产党巡视工作条例", year: 2024, article: nil, confidence: "R", local: false, quote: "整改进展情况按规定向社会公开，接受干部群众监督（据记忆转述，条文号待核）"), Basis(regulation: "市文联党组关于巡察整改情况的通报", year: 2025, article: "结尾", confidence: "L", local: true, quote: "「欢迎广大干部群众对巡察整改落实情况进行监督。如有意见建议，请及时向我们反馈。联系方式：024-52606479；邮政信箱：辽宁省抚顺市顺城区滴翠路11号；电子邮箱：fsswlbg@126.com」")],
      parameters: [],
      body: .record(
        RecordRule(
          kind: "rectification-report",
          filter: nil,
          date: nil,
          lets: [("lacking", Expr.call(.missing, [.literal(.string("contact.phone")), .literal(.string("contact.address")), .literal(.string("contact.email"))]))],
          checks: [
            Check(
              when: nil,
              forEach: nil,
              binding: nil,
              require: Expr.binary(.equal, .call(.count, [.variable("lacking")]), .literal(.int(0))),
              at: Expr.field("contact"),
              message: MessageTemplate(zh: [.text("整改通报 "), .expr(Expr.field("id")), .text(" 未公布"), .expr(Expr.call(.join, [.call(.map, [.variable("lacking"), .call(.ifThen, [.binary(.equal, .scope, .literal(.string("contact.phone"))), .literal(.string("联系电话")), .call(.ifThen, [.binary(.equal, .scope, .literal(.string("contact.address"))), .literal(.string("通讯地址")), .literal(.string("电子邮箱"))])])]), .literal(.string("、"))])), .text("，群众无从反馈意见")], en: [.text("Report "), .expr(Expr.field("id")), .text(" gives no "), .expr(Expr.call(.join, [.call(.map, [.variable("lacking"), .call(.ifThen, [.binary(.equal, .scope, .literal(.string("contact.phone"))), .literal(.string("phone number")), .call(.ifThen, [.binary(.equal, .scope, .literal(.string("contact.address"))), .literal(.string("mailing address")), .literal(.string("e-mail address"))])])]), .literal(.string(", no "))])), .text(" for public feedback")]),
              severity: nil,
              name: "0"),
          ])),
      examples: [],
      source: SourceLocation(path: "Rules/report/contact.yaml", line: 1, column: 1))
  }

  // Rules/report/items-complete.yaml:1:1
  private static func rule38() throws(Pattern.Failure) -> Rule {
    Rule(
      id: "report.items-complete",
      severity: .error,
      title: Localized(zh: "整改通报中每个问题和意见建议都须有整改措施和整改成效", en: "Every problem and suggestion in a rectification report has measures and an outcome"),
      rationale: Localized(zh: "巡察整改要求逐条制定整改措施、逐条反映整改成效，做到“事事有着落、件件有回音”。通报中某个问题或意见建议没有列出整改措施，或没有写明整改成效，就无从判断它是否真正整改到位。", en: "Rectification is done finding by finding: each has its measures and each reports its outcome. A problem or suggestion listed without a measure or without an outcome cannot be judged rectified."),
      remedy: Localized(zh: "对照整改台账，为缺项的问题或意见建议补列具体整改措施和整改成效后重新发布通报。", en: "From the rectification ledger, add the missing measures or outcome to the item and republish the report."),
      basis: [Basis(regulation: "中国共产党巡视工作条例", year: 2024, article: nil, confidence: "R", local: false, quote: "被巡视党组织应当对巡视反馈的问题逐项制定整改措施并认真整改落实，如实报告整改情况（据记忆转述，条文号待核）"), Basis(regulation: "市文联党组关于巡察整改情况的通报", year: 2025, article: "三、下一步全面推进整改计划；意见建议4", confidence: "L", local: true, quote: "「确保反馈意见事事有着落、件件有回音」")],
      parameters: [],
      body: .record(
        RecordRule(
          kind: "rectification-report",
          filter: nil,
          date: nil,
          lets: [],
          checks: [
            Check(
              when: nil,
              forEach: Expr.field("problems"),
              binding: nil,
              require: Expr.binary(.equal, .call(.count, [.call(.missing, [.literal(.string("measures")), .literal(.string("outcome"))])]), .literal(.int(0))),
              at: nil,
              message: MessageTemplate(zh: [.text("整改通报 "), .expr(Expr.member(.root, "id")), .text(" 的问题"), .expr(Expr.call(.ifThen, [.call(.exists, [.field("no")]), .binary(.add, .literal(.string(" ")), .call(.text, [.field("no")])), .literal(.string(""))])), .text("“"), .expr(Expr.binary(.coalesce, .field("title"), .literal(.string("（无标题）")))), .text("”未写明"), .expr(Expr.call(.join, [.call(.map, [.call(.missing, [.literal(.string("measures")), .literal(.string("outcome"))]), .call(.ifThen, [.binary(.equal, .scope, .literal(.string("measures"))), .literal(.string("整改措施")), .literal(.string("整改成效"))])]), .literal(.string("和"))]))], en: [.text("Report "), .expr(Expr.member(.root, "id")), .text(": problem"), .expr(Expr.call(.ifThen, [.call(.exists, [.field("no")]), .binary(.add, .literal(.string(" ")), .call(.text, [.field("no")])), .literal(.string(""))])), .text(" \""), .expr(Expr.binary(.coalesce, .field("title"), .literal(.string("(untitled)")))), .text("\" has no "), .expr(Expr.call(.join, [.call(.map, [.call(.missing, [.literal(.string("measures")), .literal(.string("outcome"))]), .call(.ifThen, [.binary(.equal, .scope, .literal(.string("measures"))), .literal(.string("measures")), .literal(.string("outcome"))])]), .literal(.string(" and no "))]))]),
              severity: nil,
              name: "problem"),
            Check(
              when: nil,
              forEach: Expr.field("suggestions"),
              binding: nil,
              require: Expr.binary(.equal, .call(.count, [.call(.missing, [.literal(.string("measures")), .literal(.string("outcome"))])]), .literal(.int(0))),
              at: nil,
              message: MessageTemplate(zh: [.text("整改通报 "), .expr(Expr.member(.root, "id")), .text(" 的意见建议"), .expr(Expr.call(.ifThen, [.call(.exists, [.field("no")]), .binary(.add, .literal(.string(" ")), .call(.text, [.field("no")])), .literal(.string(""))])), .text("“"), .expr(Expr.binary(.coalesce, .field("title"), .literal(.string("（无标题）")))), .text("”未写明"), .expr(Expr.call(.join, [.call(.map, [.call(.missing, [.literal(.string("measures")), .literal(.string("outcome"))]), .call(.ifThen, [.binary(.equal, .scope, .literal(.string("measures"))), .literal(.string("整改措施")), .literal(.string("整改成效"))])]), .literal(.string("和"))]))], en: [.text("Report "), .expr(Expr.member(.root, "id")), .text(": suggestion"), .expr(Expr.call(.ifThen, [.call(.exists, [.field("no")]), .binary(.add, .literal(.string(" ")), .call(.text, [.field("no")])), .literal(.string(""))])), .text(" \""), .expr(Expr.binary(.coalesce, .field("title"), .literal(.string("(untitled)")))), .text("\" has no "), .expr(Expr.call(.join, [.call(.map, [.call(.missing, [.literal(.string("measures")), .literal(.string("outcome"))]), .call(.ifThen, [.binary(.equal, .scope, .literal(.string("measures"))), .literal(.string("measures")), .literal(.string("outcome"))])]), .literal(.string(" and no "))]))]),
              severity: nil,
              name: "suggestion"),
          ])),
      examples: [],
      source: SourceLocation(path: "Rules/report/items-complete.yaml", line: 1, column: 1))
  }

  // Rules/report/totals.yaml:1:1
  private static func rule39() throws(Pattern.Failure) -> Rule {
    Rule(
      id: "report.totals",
      severity: .error,
      title: Localized(zh: "整改通报中的汇总数字须与所列事项一致", en: "The totals of a rectification report match the items it lists"),
      rationale: Localized(zh: "巡察整改情况通报向党内和社会公开，其中“指出问题××个、已完成整改××个、制定整改措施××条、已完成××条”等汇总数字，是上级和群众判断整改是否到位的依据。汇总数字与逐项列出的问题、意见建议、整改措施及其状态对不上，说明通报不实或整改台账不清。", en: "The report on how inspection findings were rectified is published, and its totals (problems found, problems rectified, measures taken, measures completed) are what the superior body and the public judge the work by. Totals that do not match the problems, suggestions and measures listed, or their statuses, mean the report is inaccurate or the rectification ledger is in disorder."),
      remedy: Localized(zh: "对照整改台账逐项核对问题、意见建议和整改措施的数量及完成状态，更正通报中的汇总数字（或补列遗漏的事项）后重新发布。", en: "Go through the rectification ledger item by item, then correct the totals (or list the missing items) and republish the report."),
      basis: [Basis(regulation: "中国共产党巡视工作条例", year: 2024, article: nil, confidence: "R", local: false, quote: "被巡视党组织应当如实报告整改情况，整改进展情况按规定在党内通报、向社会公开（据记忆转述，条文号待核）"), Basis(regulation: "市文联党组关于巡察整改情况的通报", year: 2025, article: "二、集中整改进展情况", confidence: "L", local: true, quote: "「巡察反馈意见中指出4项24个问题；已完成整改问题24个，尚未推进问题0个；指出意见建议4个，正在推进4个，尚未推进0个。制定整改措施71条，已完成71条」")],
      parameters: [],
      body: .record(
        RecordRule(
          kind: "rectification-report",
          filter: nil,
          date: nil,
          lets: [("problems_n", Expr.call(.count, [.field("problems")])), ("problems_done_n", Expr.call(.count, [.field("problems"), .binary(.equal, .field("status"), .literal(.string("已完成")))])), ("problems_open_n", Expr.call(.count, [.field("problems"), .binary(.equal, .field("status"), .literal(.string("尚未推进")))])), ("suggestions_n", Expr.call(.count, [.field("suggestions")])), ("suggestions_in_progress_n", Expr.call(.count, [.field("suggestions"), .binary(.equal, .field("status"), .literal(.string("推进中")))])), ("suggestions_open_n", Expr.call(.count, [.field("suggestions"), .binary(.equal, .field("status"), .literal(.string("尚未推进")))])), ("problem_measures_n", Expr.call(.sum, [.field("problems"), .call(.count, [.field("measures")])])), ("suggestion_measures_n", Expr.call(.sum, [.field("suggestions"), .call(.count, [.field("measures")])])), ("measures_n", Expr.binary(.add, .variable("problem_measures_n"), .variable("suggestion_measures_n"))), ("statused_n", Expr.binary(.add, .call(.sum, [.field("problems"), .call(.count, [.field("measures"), .call(.exists, [.field("status")])])]), .call(.sum, [.field("suggestions"), .call(.count, [.field("measures"), .call(.exists, [.field("status")])])]))), ("done_n", Expr.binary(.add, .call(.sum, [.field("problems"), .call(.count, [.field("measures"), .binary(.equal, .field("status"), .literal(.string("已完成")))])]), .call(.sum, [.field("suggestions"), .call(.count, [.field("measures"), .binary(.equal, .field("status"), .literal(.string("已完成")))])])))],
          checks: [
            Check(
              when: nil,
              forEach: nil,
              binding: nil,
              require: Expr.binary(.equal, .member(.field("claimed"), "problems"), .variable("problems_n")),
              at: Expr.member(.field("claimed"), "problems"),
              message: MessageTemplate(zh: [.text("整改通报 "), .expr(Expr.field("id")), .text(" 称巡察指出问题 "), .expr(Expr.member(.field("claimed"), "problems")), .text(" 个，但列出的问题有 "), .expr(Expr.variable("problems_n")), .text(" 个")], en: [.text("Report "), .expr(Expr.field("id")), .text(" claims "), .expr(Expr.member(.field("claimed"), "problems")), .text(" problems but lists "), .expr(Expr.variable("problems_n"))]),
              severity: nil,
              name: "problems"),
            Check(
              when: nil,
              forEach: nil,
              binding: nil,
              require: Expr.binary(.equal, .member(.field("claimed"), "problems_done"), .variable("problems_done_n")),
              at: Expr.member(.field("claimed"), "problems_done"),
              message: MessageTemplate(zh: [.text("整改通报 "), .expr(Expr.field("id")), .text(" 称已完成整改问题 "), .expr(Expr.member(.field("claimed"), "problems_done")), .text(" 个，但列出的问题中状态为“已完成”的有 "), .expr(Expr.variable("problems_done_n")), .text(" 个")], en: [.text("Report "), .expr(Expr.field("id")), .text(" claims "), .expr(Expr.member(.field("claimed"), "problems_done")), .text(" problems rectified, but "), .expr(Expr.variable("problems_done_n")), .text(" of the problems listed have status 已完成")]),
              severity: nil,
              name: "problems-done"),
            Check(
              when: nil,
              forEach: nil,
              binding: nil,
              require: Expr.binary(.equal, .member(.field("claimed"), "problems_open"), .variable("problems_open_n")),
              at: Expr.member(.field("claimed"), "problems_open"),
              message: MessageTemplate(zh: [.text("整改通报 "), .expr(Expr.field("id")), .text(" 称尚未推进问题 "), .expr(Expr.member(.field("claimed"), "problems_open")), .text(" 个，但列出的问题中状态为“尚未推进”的有 "), .expr(Expr.variable("problems_open_n")), .text(" 个")], en: [.text("Report "), .expr(Expr.field("id")), .text(" claims "), .expr(Expr.member(.field("claimed"), "problems_open")), .text(" problems not yet started, but "), .expr(Expr.variable("problems_open_n")), .text(" of the problems listed have status 尚未推进")]),
              severity: nil,
              name: "problems-open"),
            Check(
              when: nil,
              forEach: nil,
              binding: nil,
              require: Expr.binary(.equal, .member(.field("claimed"), "suggestions"), .variable("suggestions_n")),
              at: Expr.member(.field("claimed"), "suggestions"),
              message: MessageTemplate(zh: [.text("整改通报 "), .expr(Expr.field("id")), .text(" 称指出意见建议 "), .expr(Expr.member(.field("claimed"), "suggestions")), .text(" 个，但列出的意见建议有 "), .expr(Expr.variable("suggestions_n")), .text(" 个")], en: [.text("Report "), .expr(Expr.field("id")), .text(" claims "), .expr(Expr.member(.field("claimed"), "suggestions")), .text(" suggestions but lists "), .expr(Expr.variable("suggestions_n"))]),
              severity: nil,
              name: "suggestions"),
            Check(
              when: nil,
              forEach: nil,
              binding: nil,
              require: Expr.binary(.equal, .member(.field("claimed"), "suggestions_in_progress"), .variable("suggestions_in_progress_n")),
              at: Expr.member(.field("claimed"), "suggestions_in_progress"),
              message: MessageTemplate(zh: [.text("整改通报 "), .expr(Expr.field("id")), .text(" 称正在推进意见建议 "), .expr(Expr.member(.field("claimed"), "suggestions_in_progress")), .text(" 个，但列出的意见建议中状态为“推进中”的有 "), .expr(Expr.variable("suggestions_in_progress_n")), .text(" 个")], en: [.text("Report "), .expr(Expr.field("id")), .text(" claims "), .expr(Expr.member(.field("claimed"), "suggestions_in_progress")), .text(" suggestions in progress, but "), .expr(Expr.variable("suggestions_in_progress_n")), .text(" of the suggestions listed have status 推进中")]),
              severity: nil,
              name: "suggestions-in-progress"),
            Check(
              when: nil,
              forEach: nil,
              binding: nil,
              require: Expr.binary(.equal, .member(.field("claimed"), "suggestions_open"), .variable("suggestions_open_n")),
              at: Expr.member(.field("claimed"), "suggestions_open"),
              message: MessageTemplate(zh: [.text("整改通报 "), .expr(Expr.field("id")), .text(" 称尚未推进意见建议 "), .expr(Expr.member(.field("claimed"), "suggestions_open")), .text(" 个，但列出的意见建议中状态为“尚未推进”的有 "), .expr(Expr.variable("suggestions_open_n")), .text(" 个")], en: [.text("Report "), .expr(Expr.field("id")), .text(" claims "), .expr(Expr.member(.field("claimed"), "suggestions_open")), .text(" suggestions not yet started, but "), .expr(Expr.variable("suggestions_open_n")), .text(" of the suggestions listed have status 尚未推进")]),
              severity: nil,
              name: "suggestions-open"),
            Check(
              when: nil,
              forEach: nil,
              binding: nil,
              require: Expr.binary(.equal, .member(.field("claimed"), "measures"), .variable("measures_n")),
              at: Expr.member(.field("claimed"), "measures"),
              message: MessageTemplate(zh: [.text("整改通报 "), .expr(Expr.field("id")), .text(" 称制定整改措施 "), .expr(Expr.member(.field("claimed"), "measures")), .text(" 条，但列出的整改措施共 "), .expr(Expr.variable("measures_n")), .text(" 条（问题下 "), .expr(Expr.variable("problem_measures_n")), .text(" 条，意见建议下 "), .expr(Expr.variable("suggestion_measures_n")), .text(" 条）")], en: [.text("Report "), .expr(Expr.field("id")), .text(" claims "), .expr(Expr.member(.field("claimed"), "measures")), .text(" measures but lists "), .expr(Expr.variable("measures_n")), .text(" ("), .expr(Expr.variable("problem_measures_n")), .text(" under problems, "), .expr(Expr.variable("suggestion_measures_n")), .text(" under suggestions)")]),
              severity: nil,
              name: "measures"),
            Check(
              when: nil,
              forEach: nil,
              binding: nil,
              require: Expr.binary(.and, .binary(.greaterOrEqual, .member(.field("claimed"), "measures_done"), .variable("done_n")), .binary(.lessOrEqual, .member(.field("claimed"), "measures_done"), .binary(.subtract, .variable("measures_n"), .binary(.subtract, .variable("statused_n"), .variable("done_n"))))),
              at: Expr.member(.field("claimed"), "measures_done"),
              message: MessageTemplate(zh: [.text("整改通报 "), .expr(Expr.field("id")), .text(" 称已完成整改措施 "), .expr(Expr.member(.field("claimed"), "measures_done")), .text(" 条，但"), .expr(Expr.call(.ifThen, [.binary(.equal, .variable("statused_n"), .literal(.int(0))), .binary(.add, .binary(.add, .literal(.string("列出的整改措施只有 ")), .call(.text, [.variable("measures_n")])), .literal(.string(" 条"))), .call(.ifThen, [.binary(.equal, .variable("statused_n"), .variable("measures_n")), .binary(.add, .binary(.add, .binary(.add, .binary(.add, .literal(.string("列出的 ")), .call(.text, [.variable("measures_n")])), .literal(.string(" 条整改措施中状态为“已完成”的有 "))), .call(.text, [.variable("done_n")])), .literal(.string(" 条"))), .binary(.add, .binary(.add, .binary(.add, .binary(.add, .binary(.add, .binary(.add, .binary(.add, .binary(.add, .literal(.string("列出的 ")), .call(.text, [.variable("measures_n")])), .literal(.string(" 条整改措施中“已完成” "))), .call(.text, [.variable("done_n")])), .literal(.string(" 条、未完成 "))), .call(.text, [.binary(.subtract, .variable("statused_n"), .variable("done_n"))])), .literal(.string(" 条、未注明状态 "))), .call(.text, [.binary(.subtract, .variable("measures_n"), .variable("statused_n"))])), .literal(.string(" 条")))])]))], en: [.text("Report "), .expr(Expr.field("id")), .text(" claims "), .expr(Expr.member(.field("claimed"), "measures_done")), .text(" measures completed, but "), .expr(Expr.call(.ifThen, [.binary(.equal, .variable("statused_n"), .literal(.int(0))), .binary(.add, .binary(.add, .literal(.string("only ")), .call(.text, [.variable("measures_n")])), .literal(.string(" measures are listed"))), .call(.ifThen, [.binary(.equal, .variable("statused_n"), .variable("measures_n")), .binary(.add, .binary(.add, .binary(.add, .call(.text, [.variable("done_n")]), .literal(.string(" of the "))), .call(.text, [.variable("measures_n")])), .literal(.string(" measures listed have status 已完成"))), .binary(.add, .binary(.add, .binary(.add, .binary(.add, .binary(.add, .binary(.add, .binary(.add, .binary(.add, .literal(.string("of the ")), .call(.text, [.variable("measures_n")])), .literal(.string(" measures listed "))), .call(.text, [.variable("done_n")])), .literal(.string(" are 已完成, "))), .call(.text, [.binary(.subtract, .variable("statused_n"), .variable("done_n"))])), .literal(.string(" not completed and "))), .call(.text, [.binary(.subtract, .variable("measures_n"), .variable("statused_n"))])), .literal(.string(" unmarked")))])]))]),
              severity: nil,
              name: "measures-done"),
          ])),
      examples: [],
      source: SourceLocation(path: "Rules/report/totals.yaml", line: 1, column: 1))
  }

  // Rules/schema/duplicate-id.yaml:1:1
  private static func rule40() throws(Pattern.Failure) -> Rule {
    Rule(
      id: "schema.duplicate-id",
      severity: .error,
      title: Localized(zh: "记录 id 不得重复", en: "Record ids are unique"),
      rationale: Localized(zh: "id 在全部输入中唯一，引用才能明确；重复时保留先读到的一条（按给出的路径顺序、文件名顺序），另一条不参与检查。", en: "Ids are unique across the whole input so that references are unambiguous; of two records with one id, the first found is kept and the other is not checked."),
      remedy: Localized(zh: "给重复的记录另起一个 id，并检查引用它的记录。", en: "Give the repeated record an id of its own and check the records that refer to it."),
      basis: [Basis(regulation: "comply 记录格式约定（records.md）", year: nil, article: nil, confidence: "L", local: true, quote: nil)],
      parameters: [],
      body: .schema(SchemaRule(check: .duplicateID, checks: [
          Check(
            when: nil,
            forEach: nil,
            binding: nil,
            require: Expr.literal(.bool(false)),
            at: nil,
            message: MessageTemplate(zh: [.text("id “"), .expr(Expr.variable("id")), .text("” 重复（首次出现于 "), .expr(Expr.variable("first")), .text("）")], en: [.text("Id \""), .expr(Expr.variable("id")), .text("\" is used twice (first at "), .expr(Expr.variable("first")), .text(")")]),
            severity: nil,
            name: "0"),
        ])),
      examples: [],
      source: SourceLocation(path: "Rules/schema/duplicate-id.yaml", line: 1, column: 1))
  }

  // Rules/schema/kind.yaml:1:1
  private static func rule41() throws(Pattern.Failure) -> Rule {
    Rule(
      id: "schema.kind",
      severity: .error,
      title: Localized(zh: "记录须写明已知的类型（kind）", en: "Records state a known kind"),
      rationale: Localized(zh: "没有 kind 或 kind 拼错的记录不会被任何规则检查，问题会被悄悄漏掉。", en: "A record with no kind, or a misspelt one, is checked by no rule, so its problems would pass unseen."),
      remedy: Localized(zh: "写明 kind：organization、person、meeting、appointment、notice、plan、association、rectification-report 或 calendar。", en: "State the kind: organization, person, meeting, appointment, notice, plan, association, rectification-report or calendar."),
      basis: [Basis(regulation: "comply 记录格式约定（records.md）", year: nil, article: nil, confidence: "L", local: true, quote: nil)],
      parameters: [],
      body: .schema(SchemaRule(check: .kind, checks: [
          Check(
            when: Expr.binary(.equal, .variable("problem"), .literal(.string("missing"))),
            forEach: nil,
            binding: nil,
            require: Expr.literal(.bool(false)),
            at: nil,
            message: MessageTemplate(zh: [.text("记录缺少 kind")], en: [.text("The record has no kind")]),
            severity: nil,
            name: "missing"),
          Check(
            when: Expr.binary(.equal, .variable("problem"), .literal(.string("unknown"))),
            forEach: nil,
            binding: nil,
            require: Expr.literal(.bool(false)),
            at: nil,
            message: MessageTemplate(zh: [.text("未知的记录类型 “"), .expr(Expr.variable("kind")), .text("”")], en: [.text("Unknown kind \""), .expr(Expr.variable("kind")), .text("\"")]),
            severity: nil,
            name: "unknown"),
          Check(
            when: Expr.binary(.equal, .variable("problem"), .literal(.string("not-mapping"))),
            forEach: nil,
            binding: nil,
            require: Expr.literal(.bool(false)),
            at: nil,
            message: MessageTemplate(zh: [.text("文档不是一条记录（应为字段映射）")], en: [.text("The document is not a record (a mapping of fields is expected)")]),
            severity: nil,
            name: "not-mapping"),
        ])),
      examples: [],
      source: SourceLocation(path: "Rules/schema/kind.yaml", line: 1, column: 1))
  }

  // Rules/schema/parse.yaml:1:1
  private static func rule42() throws(Pattern.Failure) -> Rule {
    Rule(
      id: "schema.parse",
      severity: .error,
      title: Localized(zh: "记录文件须是有效的 YAML 或 JSON", en: "Record files are valid YAML or JSON"),
      rationale: Localized(zh: "无法解析的文件中的记录都无法检查；指出出错的行和列，其他文件照常检查。", en: "No record in a file that cannot be parsed can be checked; the error's line and column are given and every other file is still checked."),
      remedy: Localized(zh: "按提示的行列修正语法（常见的是缩进不齐、引号或括号未闭合、使用了制表符）。", en: "Fix the syntax at the line and column given (usually uneven indentation, an unclosed quote or bracket, or a tab)."),
      basis: [Basis(regulation: "comply 记录格式约定（records.md）", year: nil, article: nil, confidence: "L", local: true, quote: nil)],
      parameters: [],
      body: .schema(SchemaRule(check: .parse, checks: [
          Check(
            when: nil,
            forEach: nil,
            binding: nil,
            require: Expr.literal(.bool(false)),
            at: nil,
            message: MessageTemplate(zh: [.text("文件无法解析："), .expr(Expr.variable("error"))], en: [.text("The file cannot be parsed: "), .expr(Expr.variable("error"))]),
            severity: nil,
            name: "0"),
        ])),
      examples: [],
      source: SourceLocation(path: "Rules/schema/parse.yaml", line: 1, column: 1))
  }

  // Rules/schema/reference.yaml:1:1
  private static func rule43() throws(Pattern.Failure) -> Rule {
    Rule(
      id: "schema.reference",
      severity: .error,
      title: Localized(zh: "引用的记录须存在", en: "References name existing records"),
      rationale: Localized(zh: "会议所属组织、干部选拔档案的决定会议和公示、人员等引用指向不存在的记录时，跨记录的规则无法核对。", en: "When an organization, a decision meeting, a notice or a person named by a record does not exist, the rules that join records cannot check it."),
      remedy: Localized(zh: "改正引用的 id，或补充被引用的记录。", en: "Correct the id, or add the record it names."),
      basis: [Basis(regulation: "comply 记录格式约定（records.md）", year: nil, article: nil, confidence: "L", local: true, quote: nil)],
      parameters: [],
      body: .schema(SchemaRule(check: .reference, checks: [
          Check(
            when: nil,
            forEach: nil,
            binding: nil,
            require: Expr.literal(.bool(false)),
            at: nil,
            message: MessageTemplate(zh: [.expr(Expr.variable("field")), .text(" 引用的 "), .expr(Expr.variable("target_kind")), .text(" “"), .expr(Expr.variable("target")), .text("” 不存在")], en: [.expr(Expr.variable("field")), .text(" names "), .expr(Expr.variable("target_kind")), .text(" \""), .expr(Expr.variable("target")), .text("\", which does not exist")]),
            severity: nil,
            name: "0"),
        ])),
      examples: [],
      source: SourceLocation(path: "Rules/schema/reference.yaml", line: 1, column: 1))
  }

  // Rules/schema/required.yaml:1:1
  private static func rule44() throws(Pattern.Failure) -> Rule {
    Rule(
      id: "schema.required",
      severity: .error,
      title: Localized(zh: "记录须有其类型要求的字段，且字段类型正确", en: "Records have the fields their kind requires, of the right type"),
      rationale: Localized(zh: "缺少必填字段或字段类型错误（日期写错、该是列表的写成文本）时，依赖该字段的规则都无法判断；每个缺失只报告一次。", en: "A missing field or a field of the wrong type (a date that is not a date, a list written as text) leaves every rule that needs it unable to judge; each is reported once."),
      remedy: Localized(zh: "按记录格式约定补齐字段，日期写作 YYYY-MM-DD。", en: "Add the field as the record format defines it; write dates as YYYY-MM-DD."),
      basis: [Basis(regulation: "comply 记录格式约定（records.md）", year: nil, article: nil, confidence: "L", local: true, quote: nil)],
      parameters: [],
      body: .schema(SchemaRule(check: .required, checks: [
          Check(
            when: Expr.binary(.equal, .variable("problem"), .literal(.string("missing"))),
            forEach: nil,
            binding: nil,
            require: Expr.literal(.bool(false)),
            at: nil,
            message: MessageTemplate(zh: [.text("缺少必填字段 "), .expr(Expr.variable("field")), .text("（应为"), .expr(Expr.variable("expected_zh")), .text("）")], en: [.text("Missing required field "), .expr(Expr.variable("field")), .text(" ("), .expr(Expr.variable("expected")), .text(")")]),
            severity: nil,
            name: "missing"),
          Check(
            when: Expr.binary(.equal, .variable("problem"), .literal(.string("type"))),
            forEach: nil,
            binding: nil,
            require: Expr.literal(.bool(false)),
            at: nil,
            message: MessageTemplate(zh: [.text("字段 "), .expr(Expr.variable("field")), .text(" 应为"), .expr(Expr.variable("expected_zh")), .text("，实为“"), .expr(Expr.variable("found")), .text("”")], en: [.text("Field "), .expr(Expr.variable("field")), .text(" must be "), .expr(Expr.variable("expected")), .text(", not \""), .expr(Expr.variable("found")), .text("\"")]),
            severity: nil,
            name: "type"),
        ])),
      examples: [],
      source: SourceLocation(path: "Rules/schema/required.yaml", line: 1, column: 1))
  }

  // Rules/study/discussion.yaml:1:1
  private static func rule45() throws(Pattern.Failure) -> Rule {
    Rule(
      id: "study.discussion",
      severity: .warning,
      title: Localized(zh: "理论学习中心组学习安排研讨交流", en: "A central study group session includes a discussion"),
      rationale: Localized(zh: "理论学习中心组学习以集体学习研讨为主要形式，中心组成员应围绕学习主题交流发言，学习记录应载明讨论发言的主要内容。只读文件、不研讨交流，是巡察中指出的中心组学习“重形式、轻实效”问题。", en: "The central study group learns mainly by collective study and discussion: members speak on the theme and the record gives the gist of what they said. Sessions that only read documents aloud, with no discussion, are what inspections call study for form's sake."),
      remedy: Localized(zh: "每次中心组学习安排研讨交流环节（在相应议题上记 discussion: true），并在学习记录中记载成员发言要点。", en: "Give each session a discussion (mark the item with discussion: true) and record the gist of what members said."),
      basis: [Basis(regulation: "中国共产党党委（党组）理论学习中心组学习规则", year: 2017, article: nil, confidence: "R", local: false, quote: nil), Basis(regulation: "各地党委（党组）理论学习中心组学习制度", year: nil, article: nil, confidence: "L", local: true, quote: "「中心组应有专用学习记录本，每次学习必须如实记录…」")],
      parameters: [],
      body: .record(
        RecordRule(
          kind: "meeting",
          filter: Expr.binary(.equal, .field("type"), .literal(.string("理论学习中心组学习"))),
          date: nil,
          lets: [],
          checks: [
            Check(
              when: Expr.binary(.greater, .call(.count, [.field("agenda")]), .literal(.int(0))),
              forEach: nil,
              binding: nil,
              require: Expr.call(.any, [.field("agenda"), .binary(.equal, .field("discussion"), .literal(.bool(true)))]),
              at: Expr.field("agenda"),
              message: MessageTemplate(zh: [.text("理论学习中心组学习（"), .expr(Expr.field("date")), .text("）没有研讨交流的议题")], en: [.text("The central study group session of "), .expr(Expr.field("date")), .text(" has no item with a discussion")]),
              severity: nil,
              name: "0"),
          ])),
      examples: [],
      source: SourceLocation(path: "Rules/study/discussion.yaml", line: 1, column: 1))
  }

  // Rules/study/plan.yaml:1:1
  private static func rule46() throws(Pattern.Failure) -> Rule {
    Rule(
      id: "study.plan",
      severity: .error,
      title: Localized(zh: "理论学习中心组每年制定学习计划，在当年第一次集体学习之前印发", en: "The central study group has an annual study plan, issued before the year's first session"),
      rationale: Localized(zh: "中心组学习实行年度计划管理，学习计划应在年初制定并印发，第一次集体学习即按计划开展。计划按其所属年度（year）归入年份，上一年年底印发的下一年度计划也算。当年没有集体学习的，仍须有学习计划（学习次数不足由 study.sessions-yearly 另行检查）。", en: "The central study group works to an annual plan, drawn up and issued at the start of the year so that the first session already follows it. A plan counts for the year it is for (`year`), so a plan issued late in the previous year counts. A year with no session still needs a plan (too few sessions are study.sessions-yearly's concern)."),
      remedy: Localized(zh: "制定并印发本年度理论学习中心组学习计划（写明印发日期），一般报上级宣传部门、组织部门备案；以后每年在第一次集体学习前印发。", en: "Draw up and issue this year's study plan of the central study group, with its date of issue, usually filed with the higher level's publicity and organization departments; in later years issue it before the first session."),
      basis: [Basis(regulation: "中国共产党党委（党组）理论学习中心组学习规则", year: 2017, article: "第四章", confidence: "R", local: false, quote: "中心组学习应当制定年度学习计划"), Basis(regulation: "各地党委（党组）理论学习中心组学习制度", year: nil, article: nil, confidence: "L", local: true, quote: "年初制定学习计划，报上级宣传部、组织部备案")],
      parameters: [],
      body: .schedule(
        ScheduleRule(
          organizations: Expr.binary(.equal, .field("type"), .literal(.string("党组"))),
          unit: .year,
          unitParameter: nil,
          sets: [
            ScheduleRule.RecordSet(name: "plans", kind: "plan", filter: Expr.binary(.equal, .field("type"), .literal(.string("理论学习中心组学习计划"))), date: Expr.field("year"), org: "org"),
            ScheduleRule.RecordSet(name: "sessions", kind: "meeting", filter: Expr.binary(.equal, .field("type"), .literal(.string("理论学习中心组学习"))), date: Expr.field("date"), org: "org"),
          ],
          lets: [("first", Expr.call(.min, [.variable("sessions"), .field("date")]))],
          checks: [
            Check(
              when: nil,
              forEach: nil,
              binding: nil,
              require: Expr.binary(.greaterOrEqual, .call(.count, [.variable("plans")]), .literal(.int(1))),
              at: nil,
              message: MessageTemplate(zh: [.expr(Expr.field("name")), .text("没有 "), .expr(Expr.member(.variable("period"), "label")), .text(" 年度理论学习中心组学习计划")], en: [.expr(Expr.field("name")), .text(" has no central study group plan for "), .expr(Expr.member(.variable("period"), "label"))]),
              severity: nil,
              name: "exists"),
            Check(
              when: Expr.binary(.and, .binary(.greaterOrEqual, .call(.count, [.variable("plans")]), .literal(.int(1))), .binary(.greaterOrEqual, .call(.count, [.variable("sessions")]), .literal(.int(1)))),
              forEach: nil,
              binding: nil,
              require: Expr.call(.any, [.variable("plans"), .binary(.and, .call(.exists, [.field("issued")]), .binary(.lessOrEqual, .field("issued"), .variable("first")))]),
              at: nil,
              message: MessageTemplate(zh: [.expr(Expr.field("name")), .text("的 "), .expr(Expr.member(.variable("period"), "label")), .text(" 年度理论学习中心组学习计划"), .expr(Expr.call(.ifThen, [.call(.any, [.variable("plans"), .call(.exists, [.field("issued")])]), .binary(.add, .binary(.add, .literal(.string("印发于 ")), .call(.text, [.call(.min, [.call(.filter, [.variable("plans"), .call(.exists, [.field("issued")])]), .field("issued")])])), .literal(.string("，晚于"))), .literal(.string("未写明印发日期，无法确认在"))])), .text("当年第一次集体学习（"), .expr(Expr.variable("first")), .text("）"), .expr(Expr.call(.ifThen, [.call(.any, [.variable("plans"), .call(.exists, [.field("issued")])]), .literal(.string("")), .literal(.string("之前印发"))]))], en: [.expr(Expr.field("name")), .text("'s central study group plan for "), .expr(Expr.member(.variable("period"), "label")), .text(" "), .expr(Expr.call(.ifThen, [.call(.any, [.variable("plans"), .call(.exists, [.field("issued")])]), .binary(.add, .binary(.add, .literal(.string("was issued on ")), .call(.text, [.call(.min, [.call(.filter, [.variable("plans"), .call(.exists, [.field("issued")])]), .field("issued")])])), .literal(.string(", after"))), .literal(.string("gives no date of issue, so it is not shown to precede"))])), .text(" the year's first session ("), .expr(Expr.variable("first")), .text(")")]),
              severity: nil,
              name: "before-first-session"),
          ])),
      examples: [],
      source: SourceLocation(path: "Rules/study/plan.yaml", line: 1, column: 1))
  }

  // Rules/study/sessions-yearly.yaml:1:1
  private static func rule47() throws(Pattern.Failure) -> Rule {
    Rule(
      id: "study.sessions-yearly",
      severity: .error,
      title: Localized(zh: "党组理论学习中心组每年集体学习不少于规定次数", en: "A party group's central study group meets the required number of times a year"),
      rationale: Localized(zh: "党委（党组）理论学习中心组学习以集体学习为主要形式，须制定年度计划、定期开展。中央规则未见全年次数的明确下限，各地普遍规定“每月1次”“全年不少于12次”，因此次数作为参数（默认12次）。按学习日期归入日历年度。", en: "The central study group of a party committee or party group studies mainly in collective sessions, held regularly under an annual plan. No central minimum number was found; local rules commonly require one a month, at least 12 a year, so the number is a parameter (12 by default). Sessions count in the calendar year of their date."),
      remedy: Localized(zh: "补齐中心组集体学习的记录；次数确实不足的，按年度学习计划每月安排集体学习，并在下一年度计划中落实。", en: "Produce the records of the central study group's sessions; if too few were held, schedule a collective session each month under the annual study plan and carry it into next year's plan."),
      basis: [Basis(regulation: "中国共产党党委（党组）理论学习中心组学习规则", year: 2017, article: nil, confidence: "F", local: false, quote: "中心组学习以集体学习为主要形式，党委（党组）书记是第一责任人"), Basis(regulation: "各地党委（党组）理论学习中心组学习制度", year: nil, article: nil, confidence: "L", local: true, quote: "「全年不少于12天次」")],
      parameters: [Parameter(name: "min", defaultValue: .int(12), description: Localized(zh: "每年至少集体学习次数", en: "Collective sessions required each year"), choices: nil)],
      body: .schedule(
        ScheduleRule(
          organizations: Expr.binary(.equal, .field("type"), .literal(.string("党组"))),
          unit: .year,
          unitParameter: nil,
          sets: [
            ScheduleRule.RecordSet(name: "sessions", kind: "meeting", filter: Expr.binary(.equal, .field("type"), .literal(.string("理论学习中心组学习"))), date: Expr.field("date"), org: "org"),
          ],
          lets: [],
          checks: [
            Check(
              when: nil,
              forEach: nil,
              binding: nil,
              require: Expr.binary(.greaterOrEqual, .call(.count, [.variable("sessions")]), .member(.variable("params"), "min")),
              at: nil,
              message: MessageTemplate(zh: [.expr(Expr.field("name")), .text("理论学习中心组在 "), .expr(Expr.member(.variable("period"), "label")), .text(" 年集体学习 "), .expr(Expr.call(.count, [.variable("sessions")])), .text(" 次，少于 "), .expr(Expr.member(.variable("params"), "min")), .text(" 次")], en: [.expr(Expr.field("name")), .text("'s central study group met "), .expr(Expr.call(.count, [.variable("sessions")])), .text(" times in "), .expr(Expr.member(.variable("period"), "label")), .text(", fewer than "), .expr(Expr.member(.variable("params"), "min"))]),
              severity: nil,
              name: "0"),
          ])),
      examples: [],
      source: SourceLocation(path: "Rules/study/sessions-yearly.yaml", line: 1, column: 1))
  }

  private static func calendar0() -> WorkCalendar {
    WorkCalendar(holidays: [Day(ordinal: 19723), Day(ordinal: 19763), Day(ordinal: 19764), Day(ordinal: 19765), Day(ordinal: 19766), Day(ordinal: 19767), Day(ordinal: 19768), Day(ordinal: 19769), Day(ordinal: 19770), Day(ordinal: 19817), Day(ordinal: 19818), Day(ordinal: 19819), Day(ordinal: 19844), Day(ordinal: 19845), Day(ordinal: 19846), Day(ordinal: 19847), Day(ordinal: 19848), Day(ordinal: 19884), Day(ordinal: 19981), Day(ordinal: 19982), Day(ordinal: 19983), Day(ordinal: 19997), Day(ordinal: 19998), Day(ordinal: 19999), Day(ordinal: 20000), Day(ordinal: 20001), Day(ordinal: 20002), Day(ordinal: 20003)], workdays: [Day(ordinal: 19757), Day(ordinal: 19771), Day(ordinal: 19820), Day(ordinal: 19841), Day(ordinal: 19854), Day(ordinal: 19980), Day(ordinal: 19995), Day(ordinal: 20008)], years: [2024])
  }

  private static func calendar1() -> WorkCalendar {
    WorkCalendar(holidays: [Day(ordinal: 20089), Day(ordinal: 20116), Day(ordinal: 20117), Day(ordinal: 20118), Day(ordinal: 20119), Day(ordinal: 20120), Day(ordinal: 20121), Day(ordinal: 20122), Day(ordinal: 20123), Day(ordinal: 20182), Day(ordinal: 20183), Day(ordinal: 20184), Day(ordinal: 20209), Day(ordinal: 20210), Day(ordinal: 20211), Day(ordinal: 20212), Day(ordinal: 20213), Day(ordinal: 20239), Day(ordinal: 20240), Day(ordinal: 20241), Day(ordinal: 20362), Day(ordinal: 20363), Day(ordinal: 20364), Day(ordinal: 20365), Day(ordinal: 20366), Day(ordinal: 20367), Day(ordinal: 20368), Day(ordinal: 20369)], workdays: [Day(ordinal: 20114), Day(ordinal: 20127), Day(ordinal: 20205), Day(ordinal: 20359), Day(ordinal: 20372)], years: [2025])
  }

  private static func calendar2() -> WorkCalendar {
    WorkCalendar(holidays: [Day(ordinal: 20454), Day(ordinal: 20455), Day(ordinal: 20456), Day(ordinal: 20499), Day(ordinal: 20500), Day(ordinal: 20501), Day(ordinal: 20502), Day(ordinal: 20503), Day(ordinal: 20504), Day(ordinal: 20505), Day(ordinal: 20506), Day(ordinal: 20507), Day(ordinal: 20547), Day(ordinal: 20548), Day(ordinal: 20549), Day(ordinal: 20574), Day(ordinal: 20575), Day(ordinal: 20576), Day(ordinal: 20577), Day(ordinal: 20578), Day(ordinal: 20623), Day(ordinal: 20624), Day(ordinal: 20625), Day(ordinal: 20721), Day(ordinal: 20722), Day(ordinal: 20723), Day(ordinal: 20727), Day(ordinal: 20728), Day(ordinal: 20729), Day(ordinal: 20730), Day(ordinal: 20731), Day(ordinal: 20732), Day(ordinal: 20733)], workdays: [Day(ordinal: 20457), Day(ordinal: 20498), Day(ordinal: 20512), Day(ordinal: 20582), Day(ordinal: 20716), Day(ordinal: 20736)], years: [2026])
  }
}
