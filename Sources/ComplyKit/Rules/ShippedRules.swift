// Generated from Rules/ by `COMPLY_RECORD=1 swift test --filter ShippedRulesTests`. Do not edit.
// The shipped rule pack, compiled in so that an installed binary needs no files beside it.

enum ShippedRules {
  static let files: [(path: String, text: String)] = [
    (
      "appointment/decision-meeting.yaml",
      #"""
id: appointment.decision-meeting
kind: record
severity: error
title:
  zh: 干部任免由党组会议讨论决定，到会和表决符合规定
  en: The appointment is decided at a quorate party group meeting by a majority of its members
rationale:
  zh: >-
    干部任免必须由党委（党组）集体讨论决定，不得以书记办公会、主席办公会、领导圈阅等代替。讨论决定干部任免事项，
    必须有三分之二以上成员到会；以应到会成员超过半数同意形成决定。会议记录中应有研究该干部任职的议题和表决结果。
  en: >-
    Appointments are decided collectively by the party committee or party group, not by a secretaries' or
    chairman's office meeting or by circulating papers. Two thirds or more of the members must be present, and the
    decision needs the votes of more than half of the members. The minutes must show the item on this appointment
    and its vote.
remedy:
  zh: 在党组会议上重新讨论决定；会议记录写明该议题（dossier）、到会人员和表决票数，到会不足三分之二或同意票未超过应到会成员半数的，决定无效，应重新研究。
  en: Decide again at a party group meeting whose minutes name the dossier (dossier), the members present and the votes; a decision without two thirds present or without a majority of the members is void and must be taken again.
basis:
  - regulation: 党政领导干部选拔任用工作条例
    year: 2019
    article: 第三十八条（条号待核）
    confidence: F2
    quote: 「讨论决定干部任免事项，必须有三分之二以上成员到会」「以党委（党组）应到会成员超过半数同意形成决定」
  - regulation: 党委（党组）讨论决定干部任免事项守则
    confidence: F
    quote: 不得以书记办公会、领导圈阅等形式代替党委（党组）会议讨论决定干部任免
applies_to:
  kind: appointment
let:
  meeting: "ref(steps.decision.meeting)"
  item: "first($meeting.agenda, dossier == $.id)"
  members: "count($meeting.expected ?? ref($meeting.org ?? $.org).members)"
checks:
  - name: exists
    when: "exists(steps.decision.meeting)"
    require: "exists($meeting) and $meeting.kind == 'meeting'"
    at: "steps.decision.meeting"
    message:
      zh: "干部选拔档案 {$.id} 的讨论决定会议 {steps.decision.meeting} 没有会议记录"
      en: "Dossier {$.id}: the decision meeting {steps.decision.meeting} has no minutes in the records"
  - name: type
    when: "$meeting.kind == 'meeting'"
    require: "$meeting.type in ['党组会议', '党委会议']"
    at: "steps.decision.meeting"
    message:
      zh: "干部选拔档案 {$.id} 由{$meeting.type}（{$meeting.id}）讨论决定，干部任免应由党组（党委）会议讨论决定"
      en: "Dossier {$.id} was decided at a {$meeting.type} ({$meeting.id}); appointments are decided at a party group (committee) meeting"
  - name: item
    when: "$meeting.kind == 'meeting'"
    require: "exists($item)"
    at: "steps.decision.meeting"
    message:
      zh: "讨论决定会议 {$meeting.id}（{$meeting.date}）的议题中没有研究干部选拔档案 {$.id} 的议题（dossier）"
      en: "No agenda item of the decision meeting {$meeting.id} ({$meeting.date}) names dossier {$.id} (dossier)"
  - name: quorum
    when: "$meeting.kind == 'meeting' and exists($meeting.present) and $members > 0"
    require: "count($meeting.present) * 3 >= $members * 2"
    at: "steps.decision.meeting"
    message:
      zh: "讨论决定干部选拔档案 {$.id} 的会议 {$meeting.id}（{$meeting.date}）应到 {$members} 人，实到 {count($meeting.present)} 人，未达到三分之二"
      en: "The meeting {$meeting.id} ({$meeting.date}) that decided dossier {$.id}: {count($meeting.present)} present of {$members}, less than two thirds"
  - name: majority
    when: "exists($item) and $members > 0"
    require: "exists($item.votes.for) and $item.votes.for * 2 > $members"
    at: "steps.decision.meeting"
    message:
      zh: "会议 {$meeting.id}（{$meeting.date}）对干部选拔档案 {$.id} 的表决{if(exists($item.votes.for), '同意 ' + text($item.votes.for) + ' 票，未超过应到会成员 ' + text($members) + ' 人的半数', '未记录同意票数')}"
      en: "Meeting {$meeting.id} ({$meeting.date}) on dossier {$.id}: {if(exists($item.votes.for), text($item.votes.for) + ' in favour, not more than half of the ' + text($members) + ' members', 'no votes in favour recorded')}"
examples:
  pass:
    - name: 完整的干部选拔档案，党组会议五人全部到会、五票同意
      records: |
        kind: appointment
        id: a-01
        org: org-dz
        candidate: p06
        position: {from: 组联部副部长, to: 组联部部长, unit: 市文联}
        steps:
          motion:         {date: 2025-02-10, record: 动议纪实-01}
          recommendation: {date: 2025-02-20, record: 推荐纪实-01, participants: 23}
          inspection:     {date: 2025-03-01, record: 考察材料-01, team: [p04, p07]}
          decision:       {date: 2025-03-12, meeting: m-01}
          publicity:      {notice: n-01}
          appointment:    {date: 2025-03-25, record: 任职文件-01}
          filing:         {date: 2025-04-03, to: 市委组织部}
        four_musts:
          archive_review:     {date: 2025-03-02, result: 无异常}
          personal_matters:   {date: 2025-03-03, result: 如实报告}
          discipline_opinion: {date: 2025-03-05, result: 无意见}
          petition_check:     {date: 2025-03-06, result: 无}
        ---
        kind: meeting
        id: m-01
        org: org-dz
        type: 党组会议
        date: 2025-03-12
        host: p01
        recorder: p07
        record_book: 党组会议记录本（2025）
        present: [p01, p02, p03, p04, p05]
        agenda:
          - {title: 学习习近平总书记重要讲话精神, category: 第一议题, speech_date: 2025-02-27}
          - title: 研究王某某同志任职事项
            category: 人事
            matter: 重要人事任免
            dossier: a-01
            votes: {for: 5, against: 0, abstain: 0}
            result: 通过
        ---
        kind: notice
        id: n-01
        org: org-dz
        title: 市文联干部任前公示
        published: 2025-03-14
        period: {start: 2025-03-14, end: 2025-03-20}
        candidates:
          - {name: 王某某, gender: 女, birth: 1984-06, education: 大学, current: 组联部副部长, proposed: 组联部部长}
        contact: {phone: 024-52606479, address: 抚顺市顺城区滴翠路11号, email: fsswlbg@126.com}
        ---
        kind: organization
        id: org-dz
        name: 市文联党组
        type: 党组
        members: [p01, p02, p03, p04, p05]
        secretary: p01
        ---
        kind: person
        id: p06
        name: 王某某
        position: 组联部部长
        unit: 市文联
        supervisor: p03
        leader: true
        political_profile: 2024-11-02
        ---
        kind: person
        id: p01
        name: 孟某某
        unit: 市文联
        leader: true
        ---
        kind: person
        id: p02
        name: 李某某
        unit: 市文联
        leader: true
        supervisor: p01
        ---
        kind: person
        id: p03
        name: 张某某
        unit: 市文联
        leader: true
        supervisor: p01
        ---
        kind: person
        id: p04
        name: 刘某某
        unit: 市文联
        leader: true
        supervisor: p01
        ---
        kind: person
        id: p05
        name: 赵某某
        unit: 市文联
        leader: true
        supervisor: p01
        ---
        kind: person
        id: p07
        name: 陈某某
        unit: 市文联
        function: 人事
        supervisor: p04
    - name: 七名党组成员五人到会（5×3 ≥ 7×2），五票同意
      records: |
        kind: appointment
        id: a-01
        org: org-dz
        candidate: p06
        position: {from: 组联部副部长, to: 组联部部长, unit: 市文联}
        steps:
          motion:         {date: 2025-02-10, record: 动议纪实-01}
          recommendation: {date: 2025-02-20, record: 推荐纪实-01, participants: 23}
          inspection:     {date: 2025-03-01, record: 考察材料-01, team: [p04, p07]}
          decision:       {date: 2025-03-12, meeting: m-01}
          publicity:      {notice: n-01}
          appointment:    {date: 2025-03-25, record: 任职文件-01}
          filing:         {date: 2025-04-03, to: 市委组织部}
        four_musts:
          archive_review:     {date: 2025-03-02, result: 无异常}
          personal_matters:   {date: 2025-03-03, result: 如实报告}
          discipline_opinion: {date: 2025-03-05, result: 无意见}
          petition_check:     {date: 2025-03-06, result: 无}
        ---
        kind: meeting
        id: m-01
        org: org-dz
        type: 党组会议
        date: 2025-03-12
        host: p01
        recorder: p07
        record_book: 党组会议记录本（2025）
        present: [p01, p02, p03, p04, p05]
        absent: [{person: p08, reason: 出差}, {person: p09, reason: 病假}]
        agenda:
          - {title: 学习习近平总书记重要讲话精神, category: 第一议题, speech_date: 2025-02-27}
          - title: 研究王某某同志任职事项
            category: 人事
            matter: 重要人事任免
            dossier: a-01
            votes: {for: 5, against: 0, abstain: 0}
            result: 通过
        ---
        kind: notice
        id: n-01
        org: org-dz
        title: 市文联干部任前公示
        published: 2025-03-14
        period: {start: 2025-03-14, end: 2025-03-20}
        candidates:
          - {name: 王某某, gender: 女, birth: 1984-06, education: 大学, current: 组联部副部长, proposed: 组联部部长}
        contact: {phone: 024-52606479, address: 抚顺市顺城区滴翠路11号, email: fsswlbg@126.com}
        ---
        kind: organization
        id: org-dz
        name: 市文联党组
        type: 党组
        members: [p01, p02, p03, p04, p05, p08, p09]
        secretary: p01
        ---
        kind: person
        id: p06
        name: 王某某
        position: 组联部部长
        unit: 市文联
        supervisor: p03
        leader: true
        political_profile: 2024-11-02
        ---
        kind: person
        id: p01
        name: 孟某某
        unit: 市文联
        leader: true
        ---
        kind: person
        id: p02
        name: 李某某
        unit: 市文联
        leader: true
        supervisor: p01
        ---
        kind: person
        id: p03
        name: 张某某
        unit: 市文联
        leader: true
        supervisor: p01
        ---
        kind: person
        id: p04
        name: 刘某某
        unit: 市文联
        leader: true
        supervisor: p01
        ---
        kind: person
        id: p05
        name: 赵某某
        unit: 市文联
        leader: true
        supervisor: p01
        ---
        kind: person
        id: p07
        name: 陈某某
        unit: 市文联
        function: 人事
        supervisor: p04
        ---
        kind: person
        id: p08
        name: 周某某
        unit: 市文联
        leader: true
        supervisor: p01
        ---
        kind: person
        id: p09
        name: 吴某某
        unit: 市文联
        leader: true
        supervisor: p01
  fail:
    - name: 七名党组成员只有四人到会（4×3 < 7×2）
      expect: [{line: 9, column: 47, message: 应到 7 人，实到 4 人}]
      count: 1
      records: |
        kind: appointment
        id: a-02
        org: org-dz
        candidate: 王某某
        steps:
          motion:         {date: 2025-02-10, record: 动议纪实-02}
          recommendation: {date: 2025-02-20, record: 推荐纪实-02}
          inspection:     {date: 2025-03-01, record: 考察材料-02, team: [刘某某, 陈某某]}
          decision:       {date: 2025-03-12, meeting: m-02}
        ---
        kind: meeting
        id: m-02
        org: org-dz
        type: 党组会议
        date: 2025-03-12
        host: 孟某某
        recorder: 陈某某
        present: [孟某某, 李某某, 张某某, 刘某某]
        absent: [{person: 赵某某, reason: 出差}, {person: 周某某, reason: 出差}, {person: 吴某某, reason: 病假}]
        agenda:
          - {title: 学习习近平总书记重要讲话精神, category: 第一议题, speech_date: 2025-02-27}
          - {title: 研究王某某同志任职事项, category: 人事, dossier: a-02, votes: {for: 4, against: 0, abstain: 0}, result: 通过}
        ---
        kind: organization
        id: org-dz
        name: 市文联党组
        type: 党组
        members: [孟某某, 李某某, 张某某, 刘某某, 赵某某, 周某某, 吴某某]
        secretary: 孟某某
    - name: 四名成员两票同意（2×2 = 4，未超过半数）
      expect: [{message: 同意 2 票，未超过应到会成员 4 人的半数}]
      count: 1
      records: |
        kind: appointment
        id: a-03
        org: org-dz
        candidate: 王某某
        steps:
          decision: {date: 2025-03-12, meeting: m-03}
        ---
        kind: meeting
        id: m-03
        org: org-dz
        type: 党组会议
        date: 2025-03-12
        host: 孟某某
        recorder: 陈某某
        present: [孟某某, 李某某, 张某某, 刘某某]
        agenda:
          - {title: 学习习近平总书记重要讲话精神, category: 第一议题, speech_date: 2025-02-27}
          - {title: 研究王某某同志任职事项, category: 人事, dossier: a-03, votes: {for: 2, against: 1, abstain: 1}, result: 通过}
        ---
        kind: organization
        id: org-dz
        name: 市文联党组
        type: 党组
        members: [孟某某, 李某某, 张某某, 刘某某]
        secretary: 孟某某
    - name: 在主席办公会议上决定，议题未写明档案
      expect:
        - {message: 由主席办公会议（m-04）讨论决定}
        - {message: 没有研究干部选拔档案 a-04 的议题}
      count: 2
      records: |
        kind: appointment
        id: a-04
        org: org-dz
        candidate: 王某某
        steps:
          decision: {date: 2025-03-12, meeting: m-04}
        ---
        kind: meeting
        id: m-04
        org: org-dz
        type: 主席办公会议
        date: 2025-03-12
        host: 孟某某
        recorder: 陈某某
        present: [孟某某, 李某某, 张某某]
        agenda:
          - {title: 研究干部任免事项, category: 人事}
        ---
        kind: organization
        id: org-dz
        name: 市文联党组
        type: 党组
        members: [孟某某, 李某某, 张某某]
        secretary: 孟某某
    - name: 会议记录不存在；表决未记录票数
      expect:
        - {record: a-05, message: 没有会议记录}
        - {record: a-06, message: 未记录同意票数}
      count: 2
      records: |
        kind: appointment
        id: a-05
        org: org-dz
        candidate: 王某某
        steps:
          decision: {date: 2025-03-12, meeting: m-99}
        ---
        kind: appointment
        id: a-06
        org: org-dz
        candidate: 李某
        steps:
          decision: {date: 2025-03-12, meeting: m-06}
        ---
        kind: meeting
        id: m-06
        org: org-dz
        type: 党组会议
        date: 2025-03-12
        host: 孟某某
        recorder: 陈某某
        present: [孟某某, 李某某, 张某某]
        agenda:
          - {title: 学习习近平总书记重要讲话精神, category: 第一议题, speech_date: 2025-02-27}
          - {title: 研究李某同志任职事项, category: 人事, dossier: a-06}
        ---
        kind: organization
        id: org-dz
        name: 市文联党组
        type: 党组
        members: [孟某某, 李某某, 张某某]
        secretary: 孟某某

"""#
    ),
    (
      "appointment/documented.yaml",
      #"""
id: appointment.documented
kind: record
severity: error
title:
  zh: 干部选拔任用各环节均有纪实材料
  en: Every step of the selection is documented
rationale:
  zh: >-
    干部选拔任用工作实行全程纪实，从动议到任职每个环节都要有据可查、可追溯、可倒查：动议、民主推荐、考察、任职有纪实材料，
    讨论决定有党组会议记录，任前公示有公示文本。备案只需写明日期和报送机关。
  en: >-
    Cadre selection is documented from the motion to the appointment so that every step can be traced: the motion,
    the recommendation, the inspection and the appointment each have their record, the decision its party group
    minutes, the publicity its notice. A filing needs only its date and the body it went to.
remedy:
  zh: 补充缺少的纪实材料（record）、讨论决定的会议记录（meeting）或任前公示（notice），并归入干部任免档案；备案写明报送机关（to）。
  en: Add the missing record, the decision's meeting or the notice, and file them with the dossier; give the body a filing went to (to).
basis:
  - regulation: 干部选拔任用工作监督检查和责任追究办法
    year: 2019
    confidence: R
    quote: 干部选拔任用工作全程纪实，做到可追溯、可倒查
  - regulation: 各地干部选拔任用工作纪实实施办法
    confidence: L
    quote: 纪实表覆盖动议至任职每个环节，记录时间、参与人员、方式、结果并签字，随干部任免档案归档
applies_to:
  kind: appointment
checks:
  - name: record
    for_each: "filter(['motion', 'recommendation', 'inspection', 'appointment'], exists($.steps[it]) and not exists($.steps[it].record))"
    as: step
    require: "false"
    at: "$.steps[$step]"
    message:
      zh: "干部选拔档案 {$.id} 的“{if($step == 'motion', '动议酝酿', if($step == 'recommendation', '民主推荐', if($step == 'inspection', '考察', '任职')))}”步骤没有纪实材料（record）"
      en: "Dossier {$.id}: the {if($step == 'motion', 'motion', if($step == 'recommendation', 'democratic recommendation', if($step == 'inspection', 'inspection', 'appointment')))} step has no record"
  - name: meeting
    when: "exists(steps.decision)"
    require: "exists(steps.decision.meeting)"
    at: "steps.decision"
    message:
      zh: "干部选拔档案 {$.id} 的讨论决定没有对应的会议记录（meeting）"
      en: "Dossier {$.id}: the decision names no meeting minutes (meeting)"
  - name: notice
    when: "exists(steps.publicity)"
    require: "exists(steps.publicity.notice)"
    at: "steps.publicity"
    message:
      zh: "干部选拔档案 {$.id} 的任前公示没有对应的公示（notice）"
      en: "Dossier {$.id}: the publicity step names no notice (notice)"
  - name: filing
    when: "exists(steps.filing)"
    require: "exists(steps.filing.to)"
    at: "steps.filing"
    message:
      zh: "干部选拔档案 {$.id} 的备案未写明报送机关（to）"
      en: "Dossier {$.id}: the filing does not say where it went (to)"
examples:
  pass:
    - name: 完整的干部选拔档案，各环节均有纪实
      records: |
        kind: appointment
        id: a-01
        org: org-dz
        candidate: p06
        position: {from: 组联部副部长, to: 组联部部长, unit: 市文联}
        steps:
          motion:         {date: 2025-02-10, record: 动议纪实-01}
          recommendation: {date: 2025-02-20, record: 推荐纪实-01, participants: 23}
          inspection:     {date: 2025-03-01, record: 考察材料-01, team: [p04, p07]}
          decision:       {date: 2025-03-12, meeting: m-01}
          publicity:      {notice: n-01}
          appointment:    {date: 2025-03-25, record: 任职文件-01}
          filing:         {date: 2025-04-03, to: 市委组织部}
        four_musts:
          archive_review:     {date: 2025-03-02, result: 无异常}
          personal_matters:   {date: 2025-03-03, result: 如实报告}
          discipline_opinion: {date: 2025-03-05, result: 无意见}
          petition_check:     {date: 2025-03-06, result: 无}
        ---
        kind: meeting
        id: m-01
        org: org-dz
        type: 党组会议
        date: 2025-03-12
        host: p01
        recorder: p07
        record_book: 党组会议记录本（2025）
        present: [p01, p02, p03, p04, p05]
        agenda:
          - {title: 学习习近平总书记重要讲话精神, category: 第一议题, speech_date: 2025-02-27}
          - title: 研究王某某同志任职事项
            category: 人事
            matter: 重要人事任免
            dossier: a-01
            votes: {for: 5, against: 0, abstain: 0}
            result: 通过
        ---
        kind: notice
        id: n-01
        org: org-dz
        title: 市文联干部任前公示
        published: 2025-03-14
        period: {start: 2025-03-14, end: 2025-03-20}
        candidates:
          - {name: 王某某, gender: 女, birth: 1984-06, education: 大学, current: 组联部副部长, proposed: 组联部部长}
        contact: {phone: 024-52606479, address: 抚顺市顺城区滴翠路11号, email: fsswlbg@126.com}
        ---
        kind: organization
        id: org-dz
        name: 市文联党组
        type: 党组
        members: [p01, p02, p03, p04, p05]
        secretary: p01
        ---
        kind: person
        id: p06
        name: 王某某
        position: 组联部部长
        unit: 市文联
        supervisor: p03
        leader: true
        political_profile: 2024-11-02
        ---
        kind: person
        id: p01
        name: 孟某某
        unit: 市文联
        leader: true
        ---
        kind: person
        id: p02
        name: 李某某
        unit: 市文联
        leader: true
        supervisor: p01
        ---
        kind: person
        id: p03
        name: 张某某
        unit: 市文联
        leader: true
        supervisor: p01
        ---
        kind: person
        id: p04
        name: 刘某某
        unit: 市文联
        leader: true
        supervisor: p01
        ---
        kind: person
        id: p05
        name: 赵某某
        unit: 市文联
        leader: true
        supervisor: p01
        ---
        kind: person
        id: p07
        name: 陈某某
        unit: 市文联
        function: 人事
        supervisor: p04
  fail:
    - name: 考察和任职缺少纪实材料，讨论决定没有会议记录
      expect:
        - {line: 8, column: 19, message: “考察”步骤没有纪实材料}
        - {line: 11, column: 19, message: “任职”步骤没有纪实材料}
        - {line: 9, column: 19, message: 没有对应的会议记录}
      count: 3
      records: |
        kind: appointment
        id: a-02
        org: org-dz
        candidate: 王某某
        steps:
          motion:         {date: 2025-02-10, record: 动议纪实-02}
          recommendation: {date: 2025-02-20, record: 推荐纪实-02}
          inspection:     {date: 2025-03-01, team: [刘某某, 陈某某]}
          decision:       {date: 2025-03-12}
          publicity:      {notice: n-02}
          appointment:    {date: 2025-03-25}
          filing:         {date: 2025-04-03, to: 市委组织部}
        ---
        kind: notice
        id: n-02
        org: org-dz
        published: 2025-03-14
        period: {start: 2025-03-14, end: 2025-03-20}
    - name: 公示步骤没有公示文本，备案未写报送机关
      expect:
        - {line: 10, column: 19, message: 没有对应的公示}
        - {line: 12, column: 19, message: 报送机关}
      count: 2
      records: |
        kind: appointment
        id: a-03
        org: org-dz
        candidate: 王某某
        steps:
          motion:         {date: 2025-02-10, record: 动议纪实-03}
          recommendation: {date: 2025-02-20, record: 推荐纪实-03}
          inspection:     {date: 2025-03-01, record: 考察材料-03, team: [刘某某, 陈某某]}
          decision:       {date: 2025-03-12, meeting: m-03}
          publicity:      {date: 2025-03-14}
          appointment:    {date: 2025-03-25, record: 任职文件-03}
          filing:         {date: 2025-04-03}

"""#
    ),
    (
      "appointment/filing.yaml",
      #"""
id: appointment.filing
kind: record
severity: warning
title:
  zh: 干部任职后按时向上级备案
  en: The appointment is filed with the higher level in time
rationale:
  zh: >-
    按规定需报上级组织（人事）部门备案的干部任免，应在任职后及时备案，备案材料包括任免审批表、考察材料、党组会议纪要等。
    备案时限由各地规定，本规则默认任职后30日内，可通过参数调整。
  en: >-
    Appointments that must be reported to the higher organization department are filed soon after the appointment,
    with the approval form, the inspection report and the minutes. The deadline is local; this rule defaults to 30
    days after the appointment, a parameter.
remedy:
  zh: 向上级组织（人事）部门补报备案，在档案中记录备案日期（filing.date）和报送机关（filing.to）；今后在规定时限内备案。
  en: File the appointment with the higher organization department and record the date (filing.date) and where it went (filing.to); file within the deadline from now on.
basis:
  - regulation: 党政领导干部选拔任用工作条例
    year: 2014
    article: 第三十九条
    confidence: F
    quote: 按照干部管理权限需报上级备案的，报上级组织（人事）部门备案
  - regulation: 各地干部任免备案办法
    confidence: L
    quote: 备案时限由地方规定（如决定后一周内）
parameters:
  days:
    default: 30
    description: {zh: 任职后备案的期限（日）, en: Days after the appointment within which it is filed}
applies_to:
  kind: appointment
let:
  appointed: "steps.appointment.date"
  filed: "steps.filing.date"
checks:
  - name: present
    require: "exists($filed)"
    at: "steps.filing ?? steps ?? $"
    message:
      zh: "干部选拔档案 {$.id} 没有备案记录{if(exists(steps.filing), '日期', '')}（应在任职后 {$params.days} 日内备案）"
      en: "Dossier {$.id} has no filing{if(exists(steps.filing), ' date', '')} (due within {$params.days} days after the appointment)"
  - name: deadline
    require: "$filed <= add_days($appointed, $params.days)"
    at: "steps.filing.date"
    message:
      zh: "干部选拔档案 {$.id} 任职于 {$appointed}，{$filed} 才备案，超过 {$params.days} 日（应在 {add_days($appointed, $params.days)} 前）"
      en: "Dossier {$.id}: appointed {$appointed}, filed only {$filed}, more than {$params.days} days later (due by {add_days($appointed, $params.days)})"
  - name: after-appointment
    require: "$filed >= $appointed"
    at: "steps.filing.date"
    message:
      zh: "干部选拔档案 {$.id} 的备案日期（{$filed}）早于任职日期（{$appointed}）"
      en: "Dossier {$.id}: the filing ({$filed}) is dated before the appointment ({$appointed})"
examples:
  pass:
    - name: 完整档案，任职后第9天备案
      records: |
        kind: appointment
        id: a-01
        org: org-dz
        candidate: p06
        position: {from: 组联部副部长, to: 组联部部长, unit: 市文联}
        steps:
          motion:         {date: 2025-02-10, record: 动议纪实-01}
          recommendation: {date: 2025-02-20, record: 推荐纪实-01, participants: 23}
          inspection:     {date: 2025-03-01, record: 考察材料-01, team: [p04, p07]}
          decision:       {date: 2025-03-12, meeting: m-01}
          publicity:      {notice: n-01}
          appointment:    {date: 2025-03-25, record: 任职文件-01}
          filing:         {date: 2025-04-03, to: 市委组织部}
        four_musts:
          archive_review:     {date: 2025-03-02, result: 无异常}
          personal_matters:   {date: 2025-03-03, result: 如实报告}
          discipline_opinion: {date: 2025-03-05, result: 无意见}
          petition_check:     {date: 2025-03-06, result: 无}
        ---
        kind: meeting
        id: m-01
        org: org-dz
        type: 党组会议
        date: 2025-03-12
        host: p01
        recorder: p07
        record_book: 党组会议记录本（2025）
        present: [p01, p02, p03, p04, p05]
        agenda:
          - {title: 学习习近平总书记重要讲话精神, category: 第一议题, speech_date: 2025-02-27}
          - title: 研究王某某同志任职事项
            category: 人事
            matter: 重要人事任免
            dossier: a-01
            votes: {for: 5, against: 0, abstain: 0}
            result: 通过
        ---
        kind: notice
        id: n-01
        org: org-dz
        title: 市文联干部任前公示
        published: 2025-03-14
        period: {start: 2025-03-14, end: 2025-03-20}
        candidates:
          - {name: 王某某, gender: 女, birth: 1984-06, education: 大学, current: 组联部副部长, proposed: 组联部部长}
        contact: {phone: 024-52606479, address: 抚顺市顺城区滴翠路11号, email: fsswlbg@126.com}
        ---
        kind: organization
        id: org-dz
        name: 市文联党组
        type: 党组
        members: [p01, p02, p03, p04, p05]
        secretary: p01
        ---
        kind: person
        id: p06
        name: 王某某
        position: 组联部部长
        unit: 市文联
        supervisor: p03
        leader: true
        political_profile: 2024-11-02
        ---
        kind: person
        id: p01
        name: 孟某某
        unit: 市文联
        leader: true
        ---
        kind: person
        id: p02
        name: 李某某
        unit: 市文联
        leader: true
        supervisor: p01
        ---
        kind: person
        id: p03
        name: 张某某
        unit: 市文联
        leader: true
        supervisor: p01
        ---
        kind: person
        id: p04
        name: 刘某某
        unit: 市文联
        leader: true
        supervisor: p01
        ---
        kind: person
        id: p05
        name: 赵某某
        unit: 市文联
        leader: true
        supervisor: p01
        ---
        kind: person
        id: p07
        name: 陈某某
        unit: 市文联
        function: 人事
        supervisor: p04
  fail:
    - name: 任职后第31天才备案
      expect: [{line: 7, column: 23, message: 超过 30 日}]
      count: 1
      records: |
        kind: appointment
        id: a-02
        org: org-dz
        candidate: 王某某
        steps:
          appointment: {date: 2025-03-25, record: 任职文件-02}
          filing:      {date: 2025-04-25, to: 市委组织部}
          decision:    {date: 2025-03-12, meeting: m-02}
    - name: 当地规定7日内备案
      parameters: {days: 7}
      expect: [{message: 超过 7 日}]
      records: |
        kind: appointment
        id: a-03
        org: org-dz
        candidate: 王某某
        steps:
          decision:    {date: 2025-03-12, meeting: m-03}
          appointment: {date: 2025-03-25, record: 任职文件-03}
          filing:      {date: 2025-04-03, to: 市委组织部}
    - name: 没有备案
      expect: [{line: 6, column: 3, message: 没有备案记录}]
      count: 1
      records: |
        kind: appointment
        id: a-04
        org: org-dz
        candidate: 王某某
        steps:
          decision:    {date: 2025-03-12, meeting: m-04}
          appointment: {date: 2025-03-25, record: 任职文件-04}

"""#
    ),
    (
      "appointment/four-musts.yaml",
      #"""
id: appointment.four-musts
kind: record
severity: error
title:
  zh: 干部选拔“四必”须在讨论决定前完成
  en: The four musts are done before the appointment is decided
rationale:
  zh: >-
    防止干部“带病提拔”，讨论决定前必须做到“凡提四必”：干部档案凡提必审、个人有关事项报告凡提必核、
    纪检监察机关意见凡提必听、线索具体的信访举报凡提必查。任何一项缺失或晚于讨论决定，程序即不完整。
  en: >-
    To keep cadres with problems from being promoted, four checks must precede the decision: the personnel file
    is reviewed, the personal matters report is verified, the discipline inspection body's opinion is heard, and
    specific petitions are checked. One missing or dated after the decision leaves the procedure incomplete.
remedy:
  zh: 补齐缺少的审核、查核、意见或核查材料；晚于讨论决定的，应在完成“四必”后重新提交党组讨论。
  en: Produce the missing review, verification, opinion or check; where one came after the decision, bring the case back to the party group once all four are done.
basis:
  - regulation: 党政领导干部选拔任用工作条例
    year: 2019
    article: 第三十一条
    confidence: F2
    quote: 「组织（人事）部门必须严格审核考察对象的干部人事档案，查核个人有关事项报告，就党风廉政情况听取纪检监察机关意见，对反映问题线索具体、有可查性的信访举报进行核查」
applies_to:
  kind: appointment
let:
  decided: "steps.decision.date"
checks:
  - name: present
    for_each: "filter(['archive_review', 'personal_matters', 'discipline_opinion', 'petition_check'], not exists($.four_musts[it].date))"
    as: must
    require: "false"
    at: "$.four_musts[$must] ?? $.four_musts"
    message:
      zh: "干部选拔档案 {$.id} 缺少“四必”中的{if($must == 'archive_review', '干部档案审核（凡提必审）', if($must == 'personal_matters', '个人有关事项报告查核（凡提必核）', if($must == 'discipline_opinion', '纪检监察机关意见（凡提必听）', '信访举报核查（凡提必查）')))}"
      en: "Dossier {$.id} lacks one of the four musts: {if($must == 'archive_review', 'the personnel file review', if($must == 'personal_matters', 'the personal matters verification', if($must == 'discipline_opinion', 'the discipline inspection opinion', 'the petition check')))}"
  - name: before-decision
    for_each: "filter(['archive_review', 'personal_matters', 'discipline_opinion', 'petition_check'], $.four_musts[it].date > $decided)"
    as: must
    require: "false"
    at: "$.four_musts[$must].date"
    message:
      zh: "干部选拔档案 {$.id} 的{if($must == 'archive_review', '干部档案审核', if($must == 'personal_matters', '个人有关事项报告查核', if($must == 'discipline_opinion', '纪检监察机关意见', '信访举报核查')))}（{$.four_musts[$must].date}）晚于讨论决定（{$decided}）"
      en: "Dossier {$.id}: the {if($must == 'archive_review', 'personnel file review', if($must == 'personal_matters', 'personal matters verification', if($must == 'discipline_opinion', 'discipline inspection opinion', 'petition check')))} ({$.four_musts[$must].date}) comes after the decision ({$decided})"
examples:
  pass:
    - name: 四项均在讨论决定前（同日亦可）
      records: |
        kind: appointment
        id: a-01
        org: org-dz
        candidate: p06
        position: {from: 组联部副部长, to: 组联部部长, unit: 市文联}
        steps:
          motion:         {date: 2025-02-10, record: 动议纪实-01}
          recommendation: {date: 2025-02-20, record: 推荐纪实-01, participants: 23}
          inspection:     {date: 2025-03-01, record: 考察材料-01, team: [p04, p07]}
          decision:       {date: 2025-03-12, meeting: m-01}
          publicity:      {notice: n-01}
          appointment:    {date: 2025-03-25, record: 任职文件-01}
          filing:         {date: 2025-04-03, to: 市委组织部}
        four_musts:
          archive_review:     {date: 2025-03-02, result: 无异常}
          personal_matters:   {date: 2025-03-03, result: 如实报告}
          discipline_opinion: {date: 2025-03-05, result: 无意见}
          petition_check:     {date: 2025-03-12, result: 无}
        ---
        kind: meeting
        id: m-01
        org: org-dz
        type: 党组会议
        date: 2025-03-12
        host: p01
        recorder: p07
        record_book: 党组会议记录本（2025）
        present: [p01, p02, p03, p04, p05]
        agenda:
          - {title: 学习习近平总书记重要讲话精神, category: 第一议题, speech_date: 2025-02-27}
          - title: 研究王某某同志任职事项
            category: 人事
            matter: 重要人事任免
            dossier: a-01
            votes: {for: 5, against: 0, abstain: 0}
            result: 通过
        ---
        kind: notice
        id: n-01
        org: org-dz
        title: 市文联干部任前公示
        published: 2025-03-14
        period: {start: 2025-03-14, end: 2025-03-20}
        candidates:
          - {name: 王某某, gender: 女, birth: 1984-06, education: 大学, current: 组联部副部长, proposed: 组联部部长}
        contact: {phone: 024-52606479, address: 抚顺市顺城区滴翠路11号, email: fsswlbg@126.com}
        ---
        kind: organization
        id: org-dz
        name: 市文联党组
        type: 党组
        members: [p01, p02, p03, p04, p05]
        secretary: p01
        ---
        kind: person
        id: p06
        name: 王某某
        position: 组联部部长
        unit: 市文联
        supervisor: p03
        leader: true
        political_profile: 2024-11-02
        ---
        kind: person
        id: p01
        name: 孟某某
        unit: 市文联
        leader: true
        ---
        kind: person
        id: p02
        name: 李某某
        unit: 市文联
        leader: true
        supervisor: p01
        ---
        kind: person
        id: p03
        name: 张某某
        unit: 市文联
        leader: true
        supervisor: p01
        ---
        kind: person
        id: p04
        name: 刘某某
        unit: 市文联
        leader: true
        supervisor: p01
        ---
        kind: person
        id: p05
        name: 赵某某
        unit: 市文联
        leader: true
        supervisor: p01
        ---
        kind: person
        id: p07
        name: 陈某某
        unit: 市文联
        function: 人事
        supervisor: p04
  fail:
    - name: 纪检监察机关意见晚于讨论决定
      expect: [{line: 10, column: 30, message: 纪检监察机关意见}]
      count: 1
      records: |
        kind: appointment
        id: a-02
        org: org-dz
        candidate: 王某某
        steps:
          decision: {date: 2025-03-12}
        four_musts:
          archive_review:     {date: 2025-03-02, result: 无异常}
          personal_matters:   {date: 2025-03-03, result: 如实报告}
          discipline_opinion: {date: 2025-03-15, result: 无意见}
          petition_check:     {date: 2025-03-06, result: 无}
        ---
        kind: organization
        id: org-dz
        name: 市文联党组
        type: 党组
        members: [孟某某, 李某某, 张某某]
        secretary: 孟某某
    - name: 缺少信访举报核查
      expect: [{line: 8, message: 凡提必查}]
      records: |
        kind: appointment
        id: a-03
        org: org-dz
        candidate: 王某某
        steps:
          decision: {date: 2025-03-12}
        four_musts:
          archive_review:     {date: 2025-03-02, result: 无异常}
          personal_matters:   {date: 2025-03-03, result: 如实报告}
          discipline_opinion: {date: 2025-03-05, result: 无意见}
        ---
        kind: organization
        id: org-dz
        name: 市文联党组
        type: 党组
        members: [孟某某, 李某某, 张某某]
        secretary: 孟某某

"""#
    ),
    (
      "appointment/inspection-team.yaml",
      #"""
id: appointment.inspection-team
kind: record
severity: error
title:
  zh: 考察组由两名以上成员组成
  en: The inspection team has at least two members
rationale:
  zh: 考察组由两名以上成员组成，考察组负责人应当由思想政治素质好、熟悉干部工作的人员担任；一人考察无法相互监督，考察结论缺乏制约。
  en: An inspection team has two or more members, so that they check each other; a single inspector's conclusions go unchecked.
remedy:
  zh: 由两名以上符合条件的人员组成考察组重新考察，并在考察材料上由考察组成员签名；记录中写明考察组成员（team）。
  en: Inspect again with a team of two or more qualified members who sign the inspection report; list the team (team) in the dossier.
basis:
  - regulation: 党政领导干部选拔任用工作条例
    year: 2019
    article: 第三十三条
    confidence: F2
    quote: 「考察组由两名以上成员组成」
applies_to:
  kind: appointment
let:
  team: "distinct(map(steps.inspection.team, name(it)))"
when: "exists(steps.inspection)"
require: "count($team) >= 2"
at: "steps.inspection.team ?? steps.inspection"
message:
  zh: "干部选拔档案 {$.id} 的考察组{if(count($team) == 0, '未记录成员', '只有 ' + text(count($team)) + ' 名成员（' + join($team, '、') + '）')}，考察组应由两名以上成员组成"
  en: "Dossier {$.id}: the inspection team {if(count($team) == 0, 'lists no members', 'has only ' + text(count($team)) + ' member (' + join($team, ', ') + ')')}; it needs two or more"
examples:
  pass:
    - name: 两名考察组成员的完整档案
      records: |
        kind: appointment
        id: a-01
        org: org-dz
        candidate: p06
        position: {from: 组联部副部长, to: 组联部部长, unit: 市文联}
        steps:
          motion:         {date: 2025-02-10, record: 动议纪实-01}
          recommendation: {date: 2025-02-20, record: 推荐纪实-01, participants: 23}
          inspection:     {date: 2025-03-01, record: 考察材料-01, team: [p04, p07]}
          decision:       {date: 2025-03-12, meeting: m-01}
          publicity:      {notice: n-01}
          appointment:    {date: 2025-03-25, record: 任职文件-01}
          filing:         {date: 2025-04-03, to: 市委组织部}
        four_musts:
          archive_review:     {date: 2025-03-02, result: 无异常}
          personal_matters:   {date: 2025-03-03, result: 如实报告}
          discipline_opinion: {date: 2025-03-05, result: 无意见}
          petition_check:     {date: 2025-03-06, result: 无}
        ---
        kind: meeting
        id: m-01
        org: org-dz
        type: 党组会议
        date: 2025-03-12
        host: p01
        recorder: p07
        record_book: 党组会议记录本（2025）
        present: [p01, p02, p03, p04, p05]
        agenda:
          - {title: 学习习近平总书记重要讲话精神, category: 第一议题, speech_date: 2025-02-27}
          - title: 研究王某某同志任职事项
            category: 人事
            matter: 重要人事任免
            dossier: a-01
            votes: {for: 5, against: 0, abstain: 0}
            result: 通过
        ---
        kind: notice
        id: n-01
        org: org-dz
        title: 市文联干部任前公示
        published: 2025-03-14
        period: {start: 2025-03-14, end: 2025-03-20}
        candidates:
          - {name: 王某某, gender: 女, birth: 1984-06, education: 大学, current: 组联部副部长, proposed: 组联部部长}
        contact: {phone: 024-52606479, address: 抚顺市顺城区滴翠路11号, email: fsswlbg@126.com}
        ---
        kind: organization
        id: org-dz
        name: 市文联党组
        type: 党组
        members: [p01, p02, p03, p04, p05]
        secretary: p01
        ---
        kind: person
        id: p06
        name: 王某某
        position: 组联部部长
        unit: 市文联
        supervisor: p03
        leader: true
        political_profile: 2024-11-02
        ---
        kind: person
        id: p01
        name: 孟某某
        unit: 市文联
        leader: true
        ---
        kind: person
        id: p02
        name: 李某某
        unit: 市文联
        leader: true
        supervisor: p01
        ---
        kind: person
        id: p03
        name: 张某某
        unit: 市文联
        leader: true
        supervisor: p01
        ---
        kind: person
        id: p04
        name: 刘某某
        unit: 市文联
        leader: true
        supervisor: p01
        ---
        kind: person
        id: p05
        name: 赵某某
        unit: 市文联
        leader: true
        supervisor: p01
        ---
        kind: person
        id: p07
        name: 陈某某
        unit: 市文联
        function: 人事
        supervisor: p04
  fail:
    - name: 考察组只有一人
      expect: [{line: 8, column: 61, message: 只有 1 名成员（刘某某）}]
      count: 1
      records: |
        kind: appointment
        id: a-02
        org: org-dz
        candidate: 王某某
        steps:
          motion:         {date: 2025-02-10, record: 动议纪实-02}
          recommendation: {date: 2025-02-20, record: 推荐纪实-02}
          inspection:     {date: 2025-03-01, record: 考察材料-02, team: [刘某某]}
          decision:       {date: 2025-03-12, meeting: m-02}
    - name: 同一人重复列两次仍只算一人
      expect: [{message: 只有 1 名成员}]
      records: |
        kind: person
        id: p04
        name: 刘某某
        ---
        kind: appointment
        id: a-03
        org: org-dz
        candidate: 王某某
        steps:
          inspection: {date: 2025-03-01, record: 考察材料-03, team: [p04, 刘某某]}
          decision:   {date: 2025-03-12, meeting: m-03}
    - name: 未记录考察组成员
      expect: [{message: 未记录成员}]
      records: |
        kind: appointment
        id: a-04
        org: org-dz
        candidate: 王某某
        steps:
          inspection: {date: 2025-03-01, record: 考察材料-04}
          decision:   {date: 2025-03-12, meeting: m-04}

"""#
    ),
    (
      "appointment/political-profile.yaml",
      #"""
id: appointment.political-profile
kind: record
severity: warning
title:
  zh: 拟任人选在讨论决定前已建立政治素质档案
  en: The candidate has a political profile before the decision
rationale:
  zh: >-
    选拔任用干部把政治标准放在首位。各地探索建立干部政治素质档案，记录政治忠诚、政治定力、政治担当、政治能力、政治自律等方面的表现，
    作为考察和讨论决定的依据；拟任人选应在讨论决定前已建立政治素质档案。
  en: >-
    Political standards come first in selecting cadres. Local rules keep a political profile of each cadre
    (loyalty, steadiness, responsibility, ability, self-discipline), which the inspection and the decision rely on;
    the candidate's profile must exist before the decision.
remedy:
  zh: 为拟任人选建立政治素质档案并在人员记录中写明建档日期（political_profile）；讨论决定前应据此研判其政治素质。
  en: Set up the candidate's political profile and record its date (political_profile); assess it before the decision.
basis:
  - regulation: 党政领导干部选拔任用工作条例
    year: 2019
    article: 第三条
    confidence: F2
    quote: 坚持「政治标准放在首位」
  - regulation: 各地干部政治素质档案建设办法
    confidence: L
    quote: 「探索建立干部政治素质档案」
applies_to:
  kind: appointment
let:
  cand: "ref(candidate)"
  decided: "steps.decision.date"
checks:
  - name: present
    when: "$cand.kind == 'person'"
    require: "exists($cand.political_profile)"
    at: "candidate"
    message:
      zh: "干部选拔档案 {$.id} 的拟任人选 {name(candidate)} 没有建立政治素质档案（political_profile）"
      en: "Dossier {$.id}: the candidate {name(candidate)} has no political profile (political_profile)"
  - name: before-decision
    when: "$cand.kind == 'person'"
    require: "$cand.political_profile <= $decided"
    at: "candidate"
    message:
      zh: "干部选拔档案 {$.id} 的拟任人选 {name(candidate)} 的政治素质档案建于 {$cand.political_profile}，晚于讨论决定（{$decided}）"
      en: "Dossier {$.id}: the candidate {name(candidate)}'s political profile dates from {$cand.political_profile}, after the decision ({$decided})"
examples:
  pass:
    - name: 完整档案，政治素质档案建于讨论决定之前
      records: |
        kind: appointment
        id: a-01
        org: org-dz
        candidate: p06
        position: {from: 组联部副部长, to: 组联部部长, unit: 市文联}
        steps:
          motion:         {date: 2025-02-10, record: 动议纪实-01}
          recommendation: {date: 2025-02-20, record: 推荐纪实-01, participants: 23}
          inspection:     {date: 2025-03-01, record: 考察材料-01, team: [p04, p07]}
          decision:       {date: 2025-03-12, meeting: m-01}
          publicity:      {notice: n-01}
          appointment:    {date: 2025-03-25, record: 任职文件-01}
          filing:         {date: 2025-04-03, to: 市委组织部}
        four_musts:
          archive_review:     {date: 2025-03-02, result: 无异常}
          personal_matters:   {date: 2025-03-03, result: 如实报告}
          discipline_opinion: {date: 2025-03-05, result: 无意见}
          petition_check:     {date: 2025-03-06, result: 无}
        ---
        kind: meeting
        id: m-01
        org: org-dz
        type: 党组会议
        date: 2025-03-12
        host: p01
        recorder: p07
        record_book: 党组会议记录本（2025）
        present: [p01, p02, p03, p04, p05]
        agenda:
          - {title: 学习习近平总书记重要讲话精神, category: 第一议题, speech_date: 2025-02-27}
          - title: 研究王某某同志任职事项
            category: 人事
            matter: 重要人事任免
            dossier: a-01
            votes: {for: 5, against: 0, abstain: 0}
            result: 通过
        ---
        kind: notice
        id: n-01
        org: org-dz
        title: 市文联干部任前公示
        published: 2025-03-14
        period: {start: 2025-03-14, end: 2025-03-20}
        candidates:
          - {name: 王某某, gender: 女, birth: 1984-06, education: 大学, current: 组联部副部长, proposed: 组联部部长}
        contact: {phone: 024-52606479, address: 抚顺市顺城区滴翠路11号, email: fsswlbg@126.com}
        ---
        kind: organization
        id: org-dz
        name: 市文联党组
        type: 党组
        members: [p01, p02, p03, p04, p05]
        secretary: p01
        ---
        kind: person
        id: p06
        name: 王某某
        position: 组联部部长
        unit: 市文联
        supervisor: p03
        leader: true
        political_profile: 2024-11-02
        ---
        kind: person
        id: p01
        name: 孟某某
        unit: 市文联
        leader: true
        ---
        kind: person
        id: p02
        name: 李某某
        unit: 市文联
        leader: true
        supervisor: p01
        ---
        kind: person
        id: p03
        name: 张某某
        unit: 市文联
        leader: true
        supervisor: p01
        ---
        kind: person
        id: p04
        name: 刘某某
        unit: 市文联
        leader: true
        supervisor: p01
        ---
        kind: person
        id: p05
        name: 赵某某
        unit: 市文联
        leader: true
        supervisor: p01
        ---
        kind: person
        id: p07
        name: 陈某某
        unit: 市文联
        function: 人事
        supervisor: p04
  fail:
    - name: 没有政治素质档案
      expect: [{line: 4, column: 12, message: 没有建立政治素质档案}]
      count: 1
      records: |
        kind: appointment
        id: a-02
        org: org-dz
        candidate: p06
        steps:
          decision: {date: 2025-03-12, meeting: m-02}
        ---
        kind: person
        id: p06
        name: 王某某
    - name: 政治素质档案在讨论决定之后才建立
      expect: [{message: 晚于讨论决定（2025-03-12）}]
      count: 1
      records: |
        kind: appointment
        id: a-03
        org: org-dz
        candidate: 王某某
        steps:
          decision: {date: 2025-03-12, meeting: m-03}
        ---
        kind: person
        id: p06
        name: 王某某
        political_profile: 2025-03-20

"""#
    ),
    (
      "appointment/post-recusal.yaml",
      #"""
id: appointment.post-recusal
kind: record
severity: error
title:
  zh: 任职回避：亲属不得在同一机关形成直接上下级、同一领导或敏感岗位关系
  en: Post recusal between relatives in the same unit
rationale:
  zh: >-
    有夫妻关系、直系血亲关系、三代以内旁系血亲关系以及近姻亲关系的，不得在同一机关担任双方直接隶属于同一领导人员的职务或者有直接上下级领导关系的职务，
    也不得在其中一方担任领导职务的机关从事组织（人事）、纪检（监察）、审计、财务等工作。亲属关系常要经过推导才能发现（如配偶的兄弟姐妹）。
    人员记录反映任职后的岗位；同一单位内其他领导分管下的亲属不构成任职回避。
  en: >-
    Relatives (spouses, lineal relatives, collateral relatives within three generations and close in-laws, often
    found only by derivation) may not, in the same unit, both report directly to the same leader, be each other's
    direct superior, or work in personnel, discipline inspection, audit or finance where the other holds a
    leadership post. The person records show the posts after the appointment; a relative elsewhere in the unit
    under another leader is no conflict.
remedy:
  zh: 调整其中一方的职务或分管关系，使双方不再直接隶属于同一领导、不再有直接上下级关系，或不再在对方任领导职务的机关从事人事、纪检、审计、财务工作；必要时暂缓任职。
  en: Change one of the posts or the reporting lines so that the two no longer report to the same leader, no longer supervise each other, and no longer work in personnel, discipline, audit or finance under the other's leadership; hold the appointment back if needed.
basis:
  - regulation: 党政领导干部任职回避暂行规定
    year: 2006
    article: 第三条
    confidence: F
    quote: 「不得在同一机关担任双方直接隶属于同一领导人员的职务或者有直接上下级领导关系的职务，也不得在其中一方担任领导职务的机关从事组织（人事）、纪检（监察）、审计、财务等工作」
  - regulation: 公务员回避规定
    year: 2020
    article: 第五条
    confidence: F
    quote: 「夫妻关系、直系血亲关系、三代以内旁系血亲关系以及近姻亲关系」
applies_to:
  kind: appointment
let:
  cand: "ref(candidate)"
  unit: "$cand.unit ?? position.unit"
  sensitive: "['人事', '纪检', '审计', '财务']"
checks:
  - name: post
    for_each: >-
      filter(relatives($.candidate),
        ref(it).unit == $unit and
        (ref(ref(it).supervisor) == $cand or ref($cand.supervisor) == ref(it)
         or ref(ref(it).supervisor) == ref($cand.supervisor)
         or (ref(it).leader == true and $cand.function in $sensitive)
         or ($cand.leader == true and ref(it).function in $sensitive)))
    as: rel
    require: "false"
    at: "$.candidate"
    message:
      zh: >-
        {name($.candidate)}与其{relation($.candidate, $rel)} {name($rel)} 同在{$unit}，{if(ref(ref($rel).supervisor) == $cand, name($rel) + ' 直接隶属于' + name($.candidate), null)
        ?? if(ref($cand.supervisor) == ref($rel), name($.candidate) + ' 直接隶属于' + name($rel), null)
        ?? if(ref(ref($rel).supervisor) == ref($cand.supervisor), '双方直接隶属于同一领导 ' + name($cand.supervisor), null)
        ?? if(ref($rel).leader == true and $cand.function in $sensitive, name($rel) + ' 担任领导职务而' + name($.candidate) + ' 从事' + $cand.function + '工作', null)
        ?? name($.candidate) + ' 担任领导职务而' + name($rel) + ' 从事' + ref($rel).function + '工作'}，应当任职回避
      en: >-
        {name($.candidate)} and {name($rel)}, the candidate's {relation_en($.candidate, $rel)}, both work in {$unit}: {if(ref(ref($rel).supervisor) == $cand, name($rel) + ' reports directly to ' + name($.candidate), null)
        ?? if(ref($cand.supervisor) == ref($rel), name($.candidate) + ' reports directly to ' + name($rel), null)
        ?? if(ref(ref($rel).supervisor) == ref($cand.supervisor), 'both report directly to ' + name($cand.supervisor), null)
        ?? if(ref($rel).leader == true and $cand.function in $sensitive, name($rel) + ' holds a leadership post while ' + name($.candidate) + ' works in ' + $cand.function, null)
        ?? name($.candidate) + ' holds a leadership post while ' + name($rel) + ' works in ' + ref($rel).function}; one of them must change post
examples:
  pass:
    - name: 完整档案；配偶的兄弟姐妹在同一单位但由另一位领导分管，不构成任职回避
      records: |
        kind: appointment
        id: a-01
        org: org-dz
        candidate: p06
        position: {from: 组联部副部长, to: 组联部部长, unit: 市文联}
        steps:
          motion:         {date: 2025-02-10, record: 动议纪实-01}
          recommendation: {date: 2025-02-20, record: 推荐纪实-01, participants: 23}
          inspection:     {date: 2025-03-01, record: 考察材料-01, team: [p04, p07]}
          decision:       {date: 2025-03-12, meeting: m-01}
          publicity:      {notice: n-01}
          appointment:    {date: 2025-03-25, record: 任职文件-01}
          filing:         {date: 2025-04-03, to: 市委组织部}
        four_musts:
          archive_review:     {date: 2025-03-02, result: 无异常}
          personal_matters:   {date: 2025-03-03, result: 如实报告}
          discipline_opinion: {date: 2025-03-05, result: 无意见}
          petition_check:     {date: 2025-03-06, result: 无}
        ---
        kind: meeting
        id: m-01
        org: org-dz
        type: 党组会议
        date: 2025-03-12
        host: p01
        recorder: p07
        record_book: 党组会议记录本（2025）
        present: [p01, p02, p03, p04, p05]
        agenda:
          - {title: 学习习近平总书记重要讲话精神, category: 第一议题, speech_date: 2025-02-27}
          - title: 研究王某某同志任职事项
            category: 人事
            matter: 重要人事任免
            dossier: a-01
            votes: {for: 5, against: 0, abstain: 0}
            result: 通过
        ---
        kind: notice
        id: n-01
        org: org-dz
        title: 市文联干部任前公示
        published: 2025-03-14
        period: {start: 2025-03-14, end: 2025-03-20}
        candidates:
          - {name: 王某某, gender: 女, birth: 1984-06, education: 大学, current: 组联部副部长, proposed: 组联部部长}
        contact: {phone: 024-52606479, address: 抚顺市顺城区滴翠路11号, email: fsswlbg@126.com}
        ---
        kind: organization
        id: org-dz
        name: 市文联党组
        type: 党组
        members: [p01, p02, p03, p04, p05]
        secretary: p01
        ---
        kind: person
        id: p06
        name: 王某某
        position: 组联部部长
        unit: 市文联
        supervisor: p03
        leader: true
        political_profile: 2024-11-02
        relations: [{type: 配偶, person: p20}]
        ---
        kind: person
        id: p01
        name: 孟某某
        unit: 市文联
        leader: true
        ---
        kind: person
        id: p02
        name: 李某某
        unit: 市文联
        leader: true
        supervisor: p01
        ---
        kind: person
        id: p03
        name: 张某某
        unit: 市文联
        leader: true
        supervisor: p01
        ---
        kind: person
        id: p04
        name: 刘某某
        unit: 市文联
        leader: true
        supervisor: p01
        ---
        kind: person
        id: p05
        name: 赵某某
        unit: 市文联
        leader: true
        supervisor: p01
        ---
        kind: person
        id: p07
        name: 陈某某
        unit: 市文联
        function: 人事
        supervisor: p04
        ---
        kind: person
        id: p20
        name: 赵某红
        unit: 市图书馆
        relations: [{type: 兄弟姐妹, person: p21}]
        ---
        kind: person
        id: p21
        name: 赵某明
        unit: 市文联
        position: 办公室科员
        supervisor: p02
  fail:
    - name: 配偶的兄弟姐妹是其直接下级（关系需推导）
      expect: [{line: 4, column: 12, message: 配偶的兄弟姐妹 赵某明}]
      count: 1
      records: |
        kind: appointment
        id: a-02
        org: org-dz
        candidate: p06
        position: {from: 组联部副部长, to: 组联部部长, unit: 市文联}
        steps:
          decision: {date: 2025-03-12, meeting: m-02}
        ---
        kind: person
        id: p06
        name: 王某某
        unit: 市文联
        leader: true
        supervisor: p03
        relations: [{type: 配偶, person: p20}]
        ---
        kind: person
        id: p20
        name: 赵某红
        unit: 市图书馆
        relations: [{type: 兄弟姐妹, person: p21}]
        ---
        kind: person
        id: p21
        name: 赵某明
        unit: 市文联
        position: 组联部干事
        supervisor: p06
        ---
        kind: person
        id: p03
        name: 张某某
        unit: 市文联
        leader: true
    - name: 与父亲直接隶属于同一领导
      expect: [{message: 双方直接隶属于同一领导 张某某}]
      count: 1
      records: |
        kind: appointment
        id: a-03
        org: org-dz
        candidate: p06
        steps:
          decision: {date: 2025-03-12, meeting: m-03}
        ---
        kind: person
        id: p06
        name: 王某某
        unit: 市文联
        supervisor: p03
        relations: [{type: 父母, person: p22}]
        ---
        kind: person
        id: p22
        name: 王某
        unit: 市文联
        supervisor: p03
        ---
        kind: person
        id: p03
        name: 张某某
        unit: 市文联
        leader: true
    - name: 本人任领导职务，堂兄弟在本单位从事财务工作
      expect: [{message: 王某某 担任领导职务而王某刚 从事财务工作}]
      count: 1
      records: |
        kind: appointment
        id: a-04
        org: org-dz
        candidate: p06
        steps:
          decision: {date: 2025-03-12, meeting: m-04}
        ---
        kind: person
        id: p06
        name: 王某某
        unit: 市文联
        leader: true
        supervisor: p03
        relations: [{type: 父母, person: p22}]
        ---
        kind: person
        id: p22
        name: 王某
        unit: 市退休
        relations: [{type: 兄弟姐妹, person: p23}]
        ---
        kind: person
        id: p23
        name: 王某林
        relations: [{type: 子女, person: p24}]
        ---
        kind: person
        id: p24
        name: 王某刚
        unit: 市文联
        function: 财务
        supervisor: p02
        ---
        kind: person
        id: p03
        name: 张某某
        ---
        kind: person
        id: p02
        name: 李某某
    - name: 配偶是其直接上级
      expect: [{message: 王某某 直接隶属于赵某红}]
      count: 1
      records: |
        kind: appointment
        id: a-05
        org: org-dz
        candidate: p06
        steps:
          decision: {date: 2025-03-12, meeting: m-05}
        ---
        kind: person
        id: p06
        name: 王某某
        unit: 市文联
        supervisor: p20
        relations: [{type: 配偶, person: p20}]
        ---
        kind: person
        id: p20
        name: 赵某红
        unit: 市文联
        leader: true

"""#
    ),
    (
      "appointment/procedure.yaml",
      #"""
id: appointment.procedure
kind: record
severity: error
title:
  zh: 干部选拔任用程序步骤齐全且先后有序
  en: The selection procedure has every step, in order
rationale:
  zh: >-
    干部选拔任用须依次经过动议、民主推荐、考察、讨论决定、任前公示、任职等程序，不得省略、不得颠倒。
    任前公示在党委（党组）讨论决定后、下发任职通知前进行：公示应在讨论决定之后开始，任职应在公示期满之后。
    同一天完成相邻两个步骤是允许的，但公示不能在讨论决定当天开始，任职不能在公示最后一天。
  en: >-
    A cadre is selected through the motion, the democratic recommendation, the inspection, the party group's
    decision, the pre-appointment notice and the appointment, none skipped and none out of order. The notice comes
    after the decision and before the appointment is issued: it starts after the day of the decision, and the
    appointment is dated after its last day. Two neighbouring steps on the same day are otherwise allowed.
remedy:
  zh: 补齐缺少步骤的纪实材料并注明日期；顺序颠倒的，核实日期是否记错，确属程序倒置的应重新履行后续程序。
  en: Add the missing step with its date; where the order is wrong, check whether a date was mistyped, and if the procedure really ran backwards, repeat the later steps.
basis:
  - regulation: 党政领导干部选拔任用工作条例
    year: 2019
    article: 第三章至第七章（分析研判和动议、民主推荐、考察、讨论决定、任职）
    confidence: F
    quote: 「分析研判和动议；民主推荐；考察；讨论决定；任职」
  - regulation: 党政领导干部选拔任用工作条例
    year: 2019
    article: 第四十二条
    confidence: F2
    quote: 「在党委（党组）讨论决定后、下发任职通知前」进行任前公示
applies_to:
  kind: appointment
let:
  notice: "ref(steps.publicity.notice)"
  # [rank, step, 中文, English, first day, last day]; the notice's period stands for the publicity step
  seq: >-
    [[1, 'motion', '动议酝酿', 'motion', steps.motion.date, steps.motion.date],
     [2, 'recommendation', '民主推荐', 'democratic recommendation', steps.recommendation.date, steps.recommendation.date],
     [3, 'inspection', '考察', 'inspection', steps.inspection.date, steps.inspection.date],
     [4, 'decision', '讨论决定', 'decision', steps.decision.date, steps.decision.date],
     [5, 'publicity', '任前公示', 'pre-appointment notice', $notice.period.start, $notice.period.end],
     [6, 'appointment', '任职', 'appointment', steps.appointment.date, steps.appointment.date]]
  dated: "filter($seq, exists(it[4]) and exists(it[5]))"
  # each dated step with the nearest dated step before it; true where the later must be strictly after
  pairs: >-
    [[last($dated, it[0] < 2), first($dated, it[0] == 2), false],
     [last($dated, it[0] < 3), first($dated, it[0] == 3), false],
     [last($dated, it[0] < 4), first($dated, it[0] == 4), false],
     [last($dated, it[0] < 5), first($dated, it[0] == 5), last($dated, it[0] < 5)[1] == 'decision'],
     [last($dated, it[0] < 6), first($dated, it[0] == 6), last($dated, it[0] < 6)[1] == 'publicity']]
checks:
  - name: missing
    for_each: "map(filter($seq, not exists($.steps[it[1]])), it[1])"
    as: step
    require: "false"
    at: "$.steps ?? $"
    message:
      zh: "干部选拔档案 {$.id} 缺少“{first($seq, it[1] == $step)[2]}”步骤"
      en: "Dossier {$.id} lacks the {first($seq, it[1] == $step)[3]} step"
  - name: undated
    for_each: "map(filter($seq, it[1] != 'publicity' and exists($.steps[it[1]]) and not exists(it[4])), it[1])"
    as: step
    require: "false"
    at: "$.steps[$step]"
    message:
      zh: "干部选拔档案 {$.id} 的“{first($seq, it[1] == $step)[2]}”步骤未注明日期"
      en: "Dossier {$.id}: the {first($seq, it[1] == $step)[3]} step has no date"
  - name: order
    for_each: "filter($pairs, exists(it[0]) and exists(it[1]))"
    as: pair
    require: "if($pair[2], $pair[0][5] < $pair[1][4], $pair[0][5] <= $pair[1][4])"
    at: "if($pair[1][1] == 'publicity', $.steps.publicity.notice ?? $.steps.publicity, $.steps[$pair[1][1]].date)"
    message:
      zh: "干部选拔档案 {$.id} 的{$pair[1][2]}{if($pair[1][1] == 'publicity', '开始日期', '')}（{$pair[1][4]}）{if($pair[2], '未晚于', '早于')}{$pair[0][2]}{if($pair[0][1] == 'publicity', '结束日期', '')}（{$pair[0][5]}）{if($pair[2], if($pair[1][1] == 'publicity', '：任前公示应在讨论决定之后开始', '：任职应在公示期满之后'), '：步骤先后颠倒')}"
      en: "Dossier {$.id}: the {$pair[1][3]}{if($pair[1][1] == 'publicity', ' starts', ' is dated')} {$pair[1][4]}, {if($pair[2], 'not after', 'before')} the {$pair[0][3]}{if($pair[0][1] == 'publicity', ' ends', '')} ({$pair[0][5]}){if($pair[2], if($pair[1][1] == 'publicity', ': the notice must start after the day of the decision', ': the appointment must come after the notice period'), ': the steps are out of order')}"
examples:
  pass:
    - name: 完整的干部选拔档案，各步骤依次进行
      records: |
        kind: appointment
        id: a-01
        org: org-dz
        candidate: p06
        position: {from: 组联部副部长, to: 组联部部长, unit: 市文联}
        steps:
          motion:         {date: 2025-02-10, record: 动议纪实-01}
          recommendation: {date: 2025-02-20, record: 推荐纪实-01, participants: 23}
          inspection:     {date: 2025-03-01, record: 考察材料-01, team: [p04, p07]}
          decision:       {date: 2025-03-12, meeting: m-01}
          publicity:      {notice: n-01}
          appointment:    {date: 2025-03-25, record: 任职文件-01}
          filing:         {date: 2025-04-03, to: 市委组织部}
        four_musts:
          archive_review:     {date: 2025-03-02, result: 无异常}
          personal_matters:   {date: 2025-03-03, result: 如实报告}
          discipline_opinion: {date: 2025-03-05, result: 无意见}
          petition_check:     {date: 2025-03-06, result: 无}
        ---
        kind: meeting
        id: m-01
        org: org-dz
        type: 党组会议
        date: 2025-03-12
        host: p01
        recorder: p07
        record_book: 党组会议记录本（2025）
        present: [p01, p02, p03, p04, p05]
        agenda:
          - {title: 学习习近平总书记重要讲话精神, category: 第一议题, speech_date: 2025-02-27}
          - title: 研究王某某同志任职事项
            category: 人事
            matter: 重要人事任免
            dossier: a-01
            votes: {for: 5, against: 0, abstain: 0}
            result: 通过
        ---
        kind: notice
        id: n-01
        org: org-dz
        title: 市文联干部任前公示
        published: 2025-03-14
        period: {start: 2025-03-14, end: 2025-03-20}
        candidates:
          - {name: 王某某, gender: 女, birth: 1984-06, education: 大学, current: 组联部副部长, proposed: 组联部部长}
        contact: {phone: 024-52606479, address: 抚顺市顺城区滴翠路11号, email: fsswlbg@126.com}
        ---
        kind: organization
        id: org-dz
        name: 市文联党组
        type: 党组
        members: [p01, p02, p03, p04, p05]
        secretary: p01
        ---
        kind: person
        id: p06
        name: 王某某
        position: 组联部部长
        unit: 市文联
        supervisor: p03
        leader: true
        political_profile: 2024-11-02
        ---
        kind: person
        id: p01
        name: 孟某某
        unit: 市文联
        leader: true
        ---
        kind: person
        id: p02
        name: 李某某
        unit: 市文联
        leader: true
        supervisor: p01
        ---
        kind: person
        id: p03
        name: 张某某
        unit: 市文联
        leader: true
        supervisor: p01
        ---
        kind: person
        id: p04
        name: 刘某某
        unit: 市文联
        leader: true
        supervisor: p01
        ---
        kind: person
        id: p05
        name: 赵某某
        unit: 市文联
        leader: true
        supervisor: p01
        ---
        kind: person
        id: p07
        name: 陈某某
        unit: 市文联
        function: 人事
        supervisor: p04
  fail:
    - name: 公示在讨论决定当天开始，任职在公示最后一天
      expect:
        - {line: 10, column: 28, message: 任前公示开始日期（2025-03-12）未晚于讨论决定（2025-03-12）}
        - {line: 11, column: 26, message: 任职（2025-03-18）未晚于任前公示结束日期（2025-03-18）}
      count: 2
      records: |
        kind: appointment
        id: a-02
        org: org-dz
        candidate: 王某某
        steps:
          motion:         {date: 2025-02-10, record: 动议纪实-02}
          recommendation: {date: 2025-02-20, record: 推荐纪实-02}
          inspection:     {date: 2025-03-01, record: 考察材料-02, team: [刘某某, 陈某某]}
          decision:       {date: 2025-03-12, meeting: m-02}
          publicity:      {notice: n-02}
          appointment:    {date: 2025-03-18, record: 任职文件-02}
        ---
        kind: notice
        id: n-02
        org: org-dz
        title: 市文联干部任前公示
        published: 2025-03-12
        period: {start: 2025-03-12, end: 2025-03-18}
    - name: 缺少民主推荐，考察早于动议
      expect:
        - {line: 6, column: 3, message: 缺少“民主推荐”步骤}
        - {line: 7, column: 26, message: 考察（2025-02-05）早于动议酝酿（2025-02-10）}
      count: 2
      records: |
        kind: appointment
        id: a-03
        org: org-dz
        candidate: 王某某
        steps:
          motion:         {date: 2025-02-10, record: 动议纪实-03}
          inspection:     {date: 2025-02-05, record: 考察材料-03, team: [刘某某, 陈某某]}
          decision:       {date: 2025-03-12, meeting: m-03}
          publicity:      {notice: n-03}
          appointment:    {date: 2025-03-25, record: 任职文件-03}
        ---
        kind: notice
        id: n-03
        org: org-dz
        title: 市文联干部任前公示
        published: 2025-03-14
        period: {start: 2025-03-14, end: 2025-03-20}
    - name: 没有任前公示，任职未注明日期
      expect:
        - {message: 缺少“任前公示”步骤}
        - {line: 10, column: 19, message: “任职”步骤未注明日期}
      count: 2
      records: |
        kind: appointment
        id: a-04
        org: org-dz
        candidate: 王某某
        steps:
          motion:         {date: 2025-02-10, record: 动议纪实-04}
          recommendation: {date: 2025-02-20, record: 推荐纪实-04}
          inspection:     {date: 2025-03-01, record: 考察材料-04, team: [刘某某, 陈某某]}
          decision:       {date: 2025-03-12, meeting: m-04}
          appointment:    {record: 任职文件-04}

"""#
    ),
    (
      "appointment/publicity-period.yaml",
      #"""
id: appointment.publicity-period
kind: record
severity: error
title:
  zh: 干部选拔档案的任前公示期不少于5个工作日
  en: The dossier's pre-appointment notice runs at least five working days
rationale:
  zh: >-
    对拟提拔任职的干部，在党委（党组）讨论决定后、下发任职通知前进行任前公示，公示期不少于5个工作日。
    工作日按国务院办公厅公布的节假日安排计算：法定节假日不算，调休上班的周六、周日算。本规则按档案所引的公示核算。
  en: >-
    Before the appointment is issued, the candidate is publicly announced for at least five working days,
    counted with the State Council's holiday schedule: statutory holidays do not count, make-up working Saturdays
    and Sundays do. This rule counts the notice the dossier names.
remedy:
  zh: 重新公示或延长公示期，使其包含至少5个工作日（节假日前后尤其要核算），公示期满后再下发任职通知。
  en: Publish again or extend the notice to cover at least five working days (count carefully around holidays), and issue the appointment only after it ends.
basis:
  - regulation: 党政领导干部选拔任用工作条例
    year: 2019
    article: 第四十二条
    confidence: F2
    quote: 「公示期不少于五个工作日」
parameters:
  min_working_days:
    default: 5
    description: {zh: 公示期最少工作日数, en: Minimum working days of the notice period}
  count_from_next_day:
    default: false
    description: {zh: 从发布次日起算（默认起止日均计入）, en: Count from the day after the start (default counts both ends)}
applies_to:
  kind: appointment
let:
  notice: "ref(steps.publicity.notice)"
  start: "$notice.period.start"
  end: "$notice.period.end"
  first: "if($params.count_from_next_day, add_days($start, 1), $start)"
when: "$end >= $start"
require: "workdays($first, $end) >= $params.min_working_days"
at: "steps.publicity.notice"
message:
  zh: "干部选拔档案 {$.id} 的任前公示 {$notice.id}（{$start} 至 {$end}）只有 {workdays($first, $end)} 个工作日（{workday_list($first, $end)}），不足 {$params.min_working_days} 个工作日{if(count(uncovered_years($first, $end)) > 0, '（' + text(uncovered_years($first, $end)) + '年无节假日安排，按周一至周五计算）', '')}"
  en: "Dossier {$.id}: the notice {$notice.id} runs {$start} to {$end}, {workdays($first, $end)} working days ({workday_list($first, $end)}), fewer than {$params.min_working_days}{if(count(uncovered_years($first, $end)) > 0, ' (no holiday calendar for ' + text(uncovered_years($first, $end)) + ': counted Monday to Friday)', '')}"
examples:
  pass:
    - name: 完整档案，公示 2025-03-14（周五）至 03-20（周四）共5个工作日
      records: |
        kind: appointment
        id: a-01
        org: org-dz
        candidate: p06
        position: {from: 组联部副部长, to: 组联部部长, unit: 市文联}
        steps:
          motion:         {date: 2025-02-10, record: 动议纪实-01}
          recommendation: {date: 2025-02-20, record: 推荐纪实-01, participants: 23}
          inspection:     {date: 2025-03-01, record: 考察材料-01, team: [p04, p07]}
          decision:       {date: 2025-03-12, meeting: m-01}
          publicity:      {notice: n-01}
          appointment:    {date: 2025-03-25, record: 任职文件-01}
          filing:         {date: 2025-04-03, to: 市委组织部}
        four_musts:
          archive_review:     {date: 2025-03-02, result: 无异常}
          personal_matters:   {date: 2025-03-03, result: 如实报告}
          discipline_opinion: {date: 2025-03-05, result: 无意见}
          petition_check:     {date: 2025-03-06, result: 无}
        ---
        kind: meeting
        id: m-01
        org: org-dz
        type: 党组会议
        date: 2025-03-12
        host: p01
        recorder: p07
        record_book: 党组会议记录本（2025）
        present: [p01, p02, p03, p04, p05]
        agenda:
          - {title: 学习习近平总书记重要讲话精神, category: 第一议题, speech_date: 2025-02-27}
          - title: 研究王某某同志任职事项
            category: 人事
            matter: 重要人事任免
            dossier: a-01
            votes: {for: 5, against: 0, abstain: 0}
            result: 通过
        ---
        kind: notice
        id: n-01
        org: org-dz
        title: 市文联干部任前公示
        published: 2025-03-14
        period: {start: 2025-03-14, end: 2025-03-20}
        candidates:
          - {name: 王某某, gender: 女, birth: 1984-06, education: 大学, current: 组联部副部长, proposed: 组联部部长}
        contact: {phone: 024-52606479, address: 抚顺市顺城区滴翠路11号, email: fsswlbg@126.com}
        ---
        kind: organization
        id: org-dz
        name: 市文联党组
        type: 党组
        members: [p01, p02, p03, p04, p05]
        secretary: p01
        ---
        kind: person
        id: p06
        name: 王某某
        position: 组联部部长
        unit: 市文联
        supervisor: p03
        leader: true
        political_profile: 2024-11-02
        ---
        kind: person
        id: p01
        name: 孟某某
        unit: 市文联
        leader: true
        ---
        kind: person
        id: p02
        name: 李某某
        unit: 市文联
        leader: true
        supervisor: p01
        ---
        kind: person
        id: p03
        name: 张某某
        unit: 市文联
        leader: true
        supervisor: p01
        ---
        kind: person
        id: p04
        name: 刘某某
        unit: 市文联
        leader: true
        supervisor: p01
        ---
        kind: person
        id: p05
        name: 赵某某
        unit: 市文联
        leader: true
        supervisor: p01
        ---
        kind: person
        id: p07
        name: 陈某某
        unit: 市文联
        function: 人事
        supervisor: p04
    - name: 靠调休上班的周六（2025-02-08）才满5个工作日（2025-02-05 至 02-10）
      records: |
        kind: appointment
        id: a-01
        org: org-dz
        candidate: p06
        position: {from: 组联部副部长, to: 组联部部长, unit: 市文联}
        steps:
          motion:         {date: 2024-12-10, record: 动议纪实-01}
          recommendation: {date: 2024-12-20, record: 推荐纪实-01, participants: 23}
          inspection:     {date: 2025-01-06, record: 考察材料-01, team: [p04, p07]}
          decision:       {date: 2025-01-27, meeting: m-01}
          publicity:      {notice: n-01}
          appointment:    {date: 2025-02-11, record: 任职文件-01}
          filing:         {date: 2025-02-20, to: 市委组织部}
        four_musts:
          archive_review:     {date: 2025-01-08, result: 无异常}
          personal_matters:   {date: 2025-01-09, result: 如实报告}
          discipline_opinion: {date: 2025-01-10, result: 无意见}
          petition_check:     {date: 2025-01-13, result: 无}
        ---
        kind: meeting
        id: m-01
        org: org-dz
        type: 党组会议
        date: 2025-01-27
        host: p01
        recorder: p07
        record_book: 党组会议记录本（2025）
        present: [p01, p02, p03, p04, p05]
        agenda:
          - {title: 学习习近平总书记重要讲话精神, category: 第一议题, speech_date: 2025-01-06}
          - title: 研究王某某同志任职事项
            category: 人事
            matter: 重要人事任免
            dossier: a-01
            votes: {for: 5, against: 0, abstain: 0}
            result: 通过
        ---
        kind: notice
        id: n-01
        org: org-dz
        title: 市文联干部任前公示
        published: 2025-02-05
        period: {start: 2025-02-05, end: 2025-02-10}
        candidates:
          - {name: 王某某, gender: 女, birth: 1984-06, education: 大学, current: 组联部副部长, proposed: 组联部部长}
        contact: {phone: 024-52606479, address: 抚顺市顺城区滴翠路11号, email: fsswlbg@126.com}
        ---
        kind: organization
        id: org-dz
        name: 市文联党组
        type: 党组
        members: [p01, p02, p03, p04, p05]
        secretary: p01
        ---
        kind: person
        id: p06
        name: 王某某
        position: 组联部部长
        unit: 市文联
        supervisor: p03
        leader: true
        political_profile: 2024-11-02
        ---
        kind: person
        id: p01
        name: 孟某某
        unit: 市文联
        leader: true
        ---
        kind: person
        id: p02
        name: 李某某
        unit: 市文联
        leader: true
        supervisor: p01
        ---
        kind: person
        id: p03
        name: 张某某
        unit: 市文联
        leader: true
        supervisor: p01
        ---
        kind: person
        id: p04
        name: 刘某某
        unit: 市文联
        leader: true
        supervisor: p01
        ---
        kind: person
        id: p05
        name: 赵某某
        unit: 市文联
        leader: true
        supervisor: p01
        ---
        kind: person
        id: p07
        name: 陈某某
        unit: 市文联
        function: 人事
        supervisor: p04
    - name: 跨国庆假期，靠调休上班的周六（2025-10-11）才满5个工作日（2025-09-29 至 10-11）
      records: |
        kind: appointment
        id: a-01
        org: org-dz
        candidate: p06
        position: {from: 组联部副部长, to: 组联部部长, unit: 市文联}
        steps:
          motion:         {date: 2025-08-04, record: 动议纪实-01}
          recommendation: {date: 2025-08-12, record: 推荐纪实-01, participants: 23}
          inspection:     {date: 2025-08-25, record: 考察材料-01, team: [p04, p07]}
          decision:       {date: 2025-09-26, meeting: m-01}
          publicity:      {notice: n-01}
          appointment:    {date: 2025-10-13, record: 任职文件-01}
          filing:         {date: 2025-10-20, to: 市委组织部}
        four_musts:
          archive_review:     {date: 2025-08-27, result: 无异常}
          personal_matters:   {date: 2025-08-28, result: 如实报告}
          discipline_opinion: {date: 2025-09-01, result: 无意见}
          petition_check:     {date: 2025-09-03, result: 无}
        ---
        kind: meeting
        id: m-01
        org: org-dz
        type: 党组会议
        date: 2025-09-26
        host: p01
        recorder: p07
        record_book: 党组会议记录本（2025）
        present: [p01, p02, p03, p04, p05]
        agenda:
          - {title: 学习习近平总书记重要讲话精神, category: 第一议题, speech_date: 2025-09-12}
          - title: 研究王某某同志任职事项
            category: 人事
            matter: 重要人事任免
            dossier: a-01
            votes: {for: 5, against: 0, abstain: 0}
            result: 通过
        ---
        kind: notice
        id: n-01
        org: org-dz
        title: 市文联干部任前公示
        published: 2025-09-29
        period: {start: 2025-09-29, end: 2025-10-11}
        candidates:
          - {name: 王某某, gender: 女, birth: 1984-06, education: 大学, current: 组联部副部长, proposed: 组联部部长}
        contact: {phone: 024-52606479, address: 抚顺市顺城区滴翠路11号, email: fsswlbg@126.com}
        ---
        kind: organization
        id: org-dz
        name: 市文联党组
        type: 党组
        members: [p01, p02, p03, p04, p05]
        secretary: p01
        ---
        kind: person
        id: p06
        name: 王某某
        position: 组联部部长
        unit: 市文联
        supervisor: p03
        leader: true
        political_profile: 2024-11-02
        ---
        kind: person
        id: p01
        name: 孟某某
        unit: 市文联
        leader: true
        ---
        kind: person
        id: p02
        name: 李某某
        unit: 市文联
        leader: true
        supervisor: p01
        ---
        kind: person
        id: p03
        name: 张某某
        unit: 市文联
        leader: true
        supervisor: p01
        ---
        kind: person
        id: p04
        name: 刘某某
        unit: 市文联
        leader: true
        supervisor: p01
        ---
        kind: person
        id: p05
        name: 赵某某
        unit: 市文联
        leader: true
        supervisor: p01
        ---
        kind: person
        id: p07
        name: 陈某某
        unit: 市文联
        function: 人事
        supervisor: p04
  fail:
    - name: 跨国庆假期（10-01 至 10-08 放假）只有4个工作日（2025-09-29 至 10-10）
      expect: [{line: 11, column: 28, message: 只有 4 个工作日（2025-09-29、2025-09-30、2025-10-09、2025-10-10）}]
      count: 1
      records: |
        kind: appointment
        id: a-01
        org: org-dz
        candidate: p06
        position: {from: 组联部副部长, to: 组联部部长, unit: 市文联}
        steps:
          motion:         {date: 2025-08-04, record: 动议纪实-01}
          recommendation: {date: 2025-08-12, record: 推荐纪实-01, participants: 23}
          inspection:     {date: 2025-08-25, record: 考察材料-01, team: [p04, p07]}
          decision:       {date: 2025-09-26, meeting: m-01}
          publicity:      {notice: n-01}
          appointment:    {date: 2025-10-13, record: 任职文件-01}
          filing:         {date: 2025-10-20, to: 市委组织部}
        four_musts:
          archive_review:     {date: 2025-08-27, result: 无异常}
          personal_matters:   {date: 2025-08-28, result: 如实报告}
          discipline_opinion: {date: 2025-09-01, result: 无意见}
          petition_check:     {date: 2025-09-03, result: 无}
        ---
        kind: meeting
        id: m-01
        org: org-dz
        type: 党组会议
        date: 2025-09-26
        host: p01
        recorder: p07
        record_book: 党组会议记录本（2025）
        present: [p01, p02, p03, p04, p05]
        agenda:
          - {title: 学习习近平总书记重要讲话精神, category: 第一议题, speech_date: 2025-09-12}
          - title: 研究王某某同志任职事项
            category: 人事
            matter: 重要人事任免
            dossier: a-01
            votes: {for: 5, against: 0, abstain: 0}
            result: 通过
        ---
        kind: notice
        id: n-01
        org: org-dz
        title: 市文联干部任前公示
        published: 2025-09-29
        period: {start: 2025-09-29, end: 2025-10-10}
        candidates:
          - {name: 王某某, gender: 女, birth: 1984-06, education: 大学, current: 组联部副部长, proposed: 组联部部长}
        contact: {phone: 024-52606479, address: 抚顺市顺城区滴翠路11号, email: fsswlbg@126.com}
        ---
        kind: organization
        id: org-dz
        name: 市文联党组
        type: 党组
        members: [p01, p02, p03, p04, p05]
        secretary: p01
        ---
        kind: person
        id: p06
        name: 王某某
        position: 组联部部长
        unit: 市文联
        supervisor: p03
        leader: true
        political_profile: 2024-11-02
        ---
        kind: person
        id: p01
        name: 孟某某
        unit: 市文联
        leader: true
        ---
        kind: person
        id: p02
        name: 李某某
        unit: 市文联
        leader: true
        supervisor: p01
        ---
        kind: person
        id: p03
        name: 张某某
        unit: 市文联
        leader: true
        supervisor: p01
        ---
        kind: person
        id: p04
        name: 刘某某
        unit: 市文联
        leader: true
        supervisor: p01
        ---
        kind: person
        id: p05
        name: 赵某某
        unit: 市文联
        leader: true
        supervisor: p01
        ---
        kind: person
        id: p07
        name: 陈某某
        unit: 市文联
        function: 人事
        supervisor: p04
    - name: 从发布次日起算时不足5个工作日
      parameters: {count_from_next_day: true}
      expect: [{message: 只有 4 个工作日}]
      count: 1
      records: |
        kind: appointment
        id: a-02
        org: org-dz
        candidate: 王某某
        steps:
          decision:  {date: 2025-03-12, meeting: m-02}
          publicity: {notice: n-02}
        ---
        kind: notice
        id: n-02
        org: org-dz
        published: 2025-03-14
        period: {start: 2025-03-14, end: 2025-03-20}

"""#
    ),
    (
      "appointment/recommendation-valid.yaml",
      #"""
id: appointment.recommendation-valid
kind: record
severity: error
title:
  zh: 民主推荐结果在一年内有效
  en: A democratic recommendation is valid for one year
rationale:
  zh: 民主推荐结果在一年内有效。讨论决定距民主推荐已超过一年的，推荐结果不能作为依据，应当重新进行民主推荐。
  en: The result of a democratic recommendation is valid for one year; a decision taken more than a year after it cannot rest on it, and the recommendation must be held again.
remedy:
  zh: 重新组织民主推荐，并以新的推荐结果为基础重新履行考察、讨论决定等程序。
  en: Hold the recommendation again and repeat the inspection and the decision on the new result.
basis:
  - regulation: 党政领导干部选拔任用工作条例
    year: 2019
    article: 第十五条（条号待核）
    confidence: R
    quote: 民主推荐结果「在一年内有效」
applies_to:
  kind: appointment
let:
  recommended: "steps.recommendation.date"
  decided: "steps.decision.date"
require: "$decided <= add_years($recommended, 1)"
at: "steps.recommendation.date"
message:
  zh: "干部选拔档案 {$.id} 的民主推荐（{$recommended}）到讨论决定（{$decided}）已超过一年（有效期至 {add_years($recommended, 1)}），推荐结果已失效"
  en: "Dossier {$.id}: the decision ({$decided}) comes more than a year after the recommendation ({$recommended}, valid until {add_years($recommended, 1)})"
examples:
  pass:
    - name: 完整档案，推荐后不到一个月讨论决定
      records: |
        kind: appointment
        id: a-01
        org: org-dz
        candidate: p06
        position: {from: 组联部副部长, to: 组联部部长, unit: 市文联}
        steps:
          motion:         {date: 2025-02-10, record: 动议纪实-01}
          recommendation: {date: 2025-02-20, record: 推荐纪实-01, participants: 23}
          inspection:     {date: 2025-03-01, record: 考察材料-01, team: [p04, p07]}
          decision:       {date: 2025-03-12, meeting: m-01}
          publicity:      {notice: n-01}
          appointment:    {date: 2025-03-25, record: 任职文件-01}
          filing:         {date: 2025-04-03, to: 市委组织部}
        four_musts:
          archive_review:     {date: 2025-03-02, result: 无异常}
          personal_matters:   {date: 2025-03-03, result: 如实报告}
          discipline_opinion: {date: 2025-03-05, result: 无意见}
          petition_check:     {date: 2025-03-06, result: 无}
        ---
        kind: meeting
        id: m-01
        org: org-dz
        type: 党组会议
        date: 2025-03-12
        host: p01
        recorder: p07
        record_book: 党组会议记录本（2025）
        present: [p01, p02, p03, p04, p05]
        agenda:
          - {title: 学习习近平总书记重要讲话精神, category: 第一议题, speech_date: 2025-02-27}
          - title: 研究王某某同志任职事项
            category: 人事
            matter: 重要人事任免
            dossier: a-01
            votes: {for: 5, against: 0, abstain: 0}
            result: 通过
        ---
        kind: notice
        id: n-01
        org: org-dz
        title: 市文联干部任前公示
        published: 2025-03-14
        period: {start: 2025-03-14, end: 2025-03-20}
        candidates:
          - {name: 王某某, gender: 女, birth: 1984-06, education: 大学, current: 组联部副部长, proposed: 组联部部长}
        contact: {phone: 024-52606479, address: 抚顺市顺城区滴翠路11号, email: fsswlbg@126.com}
        ---
        kind: organization
        id: org-dz
        name: 市文联党组
        type: 党组
        members: [p01, p02, p03, p04, p05]
        secretary: p01
        ---
        kind: person
        id: p06
        name: 王某某
        position: 组联部部长
        unit: 市文联
        supervisor: p03
        leader: true
        political_profile: 2024-11-02
        ---
        kind: person
        id: p01
        name: 孟某某
        unit: 市文联
        leader: true
        ---
        kind: person
        id: p02
        name: 李某某
        unit: 市文联
        leader: true
        supervisor: p01
        ---
        kind: person
        id: p03
        name: 张某某
        unit: 市文联
        leader: true
        supervisor: p01
        ---
        kind: person
        id: p04
        name: 刘某某
        unit: 市文联
        leader: true
        supervisor: p01
        ---
        kind: person
        id: p05
        name: 赵某某
        unit: 市文联
        leader: true
        supervisor: p01
        ---
        kind: person
        id: p07
        name: 陈某某
        unit: 市文联
        function: 人事
        supervisor: p04
    - name: 讨论决定恰在推荐满一年之日（2024-03-12 推荐，2025-03-12 决定）
      records: |
        kind: appointment
        id: a-01
        org: org-dz
        candidate: p06
        position: {from: 组联部副部长, to: 组联部部长, unit: 市文联}
        steps:
          motion:         {date: 2024-03-01, record: 动议纪实-01}
          recommendation: {date: 2024-03-12, record: 推荐纪实-01, participants: 23}
          inspection:     {date: 2025-03-01, record: 考察材料-01, team: [p04, p07]}
          decision:       {date: 2025-03-12, meeting: m-01}
          publicity:      {notice: n-01}
          appointment:    {date: 2025-03-25, record: 任职文件-01}
          filing:         {date: 2025-04-03, to: 市委组织部}
        four_musts:
          archive_review:     {date: 2025-03-02, result: 无异常}
          personal_matters:   {date: 2025-03-03, result: 如实报告}
          discipline_opinion: {date: 2025-03-05, result: 无意见}
          petition_check:     {date: 2025-03-06, result: 无}
        ---
        kind: meeting
        id: m-01
        org: org-dz
        type: 党组会议
        date: 2025-03-12
        host: p01
        recorder: p07
        record_book: 党组会议记录本（2025）
        present: [p01, p02, p03, p04, p05]
        agenda:
          - {title: 学习习近平总书记重要讲话精神, category: 第一议题, speech_date: 2025-02-27}
          - title: 研究王某某同志任职事项
            category: 人事
            matter: 重要人事任免
            dossier: a-01
            votes: {for: 5, against: 0, abstain: 0}
            result: 通过
        ---
        kind: notice
        id: n-01
        org: org-dz
        title: 市文联干部任前公示
        published: 2025-03-14
        period: {start: 2025-03-14, end: 2025-03-20}
        candidates:
          - {name: 王某某, gender: 女, birth: 1984-06, education: 大学, current: 组联部副部长, proposed: 组联部部长}
        contact: {phone: 024-52606479, address: 抚顺市顺城区滴翠路11号, email: fsswlbg@126.com}
        ---
        kind: organization
        id: org-dz
        name: 市文联党组
        type: 党组
        members: [p01, p02, p03, p04, p05]
        secretary: p01
        ---
        kind: person
        id: p06
        name: 王某某
        position: 组联部部长
        unit: 市文联
        supervisor: p03
        leader: true
        political_profile: 2024-11-02
        ---
        kind: person
        id: p01
        name: 孟某某
        unit: 市文联
        leader: true
        ---
        kind: person
        id: p02
        name: 李某某
        unit: 市文联
        leader: true
        supervisor: p01
        ---
        kind: person
        id: p03
        name: 张某某
        unit: 市文联
        leader: true
        supervisor: p01
        ---
        kind: person
        id: p04
        name: 刘某某
        unit: 市文联
        leader: true
        supervisor: p01
        ---
        kind: person
        id: p05
        name: 赵某某
        unit: 市文联
        leader: true
        supervisor: p01
        ---
        kind: person
        id: p07
        name: 陈某某
        unit: 市文联
        function: 人事
        supervisor: p04
  fail:
    - name: 推荐满一年后一天才讨论决定
      expect: [{line: 7, column: 26, message: 有效期至 2025-03-11}]
      count: 1
      records: |
        kind: appointment
        id: a-02
        org: org-dz
        candidate: 王某某
        steps:
          motion:         {date: 2024-03-01, record: 动议纪实-02}
          recommendation: {date: 2024-03-11, record: 推荐纪实-02}
          inspection:     {date: 2025-03-01, record: 考察材料-02, team: [刘某某, 陈某某]}
          decision:       {date: 2025-03-12, meeting: m-02}

"""#
    ),
    (
      "appointment/recusal.yaml",
      #"""
id: appointment.recusal
kind: record
severity: error
title:
  zh: 考察和讨论决定干部时亲属应当回避
  en: Relatives stay out of the inspection and the decision
rationale:
  zh: >-
    干部考察组成员在考察工作中涉及其亲属的，本人必须回避；党委（党组）讨论干部任免，涉及与会人员亲属的，本人必须回避。
    亲属包括夫妻关系、直系血亲、三代以内旁系血亲和近姻亲，常常要经过推导才能发现（如配偶的兄弟姐妹）。
  en: >-
    A member of the inspection team whose relative is being inspected must stand aside, and so must a member of
    the party group when it decides on a relative's appointment. Relatives are spouses, lineal relatives,
    collateral relatives within three generations and close in-laws, often found only by derivation (a spouse's
    sibling, for instance).
remedy:
  zh: 调整考察组成员；讨论决定时在该议题的记录中写明回避人员（recused），必要时重新讨论决定。
  en: Change the inspection team; record who left the room for the item (recused), and decide again where needed.
basis:
  - regulation: 党政领导干部选拔任用工作条例
    year: 2019
    article: 第五十三条
    confidence: F2
    quote: 「党委（党组）及其组织（人事）部门讨论干部任免，涉及与会人员本人及其亲属的，本人必须回避。干部考察组成员在干部考察工作中涉及其亲属的，本人必须回避」
  - regulation: 公务员回避规定
    year: 2020
    article: 第五条
    confidence: F
    quote: 「夫妻关系、直系血亲关系、三代以内旁系血亲关系以及近姻亲关系」
applies_to:
  kind: appointment
let:
  meeting: "ref(steps.decision.meeting)"
  item: "first($meeting.agenda, dossier == $.id)"
checks:
  - name: inspection
    for_each: "steps.inspection.team"
    require: "not exists(relation($.candidate, it))"
    message:
      zh: "考察组成员 {name(it)} 是考察对象 {name($.candidate)} 的{relation($.candidate, it)}，应当回避"
      en: "Inspection team member {name(it)} is the candidate {name($.candidate)}'s {relation_en($.candidate, it)} and must stand aside"
  - name: decision
    when: "exists($item)"
    for_each: "$meeting.present"
    require: "not exists(relation($.candidate, it)) or it in $item.recused"
    at: "$.steps.decision.meeting"
    message:
      zh: "讨论决定 {name($.candidate)} 任职的会议（{$meeting.id}）上，其{relation($.candidate, it)} {name(it)} 在场且未回避"
      en: "At the meeting that decided on {name($.candidate)} ({$meeting.id}), the candidate's {relation_en($.candidate, it)} {name(it)} was present and did not stand aside"
examples:
  pass:
    - name: 配偶的兄弟姐妹已回避
      records: |
        kind: appointment
        id: a-01
        org: org-dz
        candidate: p06
        position: {from: 组联部副部长, to: 组联部部长, unit: 市文联}
        steps:
          motion:         {date: 2025-02-10, record: 动议纪实-01}
          recommendation: {date: 2025-02-20, record: 推荐纪实-01, participants: 23}
          inspection:     {date: 2025-03-01, record: 考察材料-01, team: [p04, p07]}
          decision:       {date: 2025-03-12, meeting: m-01}
          publicity:      {notice: n-01}
          appointment:    {date: 2025-03-25, record: 任职文件-01}
          filing:         {date: 2025-04-03, to: 市委组织部}
        four_musts:
          archive_review:     {date: 2025-03-02, result: 无异常}
          personal_matters:   {date: 2025-03-03, result: 如实报告}
          discipline_opinion: {date: 2025-03-05, result: 无意见}
          petition_check:     {date: 2025-03-06, result: 无}
        ---
        kind: meeting
        id: m-01
        org: org-dz
        type: 党组会议
        date: 2025-03-12
        host: p01
        recorder: p07
        record_book: 党组会议记录本（2025）
        present: [p01, p02, p03, p04, p05]
        agenda:
          - {title: 学习习近平总书记重要讲话精神, category: 第一议题, speech_date: 2025-02-27}
          - title: 研究王某某同志任职事项
            category: 人事
            matter: 重要人事任免
            dossier: a-01
            recused: [p03]
            votes: {for: 4, against: 0, abstain: 0}
            result: 通过
        ---
        kind: notice
        id: n-01
        org: org-dz
        title: 市文联干部任前公示
        published: 2025-03-14
        period: {start: 2025-03-14, end: 2025-03-20}
        candidates:
          - {name: 王某某, gender: 女, birth: 1984-06, education: 大学, current: 组联部副部长, proposed: 组联部部长}
        contact: {phone: 024-52606479, address: 抚顺市顺城区滴翠路11号, email: fsswlbg@126.com}
        ---
        kind: organization
        id: org-dz
        name: 市文联党组
        type: 党组
        members: [p01, p02, p03, p04, p05]
        secretary: p01
        ---
        kind: person
        id: p06
        name: 王某某
        position: 组联部部长
        unit: 市文联
        supervisor: p02
        leader: true
        political_profile: 2024-11-02
        relations: [{type: 配偶, person: p20}]
        ---
        kind: person
        id: p01
        name: 孟某某
        unit: 市文联
        leader: true
        ---
        kind: person
        id: p02
        name: 李某某
        unit: 市文联
        leader: true
        supervisor: p01
        ---
        kind: person
        id: p03
        name: 张某某
        unit: 市文联
        leader: true
        supervisor: p01
        ---
        kind: person
        id: p04
        name: 刘某某
        unit: 市文联
        leader: true
        supervisor: p01
        ---
        kind: person
        id: p05
        name: 赵某某
        unit: 市文联
        leader: true
        supervisor: p01
        ---
        kind: person
        id: p07
        name: 陈某某
        unit: 市文联
        function: 人事
        supervisor: p04
        ---
        kind: person
        id: p20
        name: 赵某红
        unit: 市图书馆
        relations: [{type: 兄弟姐妹, person: p03}]
  fail:
    - name: 配偶的兄弟姐妹在场未回避（关系需推导）
      expect: [{record: a-01, message: 配偶的兄弟姐妹}]
      count: 1
      records: |
        kind: person
        id: p06
        name: 王某某
        relations: [{type: 配偶, person: p20}]
        ---
        kind: person
        id: p20
        name: 赵某某
        relations: [{type: 兄弟姐妹, person: p03}]
        ---
        kind: person
        id: p03
        name: 赵某
        ---
        kind: person
        id: p01
        name: 孟某某
        ---
        kind: person
        id: p02
        name: 李某某
        ---
        kind: organization
        id: org-dz
        name: 市文联党组
        type: 党组
        members: [p01, p02, p03]
        secretary: p01
        ---
        kind: meeting
        id: m-01
        org: org-dz
        type: 党组会议
        date: 2025-03-12
        host: p01
        recorder: p02
        present: [p01, p02, p03]
        agenda:
          - {title: 学习习近平总书记重要讲话精神, category: 第一议题, speech_date: 2025-02-27}
          - title: 研究王某某同志任职事项
            category: 人事
            dossier: a-01
        ---
        kind: appointment
        id: a-01
        org: org-dz
        candidate: p06
        steps:
          inspection: {date: 2025-03-01, record: 考察材料-01, team: [p01, p02]}
          decision: {date: 2025-03-12, meeting: m-01}
    - name: 考察组成员是考察对象的父亲
      expect: [{line: 17, column: 17, message: 父母}]
      records: |
        kind: person
        id: p06
        name: 王某某
        relations: [{type: 父母, person: p02}]
        ---
        kind: person
        id: p02
        name: 王某
        ---
        kind: appointment
        id: a-02
        org: org-dz
        candidate: p06
        steps:
          inspection:
            date: 2025-03-01
            team: [p01, p02]
        ---
        kind: organization
        id: org-dz
        name: 市文联党组
        type: 党组
        members: [p01, p02]
        secretary: p01

"""#
    ),
    (
      "association/term.yaml",
      #"""
id: association.term
kind: record
severity: error
title:
  zh: 所属协会须按期换届
  en: Member associations hold their elections on time
rationale:
  zh: 社会团体的届期由章程规定（一般不超过5年），届期从上次换届之日起算；届满须按期换届，确需延期的须经理事会决议、业务主管单位审查和登记管理机关批准，且延期最长不超过1年。文联作为业务主管单位和党建领导机关，应指导所属协会按期换届；巡察指出“对所属协会管理服务不到位”，整改措施即“指导协会按期换届”“对停滞状态协会履行退出程序”。正常运行或处于停滞状态的协会届期已满而未换届，即为超期；已进入注销程序的协会不再要求换届，只作提示。未写明状态的协会按正常运行判断。
  en: >-
    An association's term is fixed by its charter (as a rule five years at most) and runs from its last election.
    When it ends the association must hold an election; a postponement needs a council resolution, review by the
    supervising body and approval of the registration authority, and lasts a year at most. The federation, as the
    supervising body, must see that its associations hold elections on time: the inspection found its management
    of the associations lacking, and the measures were to guide them to elect on time and to wind up the dormant
    ones. An active or dormant association past the end of its term is overdue; one being deregistered is not
    required to elect and is only noted. An association with no status is taken to be active.
remedy:
  zh: 指导该协会启动换届（提前3个月筹备，完成财务审计，候选人经业务主管单位和登记管理机关审核）；已停止活动的，履行注销程序；确需延期的，补齐延期换届的审批材料。
  en: Get the association to prepare its election (three months ahead, with a financial audit and candidates reviewed by the supervising body and the registration authority); wind it up if it no longer operates; if it was postponed, produce the approval.
basis:
  - regulation: 社会团体登记管理条例
    year: 2016
    confidence: F2
    quote: 章程应当载明负责人的条件和产生、罢免的程序（届期由章程规定）
  - regulation: 社会团体章程示范文本
    confidence: F2
    quote: 「因特殊情况需提前或延期换届的，须由理事会表决通过，报业务主管单位审查并经社团登记管理机关批准同意。但延期换届最长不超过1年」
  - regulation: 市文联党组关于巡察整改情况的通报
    year: 2025
    article: 问题12“对所属协会管理服务不到位”
    confidence: L
    local: true
    quote: 「①指导协会按期换届。②对停滞状态协会履行退出程序」
applies_to:
  kind: association
let:
  term_end: "add_years(last_election, term_years)"
checks:
  - name: overdue
    when: "(status ?? 'active') in ['active', 'dormant']"
    require: "$term_end >= $window.to"
    at: "last_election"
    message:
      zh: "{name}（{id}）上次换届 {last_election}，届期 {term_years} 年，应于 {$term_end} 换届，至 {$window.to} 已超期未换届{if((status ?? '') == 'dormant', '（协会处于停滞状态，应换届或履行退出程序）', '')}"
      en: "{name} ({id}) last elected on {last_election} for {term_years} years was due for re-election on {$term_end} and is overdue at {$window.to}{if((status ?? '') == 'dormant', ' (dormant: elect or wind it up)', '')}"
  - name: deregistering
    when: "status == 'deregistering'"
    require: "$term_end >= $window.to"
    at: "last_election"
    severity: info
    message:
      zh: "{name}（{id}）届期已于 {$term_end} 届满，协会正在注销，不再要求换届；请跟踪注销进度"
      en: "{name} ({id}): the term ended on {$term_end}; the association is being deregistered, so no election is required — follow up the deregistration"
examples:
  pass:
    - name: 届期未满
      period: 2025
      records: |
        kind: association
        id: as-shici
        name: 抚顺市诗词楹联学会
        term_years: 5
        last_election: 2024-06-01
        status: active
    - name: 届满日正是审计期末
      window: {from: 2025-01-01, to: 2025-06-01}
      records: |
        kind: association
        id: as-sheying
        name: 抚顺市摄影家协会
        term_years: 5
        last_election: 2020-06-01
        status: active
  fail:
    - name: 正常运行的协会超期未换届
      period: 2025
      expect: [{line: 5, column: 16, message: 应于 2024-06-01 换届}]
      count: 1
      records: |
        kind: association
        id: as-shufa
        name: 抚顺市书法家协会
        term_years: 5
        last_election: 2019-06-01
        status: active
    - name: 停滞状态的协会超期未换届
      period: 2025
      expect: [{line: 5, message: 停滞状态}]
      count: 1
      records: |
        kind: association
        id: as-quyi
        name: 抚顺市曲艺家协会
        term_years: 4
        last_election: 2018-09-20
        status: dormant
    - name: 未写状态的协会按正常运行判断
      period: 2025
      expect: [{line: 5, column: 16, message: 已超期未换届}]
      count: 1
      records: |
        kind: association
        id: as-wudao
        name: 抚顺市舞蹈家协会
        term_years: 5
        last_election: 2019-12-01
    - name: 正在注销的协会只作提示
      period: 2025
      expect: [{line: 5, column: 16, message: 正在注销}]
      count: 1
      records: |
        kind: association
        id: as-minjian
        name: 抚顺市民间文艺家协会
        term_years: 5
        last_election: 2015-03-01
        status: deregistering

"""#
    ),
    (
      "branch/committee-monthly.yaml",
      #"""
id: branch.committee-monthly
kind: schedule
severity: error
title:
  zh: 设支部委员会的党支部每月召开支部委员会会议
  en: A branch with a committee holds a committee meeting every month
rationale:
  zh: 支部委员会会议一般每月召开1次，是“三会一课”的组成部分；巡察中“三会一课”不经常、不规范是常见问题。正式党员不足7人、未设支部委员会的党支部不适用。
  en: A branch committee meets as a rule once a month, one of the "three meetings and one lesson"; inspections often find months skipped. Branches with fewer than 7 full members have no committee and are exempt.
remedy:
  zh: 补齐缺少月份的支部委员会会议记录；确未召开的，在组织生活会上检查原因并建立按月提醒的工作机制。
  en: Produce the minutes of the missing month's committee meeting; if none was held, review why at the organizational life meeting and set up a monthly reminder.
basis:
  - regulation: 中国共产党支部工作条例（试行）
    year: 2018
    article: 第十二条
    confidence: F
    quote: 「支部委员会会议一般每月召开1次，根据需要可以随时召开」
parameters:
  min:
    default: 1
    description: {zh: 每月至少召开次数, en: Meetings required each month}
organizations: "type == '党支部' and count(committee) > 0"
period: month
sets:
  meetings:
    kind: meeting
    where: "type == '支部委员会'"
require: "count($meetings) >= $params.min"
message:
  zh: "{name}在 {$period.label} 未召开支部委员会会议"
  en: "{name} held no branch committee meeting in {$period.label}"
examples:
  pass:
    - name: 每月都召开支委会
      window: {from: 2025-01-01, to: 2025-02-28}
      records: |
        kind: organization
        id: org-zb
        name: 机关第一党支部
        type: 党支部
        members: [p01, p02, p03, p04, p05, p06, p07]
        committee: [p01, p02, p03]
        secretary: p01
        ---
        kind: meeting
        id: m-01
        org: org-zb
        type: 支部委员会
        date: 2025-01-31
        host: p01
        recorder: p02
        present: [p01, p02, p03]
        agenda:
          - {title: 学习习近平总书记新年贺词精神, category: 第一议题, speech_date: 2024-12-31}
        ---
        kind: meeting
        id: m-02
        org: org-zb
        type: 支部委员会
        date: 2025-02-01
        host: p01
        recorder: p02
        present: [p01, p02, p03]
        agenda:
          - {title: 学习习近平总书记春节团拜会讲话精神, category: 第一议题, speech_date: 2025-01-27}
        ---
        kind: meeting
        id: m-03
        org: org-zb
        type: 主题党日
        date: 2025-01-15
        host: p01
        recorder: p02
        present: [p01, p02, p03, p04, p05, p06, p07]
        agenda: [{title: 参观革命纪念馆, category: 其他}]
        ---
        kind: meeting
        id: m-04
        org: org-zb
        type: 主题党日
        date: 2025-02-15
        host: p01
        recorder: p02
        present: [p01, p02, p03, p04, p05, p06, p07]
        agenda: [{title: 志愿服务进社区, category: 其他}]
    - name: 未设支委会的小支部不适用
      window: {from: 2025-03-01, to: 2025-03-31}
      records: |
        kind: organization
        id: org-zb2
        name: 机关第二党支部
        type: 党支部
        members: [p01, p02, p03, p04, p05]
        secretary: p01
        ---
        kind: meeting
        id: m-05
        org: org-zb2
        type: 主题党日
        date: 2025-03-15
        host: p01
        recorder: p02
        present: [p01, p02, p03, p04, p05]
        agenda: [{title: 学雷锋志愿服务, category: 其他}]
  fail:
    - name: 二月没有支委会（1月31日的会议不算二月）
      window: {from: 2025-01-01, to: 2025-02-28}
      expect: [{line: 1, column: 1, period: 2025-02}]
      count: 1
      records: |
        kind: organization
        id: org-zb
        name: 机关第一党支部
        type: 党支部
        members: [p01, p02, p03, p04, p05, p06, p07]
        committee: [p01, p02, p03]
        secretary: p01
        ---
        kind: meeting
        id: m-01
        org: org-zb
        type: 支部委员会
        date: 2025-01-31
        host: p01
        recorder: p02
        present: [p01, p02, p03]
        agenda:
          - {title: 学习习近平总书记新年贺词精神, category: 第一议题, speech_date: 2024-12-31}

"""#
    ),
    (
      "branch/general-meeting-quarterly.yaml",
      #"""
id: branch.general-meeting-quarterly
kind: schedule
severity: error
title:
  zh: 党支部每季度召开支部党员大会
  en: A branch holds a general meeting of its members every quarter
rationale:
  zh: 党员大会是党支部的议事决策机构，一般每季度召开1次，是“三会一课”的组成部分。按会议记录上的会议日期归入日历季度：3月31日召开的算第一季度，4月1日召开的算第二季度；某季度未开，下一季度多开也不能补足。
  en: The general meeting is the branch's deliberative and decision-making body and meets as a rule once a quarter, one of the "three meetings and one lesson". A meeting counts in the calendar quarter of the date in its minutes (31 March is Q1, 1 April is Q2); a missed quarter is not made good by two meetings in the next.
remedy:
  zh: 补齐缺少季度的支部党员大会会议记录；确未召开的，在组织生活会上检查原因，并把党员大会列入支部年度工作计划、按季度安排。
  en: Produce the minutes of the missing quarter's general meeting; if none was held, review why at the organizational life meeting and schedule one each quarter in the branch's annual work plan.
basis:
  - regulation: 中国共产党支部工作条例（试行）
    year: 2018
    article: 第十一条
    confidence: F
    quote: 「党员大会是党支部的议事决策机构，由全体党员参加，一般每季度召开1次」
parameters:
  min:
    default: 1
    description: {zh: 每季度至少召开次数, en: General meetings required each quarter}
organizations: "type == '党支部'"
period: quarter
sets:
  meetings:
    kind: meeting
    where: "type == '支部党员大会'"
require: "count($meetings) >= $params.min"
message:
  zh: "{name}在 {$period.label} 未召开支部党员大会"
  en: "{name} held no general meeting of branch members in {$period.label}"
examples:
  pass:
    - name: 3月31日的党员大会算第一季度（同季度的党课、每月主题党日也已开展）
      window: {from: 2025-01-01, to: 2025-03-31}
      records: |
        {kind: organization, id: org-zb, name: 机关第二党支部, type: 党支部, members: [p01, p02, p03], secretary: p01}
        ---
        {kind: meeting, id: gm1, org: org-zb, type: 支部党员大会, date: 2025-03-31, host: p01, recorder: p02, present: [p01, p02, p03], agenda: [{title: 学习习近平总书记重要讲话精神（第1季度）, category: 第一议题, speech_date: 2025-03-05}]}
        ---
        {kind: meeting, id: pl1, org: org-zb, type: 党课, date: 2025-02-25, lecturer: p01, host: p01, recorder: p02, present: [p01, p02, p03], agenda: [{title: 党课（第1季度）, category: 学习}]}
        ---
        {kind: meeting, id: td01, org: org-zb, type: 主题党日, date: 2025-01-15, host: p01, recorder: p02, present: [p01, p02, p03], agenda: [{title: 1月主题党日活动, category: 学习}]}
        ---
        {kind: meeting, id: td02, org: org-zb, type: 主题党日, date: 2025-02-15, host: p01, recorder: p02, present: [p01, p02, p03], agenda: [{title: 2月主题党日活动, category: 学习}]}
        ---
        {kind: meeting, id: td03, org: org-zb, type: 主题党日, date: 2025-03-15, host: p01, recorder: p02, present: [p01, p02, p03], agenda: [{title: 3月主题党日活动, category: 学习}]}
    - name: 党总支不适用
      window: {from: 2025-01-01, to: 2025-03-31}
      records: |
        {kind: organization, id: org-dzz, name: 机关党总支, type: 党总支, members: [p01, p02, p03], secretary: p01}
  fail:
    - name: 3月31日的党员大会不算第二季度
      window: {from: 2025-04-01, to: 2025-06-30}
      expect: [{line: 1, column: 1, period: 2025-Q2, record: org-zb}]
      count: 1
      records: |
        {kind: organization, id: org-zb, name: 机关第二党支部, type: 党支部, members: [p01, p02, p03, p04, p05], secretary: p01}
        ---
        {kind: meeting, id: gm1, org: org-zb, type: 支部党员大会, date: 2025-03-31, host: p01, recorder: p02, present: [p01, p02, p03, p04, p05], agenda: [{title: 学习习近平总书记重要讲话精神, category: 第一议题, speech_date: 2025-03-05}]}
    - name: 4月1日的会议算第二季度；第二季度开两次补不了第一季度
      window: {from: 2025-01-01, to: 2025-06-30}
      expect: [{period: 2025-Q1, message: 2025-Q1}]
      count: 1
      records: |
        {kind: organization, id: org-zb, name: 机关第二党支部, type: 党支部, members: [p01, p02, p03, p04, p05], secretary: p01}
        ---
        {kind: meeting, id: gm2, org: org-zb, type: 支部党员大会, date: 2025-04-01, host: p01, recorder: p02, present: [p01, p02, p03, p04, p05], agenda: [{title: 学习习近平总书记重要讲话精神（一）, category: 第一议题, speech_date: 2025-03-05}]}
        ---
        {kind: meeting, id: gm3, org: org-zb, type: 支部党员大会, date: 2025-06-20, host: p01, recorder: p02, present: [p01, p02, p03, p04, p05], agenda: [{title: 学习习近平总书记重要讲话精神（二）, category: 第一议题, speech_date: 2025-06-01}]}
    - name: 4月15日成立的支部不检查第一、二季度
      window: {from: 2025-01-01, to: 2025-12-31}
      expect: [{period: 2025-Q4}]
      count: 1
      records: |
        {kind: organization, id: org-zb3, name: 机关第三党支部, type: 党支部, members: [p01, p02, p03], secretary: p01, established: 2025-04-15}
        ---
        {kind: meeting, id: gm4, org: org-zb3, type: 支部党员大会, date: 2025-09-26, host: p01, recorder: p02, present: [p01, p02, p03], agenda: [{title: 学习习近平总书记重要讲话精神, category: 第一议题, speech_date: 2025-09-03}]}

"""#
    ),
    (
      "branch/group-monthly.yaml",
      #"""
id: branch.group-monthly
kind: schedule
severity: error
title:
  zh: 党小组每月召开党小组会
  en: A party group holds a group meeting every month
rationale:
  zh: 党支部设立党小组的，党小组会一般每月召开1次，是“三会一课”的组成部分。只检查已设立（有组织记录）的党小组，且只检查其成立之后、撤销之前的整月。
  en: Where a branch has set up party groups, each group meets as a rule once a month, one of the "three meetings and one lesson". Only groups that exist (have an organization record) are judged, and only for the whole months between their establishment and dissolution.
remedy:
  zh: 补齐缺少月份的党小组会记录；确未召开的，由党小组组长说明原因并按月安排党小组会。
  en: Produce the minutes of the missing month's group meeting; if none was held, the group leader explains why and schedules one each month.
basis:
  - regulation: 中国共产党支部工作条例（试行）
    year: 2018
    article: 第十三条
    confidence: F
    quote: 「党小组会一般每月召开1次」
parameters:
  min:
    default: 1
    description: {zh: 每月至少召开次数, en: Group meetings required each month}
organizations: "type == '党小组'"
period: month
sets:
  meetings:
    kind: meeting
    where: "type == '党小组会'"
require: "count($meetings) >= $params.min"
message:
  zh: "{name}在 {$period.label} 未召开党小组会"
  en: "{name} held no party group meeting in {$period.label}"
examples:
  pass:
    - name: 1月31日、2月1日各开一次，两个月都算
      window: {from: 2025-01-01, to: 2025-02-28}
      records: |
        {kind: organization, id: org-xz1, name: 机关第一党支部第一党小组, type: 党小组, members: [p01, p02, p03, p04]}
        ---
        {kind: meeting, id: xz-01, org: org-xz1, type: 党小组会, date: 2025-01-31, host: p01, recorder: p02, present: [p01, p02, p03, p04], agenda: [{title: 学习习近平总书记新年贺词精神, category: 第一议题, speech_date: 2024-12-31}]}
        ---
        {kind: meeting, id: xz-02, org: org-xz1, type: 党小组会, date: 2025-02-01, host: p01, recorder: p02, present: [p01, p02, p03, p04], agenda: [{title: 学习习近平总书记春节团拜会讲话精神, category: 第一议题, speech_date: 2025-01-27}]}
    - name: 3月撤销的党小组不再检查4月
      window: {from: 2025-03-01, to: 2025-04-30}
      records: |
        {kind: organization, id: org-xz2, name: 机关第一党支部第二党小组, type: 党小组, members: [p05, p06, p07], dissolved: 2025-03-31}
        ---
        {kind: meeting, id: xz-03, org: org-xz2, type: 党小组会, date: 2025-03-20, host: p05, recorder: p06, present: [p05, p06, p07], agenda: [{title: 学习全国两会精神, category: 第一议题, speech_date: 2025-03-11}]}
  fail:
    - name: 二月没有党小组会（1月31日的会议不算二月）
      window: {from: 2025-01-01, to: 2025-02-28}
      expect: [{line: 1, column: 1, period: 2025-02, record: org-xz1}]
      count: 1
      records: |
        {kind: organization, id: org-xz1, name: 机关第一党支部第一党小组, type: 党小组, members: [p01, p02, p03, p04]}
        ---
        {kind: meeting, id: xz-01, org: org-xz1, type: 党小组会, date: 2025-01-31, host: p01, recorder: p02, present: [p01, p02, p03, p04], agenda: [{title: 学习习近平总书记新年贺词精神, category: 第一议题, speech_date: 2024-12-31}]}
    - name: 2月10日成立的党小组从3月起检查，4月缺会
      window: {from: 2025-01-01, to: 2025-04-30}
      expect: [{period: 2025-04, message: 2025-04}]
      count: 1
      records: |
        {kind: organization, id: org-xz3, name: 机关第一党支部第三党小组, type: 党小组, members: [p08, p09, p10], established: 2025-02-10}
        ---
        {kind: meeting, id: xz-04, org: org-xz3, type: 党小组会, date: 2025-03-18, host: p08, recorder: p09, present: [p08, p09, p10], agenda: [{title: 学习全国两会精神, category: 第一议题, speech_date: 2025-03-11}]}

"""#
    ),
    (
      "branch/party-lecture-quarterly.yaml",
      #"""
id: branch.party-lecture-quarterly
kind: schedule
severity: warning
title:
  zh: 党支部按期上党课
  en: A branch holds a party lecture every period
rationale:
  zh: 党课是“三会一课”的组成部分。《中国共产党支部工作条例（试行）》要求党支部组织党员按期上党课，但未规定党课的具体频次；“每季度至少1次”来自地方和单位的规定，因此周期作为参数（默认每季度，可设为每月或每年）。
  en: The party lecture is one of the "three meetings and one lesson". The branch regulations require members to attend lectures regularly but set no frequency; "at least once a quarter" comes from local and unit rules, so the period is a parameter (quarter by default; month or year).
remedy:
  zh: 补齐缺少周期的党课记录（写明授课人和主题）；确未开展的，把党课列入支部年度工作计划并按期安排。
  en: Produce the record of the missing period's party lecture (with lecturer and subject); if none was held, put lectures in the branch's annual work plan and hold them on schedule.
basis:
  - regulation: 中国共产党支部工作条例（试行）
    year: 2018
    confidence: R
    quote: 党支部组织党员按期参加党员大会、党小组会和上党课（“三会一课”），未规定党课的频次
  - regulation: 各地“三会一课”制度实施办法
    confidence: L
    quote: 「党课每季度至少一次」
parameters:
  period:
    default: quarter
    choices: [month, quarter, year]
    description: {zh: 检查周期（每月、每季度或每年）, en: "The period in which a lecture is required: month, quarter or year"}
  min:
    default: 1
    description: {zh: 每个周期至少上党课次数, en: Lectures required each period}
organizations: "type == '党支部'"
period: $params.period
sets:
  lectures:
    kind: meeting
    where: "type == '党课'"
require: "count($lectures) >= $params.min"
message:
  zh: "{name}在 {$period.label} 未上党课"
  en: "{name} held no party lecture in {$period.label}"
examples:
  pass:
    - name: 第一季度上了党课（同季度的党员大会、每月主题党日也已开展）
      window: {from: 2025-01-01, to: 2025-03-31}
      records: |
        {kind: organization, id: org-zb, name: 机关第二党支部, type: 党支部, members: [p01, p02, p03], secretary: p01}
        ---
        {kind: meeting, id: gm1, org: org-zb, type: 支部党员大会, date: 2025-03-31, host: p01, recorder: p02, present: [p01, p02, p03], agenda: [{title: 学习习近平总书记重要讲话精神（第1季度）, category: 第一议题, speech_date: 2025-03-05}]}
        ---
        {kind: meeting, id: pl1, org: org-zb, type: 党课, date: 2025-02-25, lecturer: p01, host: p01, recorder: p02, present: [p01, p02, p03], agenda: [{title: 党课（第1季度）, category: 学习}]}
        ---
        {kind: meeting, id: td01, org: org-zb, type: 主题党日, date: 2025-01-15, host: p01, recorder: p02, present: [p01, p02, p03], agenda: [{title: 1月主题党日活动, category: 学习}]}
        ---
        {kind: meeting, id: td02, org: org-zb, type: 主题党日, date: 2025-02-15, host: p01, recorder: p02, present: [p01, p02, p03], agenda: [{title: 2月主题党日活动, category: 学习}]}
        ---
        {kind: meeting, id: td03, org: org-zb, type: 主题党日, date: 2025-03-15, host: p01, recorder: p02, present: [p01, p02, p03], agenda: [{title: 3月主题党日活动, category: 学习}]}
  fail:
    - name: 第一季度没有党课，第二季度两次补不了
      window: {from: 2025-01-01, to: 2025-06-30}
      expect: [{line: 1, column: 1, period: 2025-Q1, record: org-zb}]
      count: 1
      records: |
        {kind: organization, id: org-zb, name: 机关第二党支部, type: 党支部, members: [p01, p02, p03, p04, p05], secretary: p01}
        ---
        {kind: meeting, id: pl1, org: org-zb, type: 党课, date: 2025-04-01, lecturer: p01, host: p01, recorder: p02, present: [p01, p02, p03, p04, p05], agenda: [{title: 党课：学习党的二十届三中全会精神, category: 学习}]}
        ---
        {kind: meeting, id: pl2, org: org-zb, type: 党课, date: 2025-06-24, lecturer: p02, host: p01, recorder: p02, present: [p01, p02, p03, p04, p05], agenda: [{title: 党课：党的纪律建设, category: 学习}]}
    - name: 参数设为每月时，二月没有党课
      window: {from: 2025-01-01, to: 2025-03-31}
      parameters: {period: month}
      expect: [{period: 2025-02, message: 2025-02}]
      count: 1
      records: |
        {kind: organization, id: org-zb, name: 机关第二党支部, type: 党支部, members: [p01, p02, p03, p04, p05], secretary: p01}
        ---
        {kind: meeting, id: pl1, org: org-zb, type: 党课, date: 2025-01-21, lecturer: p01, host: p01, recorder: p02, present: [p01, p02, p03, p04, p05], agenda: [{title: 党课：学习党章, category: 学习}]}
        ---
        {kind: meeting, id: pl2, org: org-zb, type: 党课, date: 2025-03-25, lecturer: p02, host: p01, recorder: p02, present: [p01, p02, p03, p04, p05], agenda: [{title: 党课：党的纪律建设, category: 学习}]}

"""#
    ),
    (
      "branch/secretary-lecture-yearly.yaml",
      #"""
id: branch.secretary-lecture-yearly
kind: schedule
severity: error
title:
  zh: 党支部书记、党组书记每年至少讲1次党课
  en: The secretary of a branch or party group gives at least one party lecture a year
rationale:
  zh: 党委（党组）书记每年至少讲1次党课，党支部书记每年也应至少为本支部党员讲1次党课。检查每年在该组织名下记录的党课中，是否至少有一次由该组织的书记（组织记录的 secretary）授课（lecturer）。
  en: The secretary of a party committee or party group gives at least one party lecture a year, and so does the secretary of a branch to the branch's members. Each year, at least one lecture recorded under the organization must have the organization's secretary as its lecturer.
remedy:
  zh: 补齐书记讲党课的记录并写明授课人；确未讲的，由书记在下一次党课中授课，并把书记讲党课列入年度工作计划。
  en: Produce the record of the secretary's lecture, naming the lecturer; if none was given, the secretary gives the next lecture, and the secretary's lecture goes into the annual work plan.
basis:
  - regulation: 中国共产党支部工作条例（试行）
    year: 2018
    article: 第十六条
    confidence: F2
    quote: 「党委（党组）书记每年至少讲1次党课」
  - regulation: 中国共产党党员教育管理工作条例
    year: 2019
    confidence: R
    quote: 党支部书记每年至少讲1次党课
parameters:
  min:
    default: 1
    description: {zh: 书记每年至少讲党课次数, en: Lectures the secretary gives each year}
organizations: "type in ['党支部', '党组']"
period: year
sets:
  lectures:
    kind: meeting
    where: "type == '党课' and name(lecturer) == name($org.secretary)"
when: "exists(secretary)"
require: "count($lectures) >= $params.min"
message:
  zh: "{name}书记{name(secretary)}在 {$period.label} 年未讲党课"
  en: "The secretary of {name}, {name(secretary)}, gave no party lecture in {$period.label}"
examples:
  pass:
    - name: 支部书记一季度讲了党课（全年“三会一课”、主题党日、组织生活会齐全）
      period: 2025
      records: |
        {kind: organization, id: org-zb, name: 机关第二党支部, type: 党支部, members: [p01, p02, p03], secretary: p01}
        ---
        {kind: meeting, id: gm1, org: org-zb, type: 支部党员大会, date: 2025-03-31, host: p01, recorder: p02, present: [p01, p02, p03], agenda: [{title: 学习习近平总书记重要讲话精神（第1季度）, category: 第一议题, speech_date: 2025-03-05}]}
        ---
        {kind: meeting, id: gm2, org: org-zb, type: 支部党员大会, date: 2025-06-27, host: p01, recorder: p02, present: [p01, p02, p03], agenda: [{title: 学习习近平总书记重要讲话精神（第2季度）, category: 第一议题, speech_date: 2025-06-01}]}
        ---
        {kind: meeting, id: gm3, org: org-zb, type: 支部党员大会, date: 2025-09-26, host: p01, recorder: p02, present: [p01, p02, p03], agenda: [{title: 学习习近平总书记重要讲话精神（第3季度）, category: 第一议题, speech_date: 2025-09-03}]}
        ---
        {kind: meeting, id: gm4, org: org-zb, type: 支部党员大会, date: 2025-12-26, host: p01, recorder: p02, present: [p01, p02, p03], agenda: [{title: 学习习近平总书记重要讲话精神（第4季度）, category: 第一议题, speech_date: 2025-12-01}]}
        ---
        {kind: meeting, id: pl1, org: org-zb, type: 党课, date: 2025-02-25, lecturer: p01, host: p01, recorder: p02, present: [p01, p02, p03], agenda: [{title: 党课（第1季度）, category: 学习}]}
        ---
        {kind: meeting, id: pl2, org: org-zb, type: 党课, date: 2025-05-27, lecturer: p02, host: p01, recorder: p02, present: [p01, p02, p03], agenda: [{title: 党课（第2季度）, category: 学习}]}
        ---
        {kind: meeting, id: pl3, org: org-zb, type: 党课, date: 2025-08-26, lecturer: p02, host: p01, recorder: p02, present: [p01, p02, p03], agenda: [{title: 党课（第3季度）, category: 学习}]}
        ---
        {kind: meeting, id: pl4, org: org-zb, type: 党课, date: 2025-11-25, lecturer: p02, host: p01, recorder: p02, present: [p01, p02, p03], agenda: [{title: 党课（第4季度）, category: 学习}]}
        ---
        {kind: meeting, id: td01, org: org-zb, type: 主题党日, date: 2025-01-15, host: p01, recorder: p02, present: [p01, p02, p03], agenda: [{title: 1月主题党日活动, category: 学习}]}
        ---
        {kind: meeting, id: td02, org: org-zb, type: 主题党日, date: 2025-02-15, host: p01, recorder: p02, present: [p01, p02, p03], agenda: [{title: 2月主题党日活动, category: 学习}]}
        ---
        {kind: meeting, id: td03, org: org-zb, type: 主题党日, date: 2025-03-15, host: p01, recorder: p02, present: [p01, p02, p03], agenda: [{title: 3月主题党日活动, category: 学习}]}
        ---
        {kind: meeting, id: td04, org: org-zb, type: 主题党日, date: 2025-04-15, host: p01, recorder: p02, present: [p01, p02, p03], agenda: [{title: 4月主题党日活动, category: 学习}]}
        ---
        {kind: meeting, id: td05, org: org-zb, type: 主题党日, date: 2025-05-15, host: p01, recorder: p02, present: [p01, p02, p03], agenda: [{title: 5月主题党日活动, category: 学习}]}
        ---
        {kind: meeting, id: td06, org: org-zb, type: 主题党日, date: 2025-06-15, host: p01, recorder: p02, present: [p01, p02, p03], agenda: [{title: 6月主题党日活动, category: 学习}]}
        ---
        {kind: meeting, id: td07, org: org-zb, type: 主题党日, date: 2025-07-15, host: p01, recorder: p02, present: [p01, p02, p03], agenda: [{title: 7月主题党日活动, category: 学习}]}
        ---
        {kind: meeting, id: td08, org: org-zb, type: 主题党日, date: 2025-08-15, host: p01, recorder: p02, present: [p01, p02, p03], agenda: [{title: 8月主题党日活动, category: 学习}]}
        ---
        {kind: meeting, id: td09, org: org-zb, type: 主题党日, date: 2025-09-15, host: p01, recorder: p02, present: [p01, p02, p03], agenda: [{title: 9月主题党日活动, category: 学习}]}
        ---
        {kind: meeting, id: td10, org: org-zb, type: 主题党日, date: 2025-10-15, host: p01, recorder: p02, present: [p01, p02, p03], agenda: [{title: 10月主题党日活动, category: 学习}]}
        ---
        {kind: meeting, id: td11, org: org-zb, type: 主题党日, date: 2025-11-15, host: p01, recorder: p02, present: [p01, p02, p03], agenda: [{title: 11月主题党日活动, category: 学习}]}
        ---
        {kind: meeting, id: td12, org: org-zb, type: 主题党日, date: 2025-12-15, host: p01, recorder: p02, present: [p01, p02, p03], agenda: [{title: 12月主题党日活动, category: 学习}]}
        ---
        {kind: meeting, id: ol1, org: org-zb, type: 组织生活会, date: 2025-12-18, host: p01, recorder: p02, present: [p01, p02, p03], agenda: [{title: 对照检查和民主评议党员, category: 其他}],
          preparation: {opinions_solicited: 2025-11-20, talks: [[p01, p02], [p01, p03]], self_review: true}, criticism: true, evaluation: true}
  fail:
    - name: 全年党课都不是书记讲的
      period: 2025
      expect: [{line: 1, column: 1, period: '2025', record: org-zb, message: 书记p01}]
      count: 1
      records: |
        {kind: organization, id: org-zb, name: 机关第二党支部, type: 党支部, members: [p01, p02, p03], secretary: p01}
        ---
        {kind: meeting, id: gm1, org: org-zb, type: 支部党员大会, date: 2025-03-31, host: p01, recorder: p02, present: [p01, p02, p03], agenda: [{title: 学习习近平总书记重要讲话精神（第1季度）, category: 第一议题, speech_date: 2025-03-05}]}
        ---
        {kind: meeting, id: gm2, org: org-zb, type: 支部党员大会, date: 2025-06-27, host: p01, recorder: p02, present: [p01, p02, p03], agenda: [{title: 学习习近平总书记重要讲话精神（第2季度）, category: 第一议题, speech_date: 2025-06-01}]}
        ---
        {kind: meeting, id: gm3, org: org-zb, type: 支部党员大会, date: 2025-09-26, host: p01, recorder: p02, present: [p01, p02, p03], agenda: [{title: 学习习近平总书记重要讲话精神（第3季度）, category: 第一议题, speech_date: 2025-09-03}]}
        ---
        {kind: meeting, id: gm4, org: org-zb, type: 支部党员大会, date: 2025-12-26, host: p01, recorder: p02, present: [p01, p02, p03], agenda: [{title: 学习习近平总书记重要讲话精神（第4季度）, category: 第一议题, speech_date: 2025-12-01}]}
        ---
        {kind: meeting, id: pl2, org: org-zb, type: 党课, date: 2025-05-27, lecturer: p02, host: p01, recorder: p02, present: [p01, p02, p03], agenda: [{title: 党课（第2季度）, category: 学习}]}
        ---
        {kind: meeting, id: pl3, org: org-zb, type: 党课, date: 2025-08-26, lecturer: p02, host: p01, recorder: p02, present: [p01, p02, p03], agenda: [{title: 党课（第3季度）, category: 学习}]}
        ---
        {kind: meeting, id: pl4, org: org-zb, type: 党课, date: 2025-11-25, lecturer: p02, host: p01, recorder: p02, present: [p01, p02, p03], agenda: [{title: 党课（第4季度）, category: 学习}]}
        ---
        {kind: meeting, id: td01, org: org-zb, type: 主题党日, date: 2025-01-15, host: p01, recorder: p02, present: [p01, p02, p03], agenda: [{title: 1月主题党日活动, category: 学习}]}
        ---
        {kind: meeting, id: td02, org: org-zb, type: 主题党日, date: 2025-02-15, host: p01, recorder: p02, present: [p01, p02, p03], agenda: [{title: 2月主题党日活动, category: 学习}]}
        ---
        {kind: meeting, id: td03, org: org-zb, type: 主题党日, date: 2025-03-15, host: p01, recorder: p02, present: [p01, p02, p03], agenda: [{title: 3月主题党日活动, category: 学习}]}
        ---
        {kind: meeting, id: td04, org: org-zb, type: 主题党日, date: 2025-04-15, host: p01, recorder: p02, present: [p01, p02, p03], agenda: [{title: 4月主题党日活动, category: 学习}]}
        ---
        {kind: meeting, id: td05, org: org-zb, type: 主题党日, date: 2025-05-15, host: p01, recorder: p02, present: [p01, p02, p03], agenda: [{title: 5月主题党日活动, category: 学习}]}
        ---
        {kind: meeting, id: td06, org: org-zb, type: 主题党日, date: 2025-06-15, host: p01, recorder: p02, present: [p01, p02, p03], agenda: [{title: 6月主题党日活动, category: 学习}]}
        ---
        {kind: meeting, id: td07, org: org-zb, type: 主题党日, date: 2025-07-15, host: p01, recorder: p02, present: [p01, p02, p03], agenda: [{title: 7月主题党日活动, category: 学习}]}
        ---
        {kind: meeting, id: td08, org: org-zb, type: 主题党日, date: 2025-08-15, host: p01, recorder: p02, present: [p01, p02, p03], agenda: [{title: 8月主题党日活动, category: 学习}]}
        ---
        {kind: meeting, id: td09, org: org-zb, type: 主题党日, date: 2025-09-15, host: p01, recorder: p02, present: [p01, p02, p03], agenda: [{title: 9月主题党日活动, category: 学习}]}
        ---
        {kind: meeting, id: td10, org: org-zb, type: 主题党日, date: 2025-10-15, host: p01, recorder: p02, present: [p01, p02, p03], agenda: [{title: 10月主题党日活动, category: 学习}]}
        ---
        {kind: meeting, id: td11, org: org-zb, type: 主题党日, date: 2025-11-15, host: p01, recorder: p02, present: [p01, p02, p03], agenda: [{title: 11月主题党日活动, category: 学习}]}
        ---
        {kind: meeting, id: td12, org: org-zb, type: 主题党日, date: 2025-12-15, host: p01, recorder: p02, present: [p01, p02, p03], agenda: [{title: 12月主题党日活动, category: 学习}]}
        ---
        {kind: meeting, id: ol1, org: org-zb, type: 组织生活会, date: 2025-12-18, host: p01, recorder: p02, present: [p01, p02, p03], agenda: [{title: 对照检查和民主评议党员, category: 其他}],
          preparation: {opinions_solicited: 2025-11-20, talks: [[p01, p02], [p01, p03]], self_review: true}, criticism: true, evaluation: true}
    - name: 党组书记在联系支部讲的党课不算党组的；成立当年（2024）不检查
      window: {from: 2024-01-01, to: 2025-12-31}
      expect: [{period: '2025', record: org-dz}]
      count: 1
      records: |
        {kind: organization, id: org-dz, name: 市文联党组, type: 党组, members: [p01, p02, p03], secretary: p01, established: 2024-03-01}
        ---
        {kind: organization, id: org-zb, name: 机关第二党支部, type: 党支部, members: [p01, p04, p05], secretary: p04, established: 2024-06-01}
        ---
        {kind: meeting, id: pl1, org: org-zb, type: 党课, date: 2025-06-28, lecturer: p01, host: p04, recorder: p05, present: [p01, p04, p05], agenda: [{title: 党组书记到联系支部讲党课, category: 学习}]}
        ---
        {kind: meeting, id: pl2, org: org-zb, type: 党课, date: 2025-11-20, lecturer: p04, host: p04, recorder: p05, present: [p01, p04, p05], agenda: [{title: 支部书记讲党课, category: 学习}]}

"""#
    ),
    (
      "branch/theme-day-monthly.yaml",
      #"""
id: branch.theme-day-monthly
kind: schedule
severity: warning
title:
  zh: 党支部每月开展主题党日
  en: A branch holds a themed party day every month
rationale:
  zh: 党支部应当以每月相对固定1天开展主题党日，组织党员集中学习、过组织生活、进行民主议事和志愿服务等。按活动日期归入日历月。
  en: A branch holds a themed party day on a fairly fixed day each month, for collective study, organizational life, democratic deliberation and volunteer service. An activity counts in the calendar month of its date.
remedy:
  zh: 补齐缺少月份的主题党日活动记录；确未开展的，确定每月相对固定的主题党日并列入支部工作计划。
  en: Produce the record of the missing month's themed party day; if none was held, fix a regular day each month and put it in the branch's work plan.
basis:
  - regulation: 中国共产党支部工作条例（试行）
    year: 2018
    article: 第十六条
    confidence: F2
    quote: 党支部「以每月相对固定1天」开展主题党日
parameters:
  min:
    default: 1
    description: {zh: 每月至少开展次数, en: Themed party days required each month}
organizations: "type == '党支部'"
period: month
sets:
  days:
    kind: meeting
    where: "type == '主题党日'"
require: "count($days) >= $params.min"
message:
  zh: "{name}在 {$period.label} 未开展主题党日"
  en: "{name} held no themed party day in {$period.label}"
examples:
  pass:
    - name: 一月开展了主题党日
      window: {from: 2025-01-01, to: 2025-01-31}
      records: |
        {kind: organization, id: org-zb, name: 机关第二党支部, type: 党支部, members: [p01, p02, p03, p04, p05], secretary: p01}
        ---
        {kind: meeting, id: td01, org: org-zb, type: 主题党日, date: 2025-01-31, host: p01, recorder: p02, present: [p01, p02, p03, p04, p05], agenda: [{title: 重温入党誓词, category: 学习}]}
  fail:
    - name: 二月没有主题党日（1月31日的活动不算二月）
      window: {from: 2025-01-01, to: 2025-02-28}
      expect: [{line: 1, column: 1, period: 2025-02, record: org-zb}]
      count: 1
      records: |
        {kind: organization, id: org-zb, name: 机关第二党支部, type: 党支部, members: [p01, p02, p03, p04, p05], secretary: p01}
        ---
        {kind: meeting, id: td01, org: org-zb, type: 主题党日, date: 2025-01-31, host: p01, recorder: p02, present: [p01, p02, p03, p04, p05], agenda: [{title: 重温入党誓词, category: 学习}]}
    - name: 1月20日成立的支部从二月起检查
      window: {from: 2025-01-01, to: 2025-03-31}
      expect: [{period: 2025-03}]
      count: 1
      records: |
        {kind: organization, id: org-zb4, name: 机关第四党支部, type: 党支部, members: [p01, p02, p03], secretary: p01, established: 2025-01-20}
        ---
        {kind: meeting, id: td02, org: org-zb4, type: 主题党日, date: 2025-02-14, host: p01, recorder: p02, present: [p01, p02, p03], agenda: [{title: 志愿服务, category: 其他}]}

"""#
    ),
    (
      "calendars/cn-2024.yaml",
      #"""
kind: calendar
id: cn-2024
source: 国办发明电〔2023〕7号
# Days off as the notice lists them, weekend days inside a holiday included.
holidays: [2024-01-01, 2024-02-10, 2024-02-11, 2024-02-12, 2024-02-13, 2024-02-14, 2024-02-15, 2024-02-16, 2024-02-17, 2024-04-04, 2024-04-05, 2024-04-06, 2024-05-01, 2024-05-02, 2024-05-03, 2024-05-04, 2024-05-05, 2024-06-10, 2024-09-15, 2024-09-16, 2024-09-17, 2024-10-01, 2024-10-02, 2024-10-03, 2024-10-04, 2024-10-05, 2024-10-06, 2024-10-07]
# Make-up working days (调休上班日), all on a Saturday or Sunday.
workdays: [2024-02-04, 2024-02-18, 2024-04-07, 2024-04-28, 2024-05-11, 2024-09-14, 2024-09-29, 2024-10-12]

"""#
    ),
    (
      "calendars/cn-2025.yaml",
      #"""
kind: calendar
id: cn-2025
source: 国办发明电〔2024〕12号
# Days off as the notice lists them, weekend days inside a holiday included.
holidays: [2025-01-01, 2025-01-28, 2025-01-29, 2025-01-30, 2025-01-31, 2025-02-01, 2025-02-02, 2025-02-03, 2025-02-04, 2025-04-04, 2025-04-05, 2025-04-06, 2025-05-01, 2025-05-02, 2025-05-03, 2025-05-04, 2025-05-05, 2025-05-31, 2025-06-01, 2025-06-02, 2025-10-01, 2025-10-02, 2025-10-03, 2025-10-04, 2025-10-05, 2025-10-06, 2025-10-07, 2025-10-08]
# Make-up working days (调休上班日), all on a Saturday or Sunday.
workdays: [2025-01-26, 2025-02-08, 2025-04-27, 2025-09-28, 2025-10-11]

"""#
    ),
    (
      "calendars/cn-2026.yaml",
      #"""
kind: calendar
id: cn-2026
source: 国务院办公厅关于2026年部分节假日安排的通知（2025-11-04）
# 文号 of the 2026 notice not confirmed; issued 2025-11-04 (新华网/光明网).
# Days off as the notice lists them, weekend days inside a holiday included.
holidays: [2026-01-01, 2026-01-02, 2026-01-03, 2026-02-15, 2026-02-16, 2026-02-17, 2026-02-18, 2026-02-19, 2026-02-20, 2026-02-21, 2026-02-22, 2026-02-23, 2026-04-04, 2026-04-05, 2026-04-06, 2026-05-01, 2026-05-02, 2026-05-03, 2026-05-04, 2026-05-05, 2026-06-19, 2026-06-20, 2026-06-21, 2026-09-25, 2026-09-26, 2026-09-27, 2026-10-01, 2026-10-02, 2026-10-03, 2026-10-04, 2026-10-05, 2026-10-06, 2026-10-07]
# Make-up working days (调休上班日), all on a Saturday or Sunday.
workdays: [2026-01-04, 2026-02-14, 2026-02-28, 2026-05-09, 2026-09-20, 2026-10-10]

"""#
    ),
    (
      "life/democratic-annual.yaml",
      #"""
id: life.democratic-annual
kind: schedule
severity: error
title:
  zh: 党组每年召开民主生活会
  en: A party group holds a democratic life meeting every year
rationale:
  zh: 党组（党委）领导班子每年召开1次民主生活会，一般安排在第四季度，开展批评和自我批评。本规则按会议日期归入日历年度：按上级通知在次年年初召开的“上年度”民主生活会计入召开当年，因此推迟召开的年份会被报告，须以上级同意推迟的文件说明。
  en: >-
    The leading group of a party group holds a democratic life meeting once a year, usually in the fourth quarter, for
    criticism and self-criticism. This rule counts a meeting in the calendar year of its date: a meeting for the
    previous year held early in the next, as the higher level directs, counts in the year it was held, so the year it
    was postponed from is reported and needs the higher level's approval of the postponement.
remedy:
  zh: 补齐当年民主生活会的记录；确未召开的，按上级党组织的部署召开，推迟召开的须附上级党组织同意推迟的文件。
  en: Produce the record of the year's democratic life meeting; if none was held, hold one as the higher level directs, and file the higher level's approval of any postponement.
basis:
  - regulation: 县以上党和国家机关党员领导干部民主生活会若干规定
    year: 2016
    confidence: F2
    quote: 民主生活会每年召开1次，一般安排在第四季度
organizations: "type == '党组'"
period: year
sets:
  meetings:
    kind: meeting
    where: "type == '民主生活会'"
require: "count($meetings) >= 1"
message:
  zh: "{name}在 {$period.label} 年未召开民主生活会"
  en: "{name} held no democratic life meeting in {$period.label}"
examples:
  pass:
    - name: 12月召开民主生活会（全年党组会议、中心组学习、学习计划、党建计划、书记党课齐全）
      period: 2025
      records: |
        {kind: organization, id: org-dz, name: 市文联党组, type: 党组, members: [p01, p02, p03], secretary: p01}
        ---
        {kind: plan, id: plan-study, org: org-dz, type: 理论学习中心组学习计划, year: 2025, issued: 2025-01-10}
        ---
        {kind: plan, id: plan-build, org: org-dz, type: 党建工作计划, year: 2025, issued: 2025-02-20}
        ---
        {kind: meeting, id: pg01, org: org-dz, type: 党组会议, date: 2025-01-10, record_book: 党组会议记录本, host: p01, recorder: p06, present: [p01, p02, p03], agenda: [{title: 学习习近平总书记重要讲话精神（1月党组会议）, category: 第一议题, speech_date: 2025-01-01}]}
        ---
        {kind: meeting, id: pg02, org: org-dz, type: 党组会议, date: 2025-02-10, record_book: 党组会议记录本, host: p01, recorder: p06, present: [p01, p02, p03], agenda: [{title: 学习习近平总书记重要讲话精神（2月党组会议）, category: 第一议题, speech_date: 2025-02-01}]}
        ---
        {kind: meeting, id: pg03, org: org-dz, type: 党组会议, date: 2025-03-10, record_book: 党组会议记录本, host: p01, recorder: p06, present: [p01, p02, p03], agenda: [{title: 学习习近平总书记重要讲话精神（3月党组会议）, category: 第一议题, speech_date: 2025-03-01}]}
        ---
        {kind: meeting, id: pg04, org: org-dz, type: 党组会议, date: 2025-04-10, record_book: 党组会议记录本, host: p01, recorder: p06, present: [p01, p02, p03], agenda: [{title: 学习习近平总书记重要讲话精神（4月党组会议）, category: 第一议题, speech_date: 2025-04-01}]}
        ---
        {kind: meeting, id: pg05, org: org-dz, type: 党组会议, date: 2025-05-10, record_book: 党组会议记录本, host: p01, recorder: p06, present: [p01, p02, p03], agenda: [{title: 学习习近平总书记重要讲话精神（5月党组会议）, category: 第一议题, speech_date: 2025-05-01}]}
        ---
        {kind: meeting, id: pg06, org: org-dz, type: 党组会议, date: 2025-06-10, record_book: 党组会议记录本, host: p01, recorder: p06, present: [p01, p02, p03], agenda: [{title: 学习习近平总书记重要讲话精神（6月党组会议）, category: 第一议题, speech_date: 2025-06-01}]}
        ---
        {kind: meeting, id: pg07, org: org-dz, type: 党组会议, date: 2025-07-10, record_book: 党组会议记录本, host: p01, recorder: p06, present: [p01, p02, p03], agenda: [{title: 学习习近平总书记重要讲话精神（7月党组会议）, category: 第一议题, speech_date: 2025-07-01}]}
        ---
        {kind: meeting, id: pg08, org: org-dz, type: 党组会议, date: 2025-08-10, record_book: 党组会议记录本, host: p01, recorder: p06, present: [p01, p02, p03], agenda: [{title: 学习习近平总书记重要讲话精神（8月党组会议）, category: 第一议题, speech_date: 2025-08-01}]}
        ---
        {kind: meeting, id: pg09, org: org-dz, type: 党组会议, date: 2025-09-10, record_book: 党组会议记录本, host: p01, recorder: p06, present: [p01, p02, p03], agenda: [{title: 学习习近平总书记重要讲话精神（9月党组会议）, category: 第一议题, speech_date: 2025-09-01}]}
        ---
        {kind: meeting, id: pg10, org: org-dz, type: 党组会议, date: 2025-10-10, record_book: 党组会议记录本, host: p01, recorder: p06, present: [p01, p02, p03], agenda: [{title: 学习习近平总书记重要讲话精神（10月党组会议）, category: 第一议题, speech_date: 2025-10-01}]}
        ---
        {kind: meeting, id: pg11, org: org-dz, type: 党组会议, date: 2025-11-10, record_book: 党组会议记录本, host: p01, recorder: p06, present: [p01, p02, p03], agenda: [{title: 学习习近平总书记重要讲话精神（11月党组会议）, category: 第一议题, speech_date: 2025-11-01}]}
        ---
        {kind: meeting, id: pg12, org: org-dz, type: 党组会议, date: 2025-12-10, record_book: 党组会议记录本, host: p01, recorder: p06, present: [p01, p02, p03], agenda: [{title: 学习习近平总书记重要讲话精神（12月党组会议）, category: 第一议题, speech_date: 2025-12-01}]}
        ---
        {kind: meeting, id: sg01, org: org-dz, type: 理论学习中心组学习, date: 2025-01-20, record_book: 中心组学习记录本, host: p01, recorder: p06, present: [p01, p02, p03], agenda: [{title: 专题学习习近平新时代中国特色社会主义思想（1月）, category: 第一议题, speech_date: 2025-01-05, discussion: true}]}
        ---
        {kind: meeting, id: sg02, org: org-dz, type: 理论学习中心组学习, date: 2025-02-20, record_book: 中心组学习记录本, host: p01, recorder: p06, present: [p01, p02, p03], agenda: [{title: 专题学习习近平新时代中国特色社会主义思想（2月）, category: 第一议题, speech_date: 2025-02-05, discussion: true}]}
        ---
        {kind: meeting, id: sg03, org: org-dz, type: 理论学习中心组学习, date: 2025-03-20, record_book: 中心组学习记录本, host: p01, recorder: p06, present: [p01, p02, p03], agenda: [{title: 专题学习习近平新时代中国特色社会主义思想（3月）, category: 第一议题, speech_date: 2025-03-05, discussion: true}]}
        ---
        {kind: meeting, id: sg04, org: org-dz, type: 理论学习中心组学习, date: 2025-04-20, record_book: 中心组学习记录本, host: p01, recorder: p06, present: [p01, p02, p03], agenda: [{title: 专题学习习近平新时代中国特色社会主义思想（4月）, category: 第一议题, speech_date: 2025-04-05, discussion: true}]}
        ---
        {kind: meeting, id: sg05, org: org-dz, type: 理论学习中心组学习, date: 2025-05-20, record_book: 中心组学习记录本, host: p01, recorder: p06, present: [p01, p02, p03], agenda: [{title: 专题学习习近平新时代中国特色社会主义思想（5月）, category: 第一议题, speech_date: 2025-05-05, discussion: true}]}
        ---
        {kind: meeting, id: sg06, org: org-dz, type: 理论学习中心组学习, date: 2025-06-20, record_book: 中心组学习记录本, host: p01, recorder: p06, present: [p01, p02, p03], agenda: [{title: 专题学习习近平新时代中国特色社会主义思想（6月）, category: 第一议题, speech_date: 2025-06-05, discussion: true}]}
        ---
        {kind: meeting, id: sg07, org: org-dz, type: 理论学习中心组学习, date: 2025-07-20, record_book: 中心组学习记录本, host: p01, recorder: p06, present: [p01, p02, p03], agenda: [{title: 专题学习习近平新时代中国特色社会主义思想（7月）, category: 第一议题, speech_date: 2025-07-05, discussion: true}]}
        ---
        {kind: meeting, id: sg08, org: org-dz, type: 理论学习中心组学习, date: 2025-08-20, record_book: 中心组学习记录本, host: p01, recorder: p06, present: [p01, p02, p03], agenda: [{title: 专题学习习近平新时代中国特色社会主义思想（8月）, category: 第一议题, speech_date: 2025-08-05, discussion: true}]}
        ---
        {kind: meeting, id: sg09, org: org-dz, type: 理论学习中心组学习, date: 2025-09-20, record_book: 中心组学习记录本, host: p01, recorder: p06, present: [p01, p02, p03], agenda: [{title: 专题学习习近平新时代中国特色社会主义思想（9月）, category: 第一议题, speech_date: 2025-09-05, discussion: true}]}
        ---
        {kind: meeting, id: sg10, org: org-dz, type: 理论学习中心组学习, date: 2025-10-20, record_book: 中心组学习记录本, host: p01, recorder: p06, present: [p01, p02, p03], agenda: [{title: 专题学习习近平新时代中国特色社会主义思想（10月）, category: 第一议题, speech_date: 2025-10-05, discussion: true}]}
        ---
        {kind: meeting, id: sg11, org: org-dz, type: 理论学习中心组学习, date: 2025-11-20, record_book: 中心组学习记录本, host: p01, recorder: p06, present: [p01, p02, p03], agenda: [{title: 专题学习习近平新时代中国特色社会主义思想（11月）, category: 第一议题, speech_date: 2025-11-05, discussion: true}]}
        ---
        {kind: meeting, id: sg12, org: org-dz, type: 理论学习中心组学习, date: 2025-12-20, record_book: 中心组学习记录本, host: p01, recorder: p06, present: [p01, p02, p03], agenda: [{title: 专题学习习近平新时代中国特色社会主义思想（12月）, category: 第一议题, speech_date: 2025-12-05, discussion: true}]}
        ---
        {kind: meeting, id: pl1, org: org-dz, type: 党课, date: 2025-06-28, lecturer: p01, host: p01, recorder: p06, present: [p01, p02, p03], agenda: [{title: 党组书记讲党课, category: 学习}]}
        ---
        {kind: meeting, id: dl1, org: org-dz, type: 民主生活会, date: 2025-12-22, host: p01, recorder: p06, present: [p01, p02, p03], agenda: [{title: 对照检查和批评与自我批评, category: 其他}],
          preparation: {opinions_solicited: 2025-11-20, talks: [[p01, p02], [p01, p03]], self_review: true}, criticism: true, reported: 2025-12-30}
  fail:
    - name: 全年未召开
      period: 2025
      expect: [{line: 1, column: 1, period: '2025', record: org-dz}]
      count: 1
      records: |
        {kind: organization, id: org-dz, name: 市文联党组, type: 党组, members: [p01, p02, p03], secretary: p01}
        ---
        {kind: plan, id: plan-study, org: org-dz, type: 理论学习中心组学习计划, year: 2025, issued: 2025-01-10}
        ---
        {kind: plan, id: plan-build, org: org-dz, type: 党建工作计划, year: 2025, issued: 2025-02-20}
        ---
        {kind: meeting, id: pg01, org: org-dz, type: 党组会议, date: 2025-01-10, record_book: 党组会议记录本, host: p01, recorder: p06, present: [p01, p02, p03], agenda: [{title: 学习习近平总书记重要讲话精神（1月党组会议）, category: 第一议题, speech_date: 2025-01-01}]}
        ---
        {kind: meeting, id: pg02, org: org-dz, type: 党组会议, date: 2025-02-10, record_book: 党组会议记录本, host: p01, recorder: p06, present: [p01, p02, p03], agenda: [{title: 学习习近平总书记重要讲话精神（2月党组会议）, category: 第一议题, speech_date: 2025-02-01}]}
        ---
        {kind: meeting, id: pg03, org: org-dz, type: 党组会议, date: 2025-03-10, record_book: 党组会议记录本, host: p01, recorder: p06, present: [p01, p02, p03], agenda: [{title: 学习习近平总书记重要讲话精神（3月党组会议）, category: 第一议题, speech_date: 2025-03-01}]}
        ---
        {kind: meeting, id: pg04, org: org-dz, type: 党组会议, date: 2025-04-10, record_book: 党组会议记录本, host: p01, recorder: p06, present: [p01, p02, p03], agenda: [{title: 学习习近平总书记重要讲话精神（4月党组会议）, category: 第一议题, speech_date: 2025-04-01}]}
        ---
        {kind: meeting, id: pg05, org: org-dz, type: 党组会议, date: 2025-05-10, record_book: 党组会议记录本, host: p01, recorder: p06, present: [p01, p02, p03], agenda: [{title: 学习习近平总书记重要讲话精神（5月党组会议）, category: 第一议题, speech_date: 2025-05-01}]}
        ---
        {kind: meeting, id: pg06, org: org-dz, type: 党组会议, date: 2025-06-10, record_book: 党组会议记录本, host: p01, recorder: p06, present: [p01, p02, p03], agenda: [{title: 学习习近平总书记重要讲话精神（6月党组会议）, category: 第一议题, speech_date: 2025-06-01}]}
        ---
        {kind: meeting, id: pg07, org: org-dz, type: 党组会议, date: 2025-07-10, record_book: 党组会议记录本, host: p01, recorder: p06, present: [p01, p02, p03], agenda: [{title: 学习习近平总书记重要讲话精神（7月党组会议）, category: 第一议题, speech_date: 2025-07-01}]}
        ---
        {kind: meeting, id: pg08, org: org-dz, type: 党组会议, date: 2025-08-10, record_book: 党组会议记录本, host: p01, recorder: p06, present: [p01, p02, p03], agenda: [{title: 学习习近平总书记重要讲话精神（8月党组会议）, category: 第一议题, speech_date: 2025-08-01}]}
        ---
        {kind: meeting, id: pg09, org: org-dz, type: 党组会议, date: 2025-09-10, record_book: 党组会议记录本, host: p01, recorder: p06, present: [p01, p02, p03], agenda: [{title: 学习习近平总书记重要讲话精神（9月党组会议）, category: 第一议题, speech_date: 2025-09-01}]}
        ---
        {kind: meeting, id: pg10, org: org-dz, type: 党组会议, date: 2025-10-10, record_book: 党组会议记录本, host: p01, recorder: p06, present: [p01, p02, p03], agenda: [{title: 学习习近平总书记重要讲话精神（10月党组会议）, category: 第一议题, speech_date: 2025-10-01}]}
        ---
        {kind: meeting, id: pg11, org: org-dz, type: 党组会议, date: 2025-11-10, record_book: 党组会议记录本, host: p01, recorder: p06, present: [p01, p02, p03], agenda: [{title: 学习习近平总书记重要讲话精神（11月党组会议）, category: 第一议题, speech_date: 2025-11-01}]}
        ---
        {kind: meeting, id: pg12, org: org-dz, type: 党组会议, date: 2025-12-10, record_book: 党组会议记录本, host: p01, recorder: p06, present: [p01, p02, p03], agenda: [{title: 学习习近平总书记重要讲话精神（12月党组会议）, category: 第一议题, speech_date: 2025-12-01}]}
        ---
        {kind: meeting, id: sg01, org: org-dz, type: 理论学习中心组学习, date: 2025-01-20, record_book: 中心组学习记录本, host: p01, recorder: p06, present: [p01, p02, p03], agenda: [{title: 专题学习习近平新时代中国特色社会主义思想（1月）, category: 第一议题, speech_date: 2025-01-05, discussion: true}]}
        ---
        {kind: meeting, id: sg02, org: org-dz, type: 理论学习中心组学习, date: 2025-02-20, record_book: 中心组学习记录本, host: p01, recorder: p06, present: [p01, p02, p03], agenda: [{title: 专题学习习近平新时代中国特色社会主义思想（2月）, category: 第一议题, speech_date: 2025-02-05, discussion: true}]}
        ---
        {kind: meeting, id: sg03, org: org-dz, type: 理论学习中心组学习, date: 2025-03-20, record_book: 中心组学习记录本, host: p01, recorder: p06, present: [p01, p02, p03], agenda: [{title: 专题学习习近平新时代中国特色社会主义思想（3月）, category: 第一议题, speech_date: 2025-03-05, discussion: true}]}
        ---
        {kind: meeting, id: sg04, org: org-dz, type: 理论学习中心组学习, date: 2025-04-20, record_book: 中心组学习记录本, host: p01, recorder: p06, present: [p01, p02, p03], agenda: [{title: 专题学习习近平新时代中国特色社会主义思想（4月）, category: 第一议题, speech_date: 2025-04-05, discussion: true}]}
        ---
        {kind: meeting, id: sg05, org: org-dz, type: 理论学习中心组学习, date: 2025-05-20, record_book: 中心组学习记录本, host: p01, recorder: p06, present: [p01, p02, p03], agenda: [{title: 专题学习习近平新时代中国特色社会主义思想（5月）, category: 第一议题, speech_date: 2025-05-05, discussion: true}]}
        ---
        {kind: meeting, id: sg06, org: org-dz, type: 理论学习中心组学习, date: 2025-06-20, record_book: 中心组学习记录本, host: p01, recorder: p06, present: [p01, p02, p03], agenda: [{title: 专题学习习近平新时代中国特色社会主义思想（6月）, category: 第一议题, speech_date: 2025-06-05, discussion: true}]}
        ---
        {kind: meeting, id: sg07, org: org-dz, type: 理论学习中心组学习, date: 2025-07-20, record_book: 中心组学习记录本, host: p01, recorder: p06, present: [p01, p02, p03], agenda: [{title: 专题学习习近平新时代中国特色社会主义思想（7月）, category: 第一议题, speech_date: 2025-07-05, discussion: true}]}
        ---
        {kind: meeting, id: sg08, org: org-dz, type: 理论学习中心组学习, date: 2025-08-20, record_book: 中心组学习记录本, host: p01, recorder: p06, present: [p01, p02, p03], agenda: [{title: 专题学习习近平新时代中国特色社会主义思想（8月）, category: 第一议题, speech_date: 2025-08-05, discussion: true}]}
        ---
        {kind: meeting, id: sg09, org: org-dz, type: 理论学习中心组学习, date: 2025-09-20, record_book: 中心组学习记录本, host: p01, recorder: p06, present: [p01, p02, p03], agenda: [{title: 专题学习习近平新时代中国特色社会主义思想（9月）, category: 第一议题, speech_date: 2025-09-05, discussion: true}]}
        ---
        {kind: meeting, id: sg10, org: org-dz, type: 理论学习中心组学习, date: 2025-10-20, record_book: 中心组学习记录本, host: p01, recorder: p06, present: [p01, p02, p03], agenda: [{title: 专题学习习近平新时代中国特色社会主义思想（10月）, category: 第一议题, speech_date: 2025-10-05, discussion: true}]}
        ---
        {kind: meeting, id: sg11, org: org-dz, type: 理论学习中心组学习, date: 2025-11-20, record_book: 中心组学习记录本, host: p01, recorder: p06, present: [p01, p02, p03], agenda: [{title: 专题学习习近平新时代中国特色社会主义思想（11月）, category: 第一议题, speech_date: 2025-11-05, discussion: true}]}
        ---
        {kind: meeting, id: sg12, org: org-dz, type: 理论学习中心组学习, date: 2025-12-20, record_book: 中心组学习记录本, host: p01, recorder: p06, present: [p01, p02, p03], agenda: [{title: 专题学习习近平新时代中国特色社会主义思想（12月）, category: 第一议题, speech_date: 2025-12-05, discussion: true}]}
        ---
        {kind: meeting, id: pl1, org: org-dz, type: 党课, date: 2025-06-28, lecturer: p01, host: p01, recorder: p06, present: [p01, p02, p03], agenda: [{title: 党组书记讲党课, category: 学习}]}
    - name: 2025年度民主生活会推迟到2026年1月，计入2026年，2025年没有
      window: {from: 2025-01-01, to: 2026-12-31}
      expect: [{period: '2025', message: 2025 年未召开民主生活会}]
      count: 1
      records: |
        {kind: organization, id: org-dz2, name: 市社科联党组, type: 党组, members: [p11, p12, p13], secretary: p11}
        ---
        {kind: meeting, id: dl1, org: org-dz2, type: 民主生活会, date: 2026-01-16, host: p11, recorder: p16, present: [p11, p12, p13], agenda: [{title: 2025年度民主生活会, category: 其他}],
          preparation: {opinions_solicited: 2025-12-15, talks: [[p11, p12], [p11, p13]], self_review: true}, criticism: true, reported: 2026-01-26}

"""#
    ),
    (
      "life/inquiry-explained.yaml",
      #"""
id: life.inquiry-explained
kind: record
severity: error
title:
  zh: 被函询的党员干部在民主生活会或组织生活会上作出说明
  en: A cadre who received an inquiry explains it at a life meeting
rationale:
  zh: >-
    被谈话函询的党员干部应当在民主生活会、组织生活会上就本年度或者上年度谈话函询问题进行说明。
    某年收到的函询，最迟应在次年的民主生活会或组织生活会上说明；次年结束前尚不能判断，因此只在审计期间包含次年年底时检查。
  en: >-
    A cadre who received a talk or written inquiry explains it at a democratic or organizational life meeting of
    the same year or the next. An inquiry of year Y can only be judged once the end of Y+1 falls inside the audit
    window.
remedy:
  zh: 在下一次民主生活会或组织生活会上由本人就函询问题作出说明，并在会议记录中写明（inquiry_explanations）；逾期未说明的，向上级纪委说明原因。
  en: Have the cadre explain the inquiry at the next democratic or organizational life meeting and record it (inquiry_explanations); where the deadline has passed, explain why to the higher discipline inspection commission.
basis:
  - regulation: 中国共产党纪律检查机关监督执纪工作规则
    year: 2019
    article: 第三十一条
    confidence: F2
    quote: 「被谈话函询的党员干部应当在民主生活会、组织生活会上就本年度或者上年度谈话函询问题进行说明」
  - regulation: 中国共产党党内监督条例
    year: 2016
    article: 第二十条
    confidence: F2
    quote: 「领导干部应当在民主生活会上把群众反映、巡视反馈、组织约谈函询的问题说清楚、谈透彻」
applies_to:
  kind: person
  where: "count(inquiries) > 0"
let:
  # the life meetings at which this person explained an inquiry (listed by id or by name)
  explained_at: "filter(lookup('meeting', 'inquiry_explanations', [$.id, $.name]), type in ['民主生活会', '组织生活会'])"
# an inquiry of year Y is judged in the window that holds the end of Y+1, its last chance
for_each: "filter(inquiries, date(year(date) + 1, 12, 31) >= $window.from and date(year(date) + 1, 12, 31) <= $window.to)"
as: inquiry
require: "any($explained_at, year(date) >= year($inquiry.date) and year(date) <= year($inquiry.date) + 1)"
message:
  zh: "{$.name} {$inquiry.date} 收到函询（{$inquiry.ref ?? '未注明文号'}），截至 {year($inquiry.date) + 1} 年底未在民主生活会或组织生活会上作出说明"
  en: "{$.name} received an inquiry on {$inquiry.date} ({$inquiry.ref ?? 'no reference'}) and had not explained it at a democratic or organizational life meeting by the end of {year($inquiry.date) + 1}"
examples:
  pass:
    - name: 2024年的函询在2025年1月的民主生活会上说明；2025年的函询在2025年审计时尚不检查
      period: 2025
      records: |
        kind: person
        id: p03
        name: 张某某
        inquiries:
          - {date: 2024-05-10, ref: 市纪委函〔2024〕12号}
          - {date: 2025-06-03, ref: 市纪委函〔2025〕31号}
        ---
        kind: meeting
        id: m-10
        org: org-jgdw
        type: 民主生活会
        date: 2025-01-20
        host: p01
        recorder: p02
        present: [p01, p02, p03]
        agenda:
          - {title: 通报班子成员受到谈话函询情况, category: 通报}
          - {title: 班子成员对照检查，开展批评和自我批评, category: 其他}
        preparation:
          opinions_solicited: 2025-01-05
          talks: [[p01, p02], [p01, p03]]
          self_review: true
        criticism: true
        inquiry_explanations: [p03]
        reported: 2025-01-30
        ---
        kind: organization
        id: org-jgdw
        name: 市文联机关党委
        type: 党委
        members: [p01, p02, p03]
        ---
        kind: person
        id: p01
        name: 孟某某
        ---
        kind: person
        id: p02
        name: 李某某
    - name: 2024年的函询在2024年审计时尚不检查
      period: 2024
      records: |
        kind: person
        id: p03
        name: 张某某
        inquiries: [{date: 2024-05-10, ref: 市纪委函〔2024〕12号}]
  fail:
    - name: 2024年的函询到2025年底仍未说明（2025年的函询尚不检查）
      period: 2025
      expect: [{line: 5, column: 5, record: p03, message: 2024-05-10 收到函询}]
      count: 1
      records: |
        kind: person
        id: p03
        name: 张某某
        inquiries:
          - {date: 2024-05-10, ref: 市纪委函〔2024〕12号}
          - {date: 2025-06-03, ref: 市纪委函〔2025〕31号}
    - name: 只在党组会议上说明，不算在生活会上说明
      window: {from: 2025-01-01, to: 2025-12-31}
      expect: [{record: p03, message: 截至 2025 年底}]
      count: 1
      records: |
        kind: person
        id: p03
        name: 张某某
        inquiries: [{date: 2024-05-10}]
        ---
        kind: meeting
        id: m-20
        org: org-dz
        type: 党组会议
        date: 2025-02-10
        inquiry_explanations: [张某某]

"""#
    ),
    (
      "life/organizational-annual.yaml",
      #"""
id: life.organizational-annual
kind: schedule
severity: error
title:
  zh: 党支部每年召开组织生活会并开展民主评议党员
  en: A branch holds an organizational life meeting each year, with the democratic appraisal of members
rationale:
  zh: 党支部每年至少召开1次组织生活会，一般安排在第四季度；民主评议党员一般每年开展1次，可以结合组织生活会进行。按会议日期归入日历年度；组织生活会记录中以 evaluation 表示开展了民主评议党员。
  en: A branch holds at least one organizational life meeting a year, usually in the fourth quarter; the democratic appraisal of members is held as a rule once a year and may be combined with that meeting. Meetings count in the calendar year of their date; `evaluation` on the meeting record shows that the appraisal was held.
remedy:
  zh: 补齐当年组织生活会的记录；确未召开的，按上级部署召开组织生活会，并在会上（或另行）开展民主评议党员，在记录中写明评议情况。
  en: Produce the record of the year's organizational life meeting; if none was held, hold one as the higher level directs, with the democratic appraisal of members, and record the appraisal.
basis:
  - regulation: 中国共产党支部工作条例（试行）
    year: 2018
    article: 第十七条
    confidence: F2
    quote: 组织生活会一般每年召开1次，一般安排在第四季度
  - regulation: 中国共产党支部工作条例（试行）
    year: 2018
    article: 第十八条
    confidence: F2
    quote: 「党支部一般每年开展1次民主评议党员，组织党员对照合格党员标准、对照入党誓词，开展批评和自我批评」
organizations: "type == '党支部'"
period: year
sets:
  meetings:
    kind: meeting
    where: "type == '组织生活会'"
checks:
  - name: held
    require: "count($meetings) >= 1"
    message:
      zh: "{name}在 {$period.label} 年未召开组织生活会"
      en: "{name} held no organizational life meeting in {$period.label}"
  - name: evaluation
    when: "count($meetings) >= 1"
    require: "any($meetings, (evaluation ?? false) == true)"
    message:
      zh: "{name}在 {$period.label} 年召开的组织生活会（{join(map($meetings, date), '、')}）均未开展民主评议党员"
      en: "{name} held no democratic appraisal of members at its organizational life meetings in {$period.label} ({join(map($meetings, date), ', ')})"
examples:
  pass:
    - name: 12月的组织生活会开展了民主评议（全年“三会一课”、主题党日齐全）
      period: 2025
      records: |
        {kind: organization, id: org-zb, name: 机关第二党支部, type: 党支部, members: [p01, p02, p03], secretary: p01}
        ---
        {kind: meeting, id: gm1, org: org-zb, type: 支部党员大会, date: 2025-03-31, host: p01, recorder: p02, present: [p01, p02, p03], agenda: [{title: 学习习近平总书记重要讲话精神（第1季度）, category: 第一议题, speech_date: 2025-03-05}]}
        ---
        {kind: meeting, id: gm2, org: org-zb, type: 支部党员大会, date: 2025-06-27, host: p01, recorder: p02, present: [p01, p02, p03], agenda: [{title: 学习习近平总书记重要讲话精神（第2季度）, category: 第一议题, speech_date: 2025-06-01}]}
        ---
        {kind: meeting, id: gm3, org: org-zb, type: 支部党员大会, date: 2025-09-26, host: p01, recorder: p02, present: [p01, p02, p03], agenda: [{title: 学习习近平总书记重要讲话精神（第3季度）, category: 第一议题, speech_date: 2025-09-03}]}
        ---
        {kind: meeting, id: gm4, org: org-zb, type: 支部党员大会, date: 2025-12-26, host: p01, recorder: p02, present: [p01, p02, p03], agenda: [{title: 学习习近平总书记重要讲话精神（第4季度）, category: 第一议题, speech_date: 2025-12-01}]}
        ---
        {kind: meeting, id: pl1, org: org-zb, type: 党课, date: 2025-02-25, lecturer: p01, host: p01, recorder: p02, present: [p01, p02, p03], agenda: [{title: 党课（第1季度）, category: 学习}]}
        ---
        {kind: meeting, id: pl2, org: org-zb, type: 党课, date: 2025-05-27, lecturer: p02, host: p01, recorder: p02, present: [p01, p02, p03], agenda: [{title: 党课（第2季度）, category: 学习}]}
        ---
        {kind: meeting, id: pl3, org: org-zb, type: 党课, date: 2025-08-26, lecturer: p02, host: p01, recorder: p02, present: [p01, p02, p03], agenda: [{title: 党课（第3季度）, category: 学习}]}
        ---
        {kind: meeting, id: pl4, org: org-zb, type: 党课, date: 2025-11-25, lecturer: p02, host: p01, recorder: p02, present: [p01, p02, p03], agenda: [{title: 党课（第4季度）, category: 学习}]}
        ---
        {kind: meeting, id: td01, org: org-zb, type: 主题党日, date: 2025-01-15, host: p01, recorder: p02, present: [p01, p02, p03], agenda: [{title: 1月主题党日活动, category: 学习}]}
        ---
        {kind: meeting, id: td02, org: org-zb, type: 主题党日, date: 2025-02-15, host: p01, recorder: p02, present: [p01, p02, p03], agenda: [{title: 2月主题党日活动, category: 学习}]}
        ---
        {kind: meeting, id: td03, org: org-zb, type: 主题党日, date: 2025-03-15, host: p01, recorder: p02, present: [p01, p02, p03], agenda: [{title: 3月主题党日活动, category: 学习}]}
        ---
        {kind: meeting, id: td04, org: org-zb, type: 主题党日, date: 2025-04-15, host: p01, recorder: p02, present: [p01, p02, p03], agenda: [{title: 4月主题党日活动, category: 学习}]}
        ---
        {kind: meeting, id: td05, org: org-zb, type: 主题党日, date: 2025-05-15, host: p01, recorder: p02, present: [p01, p02, p03], agenda: [{title: 5月主题党日活动, category: 学习}]}
        ---
        {kind: meeting, id: td06, org: org-zb, type: 主题党日, date: 2025-06-15, host: p01, recorder: p02, present: [p01, p02, p03], agenda: [{title: 6月主题党日活动, category: 学习}]}
        ---
        {kind: meeting, id: td07, org: org-zb, type: 主题党日, date: 2025-07-15, host: p01, recorder: p02, present: [p01, p02, p03], agenda: [{title: 7月主题党日活动, category: 学习}]}
        ---
        {kind: meeting, id: td08, org: org-zb, type: 主题党日, date: 2025-08-15, host: p01, recorder: p02, present: [p01, p02, p03], agenda: [{title: 8月主题党日活动, category: 学习}]}
        ---
        {kind: meeting, id: td09, org: org-zb, type: 主题党日, date: 2025-09-15, host: p01, recorder: p02, present: [p01, p02, p03], agenda: [{title: 9月主题党日活动, category: 学习}]}
        ---
        {kind: meeting, id: td10, org: org-zb, type: 主题党日, date: 2025-10-15, host: p01, recorder: p02, present: [p01, p02, p03], agenda: [{title: 10月主题党日活动, category: 学习}]}
        ---
        {kind: meeting, id: td11, org: org-zb, type: 主题党日, date: 2025-11-15, host: p01, recorder: p02, present: [p01, p02, p03], agenda: [{title: 11月主题党日活动, category: 学习}]}
        ---
        {kind: meeting, id: td12, org: org-zb, type: 主题党日, date: 2025-12-15, host: p01, recorder: p02, present: [p01, p02, p03], agenda: [{title: 12月主题党日活动, category: 学习}]}
        ---
        {kind: meeting, id: ol1, org: org-zb, type: 组织生活会, date: 2025-12-18, host: p01, recorder: p02, present: [p01, p02, p03], agenda: [{title: 对照检查和民主评议党员, category: 其他}],
          preparation: {opinions_solicited: 2025-11-20, talks: [[p01, p02], [p01, p03]], self_review: true}, criticism: true, evaluation: true}
  fail:
    - name: 组织生活会未开展民主评议党员
      period: 2025
      expect: [{line: 1, column: 1, period: '2025', record: org-zb, message: 民主评议}]
      count: 1
      records: |
        {kind: organization, id: org-zb, name: 机关第二党支部, type: 党支部, members: [p01, p02, p03, p04, p05], secretary: p01}
        ---
        {kind: meeting, id: ol1, org: org-zb, type: 组织生活会, date: 2025-12-18, host: p01, recorder: p02, present: [p01, p02, p03, p04, p05], agenda: [{title: 对照检查, category: 其他}],
          preparation: {opinions_solicited: 2025-11-20, talks: [[p01, p02]], self_review: true}, criticism: true}
    - name: 2025年度的组织生活会2026年1月才开，2025年没有
      period: 2025
      expect: [{period: '2025', message: 未召开组织生活会}]
      count: 1
      records: |
        {kind: organization, id: org-zb, name: 机关第二党支部, type: 党支部, members: [p01, p02, p03, p04, p05], secretary: p01}
        ---
        {kind: meeting, id: ol1, org: org-zb, type: 组织生活会, date: 2026-01-15, host: p01, recorder: p02, present: [p01, p02, p03, p04, p05], agenda: [{title: 2025年度组织生活会, category: 其他}],
          preparation: {opinions_solicited: 2025-12-20, talks: [[p01, p02]], self_review: true}, criticism: true, evaluation: true}

"""#
    ),
    (
      "life/preparation.yaml",
      #"""
id: life.preparation
kind: record
severity: error
title:
  zh: 民主生活会、组织生活会会前准备充分，会上开展批评和自我批评
  en: Life meetings are prepared and hold criticism and self-criticism
rationale:
  zh: >-
    民主生活会和组织生活会要经过征求意见、谈心谈话、撰写对照检查材料等会前准备，会上开展批评和自我批评。
    会前不征求意见、不谈心谈话、没有对照检查材料，会上不开展批评，生活会就流于形式。
  en: >-
    Democratic and organizational life meetings are prepared by soliciting opinions, one-to-one talks and written
    self-reviews, and hold criticism and self-criticism. Without these the meeting is a formality.
remedy:
  zh: 会前广泛征求意见、开展谈心谈话、撰写对照检查材料，并在会议记录中写明（preparation.opinions_solicited、talks、self_review）；会上开展批评和自我批评（criticism）。达不到要求的应重新召开。
  en: Solicit opinions, hold talks and write the self-review before the meeting and record them (preparation.opinions_solicited, talks, self_review); hold criticism and self-criticism at it (criticism). Hold the meeting again where this was not done.
basis:
  - regulation: 县以上党和国家机关党员领导干部民主生活会若干规定
    year: 2016
    confidence: F2
    quote: 「确定主题—征求意见—谈心交心—撰写对照检查材料—开展批评和自我批评—制定改进措施—报告和通报」
  - regulation: 中国共产党支部工作条例（试行）
    year: 2018
    article: 第十七条
    confidence: F2
    quote: 组织生活会会前谈心谈话、听取意见，会上查摆问题，开展批评和自我批评
applies_to:
  kind: meeting
  where: "type in ['民主生活会', '组织生活会']"
checks:
  - name: opinions
    require: "preparation.opinions_solicited < date"
    at: "preparation.opinions_solicited"
    message:
      zh: "{type}（{date}）征求意见的日期（{preparation.opinions_solicited}）不在会前"
      en: "{type} ({date}): opinions were solicited on {preparation.opinions_solicited}, not before the meeting"
  - name: opinions-given
    require: "exists(preparation.opinions_solicited)"
    at: "preparation ?? $"
    message:
      zh: "{type}（{date}）没有会前征求意见的记录（preparation.opinions_solicited）"
      en: "{type} ({date}) shows no opinions solicited before it (preparation.opinions_solicited)"
  - name: talks
    require: "count(preparation.talks, count(it) >= 2) >= 1"
    at: "preparation.talks ?? preparation ?? $"
    message:
      zh: "{type}（{date}）没有会前谈心谈话的记录（preparation.talks）"
      en: "{type} ({date}) shows no one-to-one talks before it (preparation.talks)"
  - name: self-review
    require: "exists(preparation.self_review) and preparation.self_review == true"
    at: "preparation.self_review ?? preparation ?? $"
    message:
      zh: "{type}（{date}）没有对照检查材料（preparation.self_review）"
      en: "{type} ({date}) shows no written self-review (preparation.self_review)"
  - name: criticism
    require: "exists(criticism) and criticism == true"
    at: "criticism ?? $"
    message:
      zh: "{type}（{date}）未开展批评和自我批评（criticism）"
      en: "{type} ({date}) held no criticism and self-criticism (criticism)"
examples:
  pass:
    - name: 准备充分的民主生活会
      records: |
        kind: meeting
        id: m-10
        org: org-dz
        type: 民主生活会
        date: 2025-01-20
        host: 孟某某
        recorder: 陈某某
        present: [孟某某, 李某某, 张某某, 刘某某, 赵某某]
        agenda:
          - {title: 通报上年度民主生活会整改落实情况和班子成员受到谈话函询情况, category: 通报}
          - {title: 班子成员逐一对照检查，开展批评和自我批评, category: 其他}
        preparation:
          opinions_solicited: 2025-01-05
          talks: [[孟某某, 李某某], [孟某某, 张某某], [孟某某, 刘某某], [孟某某, 赵某某], [李某某, 张某某]]
          self_review: true
        criticism: true
        reported: 2025-01-30
        ---
        kind: organization
        id: org-dz
        name: 市文联党组
        type: 党组
        members: [孟某某, 李某某, 张某某, 刘某某, 赵某某]
        secretary: 孟某某
    - name: 准备充分的组织生活会
      records: |
        kind: meeting
        id: m-11
        org: org-zb
        type: 组织生活会
        date: 2025-01-16
        host: 李某某
        recorder: 周某某
        present: [李某某, 周某某, 吴某某, 郑某某]
        agenda:
          - {title: 支部书记报告支部工作，检查支部建设问题, category: 通报}
          - {title: 党员对照检查，开展批评和自我批评, category: 其他}
          - {title: 民主评议党员, category: 其他}
        preparation:
          opinions_solicited: 2025-01-06
          talks: [[李某某, 周某某], [李某某, 吴某某], [李某某, 郑某某]]
          self_review: true
        criticism: true
        evaluation: true
        ---
        kind: organization
        id: org-zb
        name: 市文联机关第一党支部
        type: 党支部
        members: [李某某, 周某某, 吴某某, 郑某某]
        secretary: 李某某
  fail:
    - name: 会议当天才征求意见，没有对照检查材料，未开展批评
      expect:
        - {line: 13, column: 23, message: 不在会前}
        - {line: 15, column: 16, message: 没有对照检查材料}
        - {line: 16, column: 12, message: 未开展批评和自我批评}
      count: 3
      records: |
        kind: meeting
        id: m-12
        org: org-dz
        type: 民主生活会
        date: 2025-01-20
        host: 孟某某
        recorder: 陈某某
        present: [孟某某, 李某某, 张某某]
        agenda:
          - {title: 班子成员对照检查, category: 其他}
        reported: 2025-01-30
        preparation:
          opinions_solicited: 2025-01-20
          talks: [[孟某某, 李某某]]
          self_review: false
        criticism: false
        ---
        kind: organization
        id: org-dz
        name: 市文联党组
        type: 党组
        members: [孟某某, 李某某, 张某某]
        secretary: 孟某某
    - name: 组织生活会没有任何会前准备的记录
      expect:
        - {line: 1, column: 1, message: 没有会前征求意见}
        - {line: 1, column: 1, message: 没有会前谈心谈话}
        - {line: 1, column: 1, message: 没有对照检查材料}
        - {line: 1, column: 1, message: 未开展批评和自我批评}
      count: 4
      records: |
        kind: meeting
        id: m-13
        org: org-zb
        type: 组织生活会
        date: 2025-01-16
        host: 李某某
        recorder: 周某某
        present: [李某某, 周某某, 吴某某]
        agenda:
          - {title: 民主评议党员, category: 其他}
        evaluation: true
        ---
        kind: organization
        id: org-zb
        name: 市文联机关第一党支部
        type: 党支部
        members: [李某某, 周某某, 吴某某]
        secretary: 李某某

"""#
    ),
    (
      "life/report.yaml",
      #"""
id: life.report
kind: record
severity: warning
title:
  zh: 民主生活会后15日内向上级报告
  en: A democratic life meeting is reported to the higher level within 15 days
rationale:
  zh: 民主生活会召开后，应在规定时限内（一般为会后15日内）将会议情况报告和会议记录报送上级纪委和组织部门，接受上级监督。
  en: After a democratic life meeting, its report and minutes go to the higher-level discipline inspection commission and organization department within the deadline (as a rule 15 days), so that the higher level can oversee it.
remedy:
  zh: 尽快向上级纪委和组织部门报送会议情况报告和发言记录，并在会议记录中写明报送日期（reported）。
  en: Send the report and the minutes to the higher level now and record the date (reported).
basis:
  - regulation: 县以上党和国家机关党员领导干部民主生活会若干规定
    year: 2016
    confidence: R
    quote: 民主生活会情况报告和会议记录报上级纪委和组织部门
  - regulation: 各地民主生活会制度
    confidence: L
    quote: 「在召开民主生活会后十五日内，要向上一级组织报送会议情况和发言记录」
parameters:
  days:
    default: 15
    description: {zh: 会后报告的期限（日）, en: Days after the meeting within which it is reported}
applies_to:
  kind: meeting
  where: "type == '民主生活会'"
checks:
  - name: given
    require: "exists(reported)"
    message:
      zh: "民主生活会（{date}）没有向上级报告的记录（reported），应在会后 {$params.days} 日内报告"
      en: "The democratic life meeting of {date} has no report to the higher level (reported); it is due within {$params.days} days"
  - name: in-time
    require: "reported >= date and reported <= add_days(date, $params.days)"
    at: "reported"
    message:
      zh: "民主生活会（{date}）于 {reported} 向上级报告，{if(reported < date, '早于会议日期', '超过会后 ' + text($params.days) + ' 日（应在 ' + text(add_days(date, $params.days)) + ' 前）')}"
      en: "The democratic life meeting of {date} was reported on {reported}, {if(reported < date, 'before the meeting', 'more than ' + text($params.days) + ' days after it (due by ' + text(add_days(date, $params.days)) + ')')}"
examples:
  pass:
    - name: 会后10日报告
      records: |
        kind: meeting
        id: m-10
        org: org-dz
        type: 民主生活会
        date: 2025-01-20
        host: 孟某某
        recorder: 陈某某
        present: [孟某某, 李某某, 张某某, 刘某某, 赵某某]
        agenda:
          - {title: 通报上年度民主生活会整改落实情况和班子成员受到谈话函询情况, category: 通报}
          - {title: 班子成员逐一对照检查，开展批评和自我批评, category: 其他}
        preparation:
          opinions_solicited: 2025-01-05
          talks: [[孟某某, 李某某], [孟某某, 张某某], [孟某某, 刘某某], [孟某某, 赵某某], [李某某, 张某某]]
          self_review: true
        criticism: true
        reported: 2025-01-30
        ---
        kind: organization
        id: org-dz
        name: 市文联党组
        type: 党组
        members: [孟某某, 李某某, 张某某, 刘某某, 赵某某]
        secretary: 孟某某
    - name: 会后恰好第15日报告
      records: |
        kind: meeting
        id: m-10
        org: org-dz
        type: 民主生活会
        date: 2025-01-20
        host: 孟某某
        recorder: 陈某某
        present: [孟某某, 李某某, 张某某, 刘某某, 赵某某]
        agenda:
          - {title: 通报上年度民主生活会整改落实情况和班子成员受到谈话函询情况, category: 通报}
          - {title: 班子成员逐一对照检查，开展批评和自我批评, category: 其他}
        preparation:
          opinions_solicited: 2025-01-05
          talks: [[孟某某, 李某某], [孟某某, 张某某], [孟某某, 刘某某], [孟某某, 赵某某], [李某某, 张某某]]
          self_review: true
        criticism: true
        reported: 2025-02-04
        ---
        kind: organization
        id: org-dz
        name: 市文联党组
        type: 党组
        members: [孟某某, 李某某, 张某某, 刘某某, 赵某某]
        secretary: 孟某某
  fail:
    - name: 会后第16日才报告
      expect: [{line: 17, column: 11, message: 超过会后 15 日（应在 2025-02-04 前）}]
      count: 1
      records: |
        kind: meeting
        id: m-12
        org: org-dz
        type: 民主生活会
        date: 2025-01-20
        host: 孟某某
        recorder: 陈某某
        present: [孟某某, 李某某, 张某某]
        agenda:
          - {title: 班子成员对照检查，开展批评和自我批评, category: 其他}
        preparation:
          opinions_solicited: 2025-01-05
          talks: [[孟某某, 李某某], [孟某某, 张某某]]
          self_review: true
        criticism: true
        inquiry_explanations: []
        reported: 2025-02-05
    - name: 没有报告记录
      expect: [{line: 1, column: 1, message: 没有向上级报告的记录}]
      count: 1
      records: |
        kind: meeting
        id: m-13
        org: org-dz
        type: 民主生活会
        date: 2025-01-20
        host: 孟某某
        recorder: 陈某某
        present: [孟某某, 李某某, 张某某]
        agenda:
          - {title: 班子成员对照检查，开展批评和自我批评, category: 其他}

"""#
    ),
    (
      "meeting/decision-venue.yaml",
      #"""
id: meeting.decision-venue
kind: record
severity: error
title:
  zh: “三重一大”事项由党组会议集体讨论决定
  en: "\"Three majors and one large\" matters are decided at a party group meeting"
rationale:
  zh: 重大事项决策、重要干部任免、重大项目安排和大额度资金运作（“三重一大”）必须由党组（党委）集体讨论决定。主席办公会议等行政会议可以研究落实，但不能代替党组会议作出决定；巡察中“‘三重一大’事项以办公会议代替党组会议决策”是常见问题。
  en: >-
    Major decisions, important appointments, major projects and large sums ("three majors and one large") are
    decided collectively by the party group (or party committee). A chairman's office meeting or another meeting
    may prepare or carry them out but cannot take the decision in its place; inspections often find office
    meetings deciding such matters.
remedy:
  zh: 将该事项提交党组会议集体讨论决定并如实记录表决情况；办公会议只记载研究落实或通报的内容，不再把“三重一大”事项作为本会议的决定事项。
  en: Bring the matter to a party group meeting for a collective decision and record the vote; the office meeting records only the implementation or the briefing, not the matter as its own decision.
basis:
  - regulation: 中国共产党党组工作条例
    year: 2019
    article: 第二十三条
    confidence: F2
  - regulation: 中国共产党第十四届中央纪律检查委员会第六次全体会议公报
    year: 1996
    confidence: F2
  - regulation: 中国共产党党组工作程序与规范
    confidence: F2
    quote: 「不得以文件圈阅、个别征求意见…等形式来代替」
applies_to:
  kind: meeting
  where: "type not in ['党组会议', '党委会议'] and any(agenda, exists(matter))"
for_each: "filter(agenda, exists(matter))"
require: "false"
at: matter
message:
  zh: "议题“{title}”属“三重一大”事项（{matter}），在{$.type}（{$.date}）上作出决定；应由党组会议集体讨论决定"
  en: "\"{title}\" is a three-majors matter ({matter}) decided at the {$.type} ({$.date}); it must be decided by a party group meeting"
examples:
  pass:
    - name: 三重一大事项在党组会议决定，主席办公会议研究落实
      records: |
        kind: organization
        id: org-dz
        name: 市文联党组
        type: 党组
        members: [p01, p02, p03, p04, p05]
        secretary: p01
        ---
        kind: meeting
        id: m-01
        org: org-dz
        type: 党组会议
        date: 2025-03-12
        host: p01
        recorder: p06
        present: [p01, p02, p03, p04, p05]
        agenda:
          - {title: 学习习近平总书记在全国两会期间的重要讲话精神, category: 第一议题, speech_date: 2025-03-05}
          - title: 研究市艺术节文联承办项目安排
            category: 决策
            matter: 重大项目安排
            votes: {for: 5, against: 0, abstain: 0}
            result: 通过
        ---
        kind: meeting
        id: m-02
        org: org-dz
        type: 主席办公会议
        date: 2025-03-14
        host: p01
        recorder: p07
        present: [p01, p02, p03, p04, p05]
        agenda:
          - {title: 落实党组会议关于市艺术节承办项目的决定，分解任务, category: 其他}
  fail:
    - name: 大额资金运作在主席办公会议上决定
      expect: [{line: 19, column: 13, message: 大额度资金运作, record: m-03}]
      count: 1
      records: |
        kind: organization
        id: org-dz
        name: 市文联党组
        type: 党组
        members: [p01, p02, p03, p04, p05]
        secretary: p01
        ---
        kind: meeting
        id: m-03
        org: org-dz
        type: 主席办公会议
        date: 2025-03-14
        host: p01
        recorder: p07
        present: [p01, p02, p03, p04, p05]
        agenda:
          - title: 研究文艺惠民演出专项资金使用方案
            category: 决策
            matter: 大额度资金运作
            votes: {for: 5, against: 0, abstain: 0}
            result: 通过
          - {title: 通报一季度重点工作进展, category: 通报}
    - name: 重要人事任免在支部委员会上决定
      expect: [{message: 支部委员会}]
      count: 1
      records: |
        kind: organization
        id: org-zb
        name: 机关第一党支部
        type: 党支部
        members: [p01, p02, p03, p04, p05, p06, p07]
        committee: [p01, p02, p03]
        secretary: p01
        ---
        kind: meeting
        id: m-04
        org: org-zb
        type: 支部委员会
        date: 2025-03-06
        host: p01
        recorder: p02
        present: [p01, p02, p03]
        agenda:
          - {title: 学习习近平总书记在全国两会期间的重要讲话精神, category: 第一议题, speech_date: 2025-03-05}
          - {title: 研究机关科室负责人调整, category: 人事, matter: 重要人事任免}

"""#
    ),
    (
      "meeting/first-topic-repeat.yaml",
      #"""
id: meeting.first-topic-repeat
kind: record
severity: warning
title:
  zh: 同一组织不重复以同一讲话作为“第一议题”
  en: An organization does not study the same speech as its first topic twice
rationale:
  zh: “第一议题”制度要求及时传达学习习近平总书记最新重要讲话、重要指示批示精神。同一组织在不同会议上把同一篇讲话（标题和讲话日期都相同）再次列为“第一议题”，往往是以旧充新、应付了事，巡察中常被指出“第一议题”学习流于形式。
  en: >-
    The first topic is meant to pass on General Secretary Xi Jinping's latest speeches and instructions promptly.
    When an organization lists the same speech (same title and speech date) as the first topic of another meeting,
    old material is standing in for new, and inspections note the first topic as a formality.
remedy:
  zh: 后一次会议的“第一议题”改为学习最新的重要讲话或指示批示；确需继续深入学习的，列为一般学习议题，或按本地规定写明例外理由。
  en: Make the later meeting's first topic a newer speech or instruction; where further study is really needed, list it as an ordinary study item or record the exception local rules allow.
basis:
  - regulation: 各地“第一议题”制度实施办法
    confidence: L
    quote: 「每次局党组会会议应安排至少一个议题传达学习贯彻习近平总书记重要讲话…重要指示批示精神」
applies_to:
  kind: meeting
  where: "any(agenda, category == '第一议题')"
for_each: "filter(agenda, category == '第一议题' and exists(title) and exists(speech_date))"
as: item
require: >-
  none(lookup('meeting', 'org', $.org, 'agenda[].title', $item.title),
       org == $.org and (date < $.date or (date == $.date and id < $.id))
       and any(agenda, category == '第一议题' and title == $item.title and speech_date == $item.speech_date))
at: "$item.title"
message:
  zh: "{$.type}（{$.date}）的第一议题“{$item.title}”（讲话日期 {$item.speech_date}）本组织已在{join(map(filter(lookup('meeting', 'org', $.org, 'agenda[].title', $item.title), org == $.org and (date < $.date or (date == $.date and id < $.id)) and any(agenda, category == '第一议题' and title == $item.title and speech_date == $item.speech_date)), type + '（' + text(date) + '，' + id + '）'), '、')}作为第一议题学习过"
  en: "The first topic \"{$item.title}\" (speech of {$item.speech_date}) of the {$.type} ({$.date}) was already the first topic of {join(map(filter(lookup('meeting', 'org', $.org, 'agenda[].title', $item.title), org == $.org and (date < $.date or (date == $.date and id < $.id)) and any(agenda, category == '第一议题' and title == $item.title and speech_date == $item.speech_date)), type + ' (' + text(date) + ', ' + id + ')'), ', ')} in the same organization"
examples:
  pass:
    - name: 两个组织学习同一讲话
      records: |
        kind: organization
        id: org-dz
        name: 市文联党组
        type: 党组
        members: [p01, p02, p03, p04, p05]
        secretary: p01
        ---
        kind: organization
        id: org-zb
        name: 机关第二党支部
        type: 党支部
        members: [p03, p06, p07, p08, p09]
        secretary: p06
        ---
        kind: meeting
        id: m-01
        org: org-dz
        type: 党组会议
        date: 2025-03-12
        host: p01
        recorder: p06
        present: [p01, p02, p03, p04, p05]
        agenda:
          - title: 学习习近平总书记在全国两会期间的重要讲话精神
            category: 第一议题
            speech_date: 2025-03-05
          - title: 听取巡察整改进展情况汇报
            category: 通报
        ---
        kind: meeting
        id: m-02
        org: org-zb
        type: 支部党员大会
        date: 2025-03-20
        host: p06
        recorder: p07
        present: [p03, p06, p07, p08]
        absent: [{person: p09, reason: 病假}]
        agenda:
          - title: 学习习近平总书记在全国两会期间的重要讲话精神
            category: 第一议题
            speech_date: 2025-03-05
          - title: 通报一季度党费收缴情况
            category: 通报
    - name: 同一组织、标题相同而讲话日期不同，是两篇讲话
      records: |
        kind: organization
        id: org-dz
        name: 市文联党组
        type: 党组
        members: [p01, p02, p03, p04, p05]
        secretary: p01
        ---
        kind: meeting
        id: m-03
        org: org-dz
        type: 党组会议
        date: 2025-03-04
        host: p01
        recorder: p06
        present: [p01, p02, p03, p04, p05]
        agenda:
          - {title: 学习习近平总书记重要讲话精神, category: 第一议题, speech_date: 2025-02-27}
          - {title: 研究年度工作要点, category: 决策, votes: {for: 5, against: 0, abstain: 0}, result: 通过}
        ---
        kind: meeting
        id: m-04
        org: org-dz
        type: 党组会议
        date: 2025-03-25
        host: p01
        recorder: p06
        present: [p01, p02, p03, p04, p05]
        agenda:
          - {title: 学习习近平总书记重要讲话精神, category: 第一议题, speech_date: 2025-03-18}
          - {title: 听取巡察整改进展情况汇报, category: 通报}
  fail:
    - name: 同一党组两次学习同一讲话，指出后一次会议（按日期，不按文件顺序）
      expect: [{line: 17, column: 13, message: m-05, record: m-06}]
      count: 1
      records: |
        kind: organization
        id: org-dz
        name: 市文联党组
        type: 党组
        members: [p01, p02, p03, p04, p05]
        secretary: p01
        ---
        kind: meeting
        id: m-06
        org: org-dz
        type: 党组会议
        date: 2025-03-25
        host: p01
        recorder: p06
        present: [p01, p02, p03, p04, p05]
        agenda:
          - {title: 学习习近平总书记在全国两会期间的重要讲话精神, category: 第一议题, speech_date: 2025-03-05}
          - {title: 听取巡察整改进展情况汇报, category: 通报}
        ---
        kind: meeting
        id: m-05
        org: org-dz
        type: 党组会议
        date: 2025-03-12
        host: p01
        recorder: p06
        present: [p01, p02, p03, p04, p05]
        agenda:
          - {title: 学习习近平总书记在全国两会期间的重要讲话精神, category: 第一议题, speech_date: 2025-03-05}
          - {title: 研究年度工作要点, category: 决策, votes: {for: 5, against: 0, abstain: 0}, result: 通过}
    - name: 同一天的党组会议和中心组学习重复，指出 id 在后的一次
      expect: [{record: m-08, message: m-07}]
      count: 1
      records: |
        kind: organization
        id: org-dz
        name: 市文联党组
        type: 党组
        members: [p01, p02, p03, p04, p05]
        secretary: p01
        ---
        kind: meeting
        id: m-08
        org: org-dz
        type: 理论学习中心组学习
        date: 2025-03-12
        host: p01
        recorder: p07
        present: [p01, p02, p03, p04, p05]
        agenda:
          - {title: 学习习近平总书记在全国两会期间的重要讲话精神, category: 第一议题, speech_date: 2025-03-05}
          - {title: 研讨交流学习体会, category: 研讨, discussion: true}
        ---
        kind: meeting
        id: m-07
        org: org-dz
        type: 党组会议
        date: 2025-03-12
        host: p01
        recorder: p06
        present: [p01, p02, p03, p04, p05]
        agenda:
          - {title: 学习习近平总书记在全国两会期间的重要讲话精神, category: 第一议题, speech_date: 2025-03-05}
          - {title: 听取巡察整改进展情况汇报, category: 通报}

"""#
    ),
    (
      "meeting/first-topic-source.yaml",
      #"""
id: meeting.first-topic-source
kind: record
severity: warning
title:
  zh: “第一议题”写明所学讲话的日期，且不晚于会议日期
  en: A first-topic item dates the speech it studies, on or before the meeting
rationale:
  zh: “第一议题”学习的是习近平总书记最新重要讲话、重要指示批示精神。会议记录应写明所学讲话或指示的日期，才能核对是否“第一时间”学习、是否重复学习；讲话日期晚于会议日期，说明记录有误或事后补记。
  en: >-
    The first topic studies General Secretary Xi Jinping's latest speeches and instructions. The minutes must
    date the speech or instruction studied, so that timeliness and repetition can be checked; a speech dated
    after the meeting means the minutes are wrong or were written up afterwards.
remedy:
  zh: 在第一议题中以 speech_date 写明所学讲话、指示批示的发表日期（以公开报道为准）；日期晚于会议的，核对会议日期和所学内容后更正记录。
  en: Give the date of the speech or instruction (as published) in speech_date; where it is later than the meeting, check the meeting date and what was studied and correct the record.
basis:
  - regulation: 各地“第一议题”制度实施办法
    confidence: L
    quote: 「应在会议记录中及时规范记录“第一议题”学习主题、形式、参加人员和过程概况」
applies_to:
  kind: meeting
  where: "any(agenda, category == '第一议题')"
checks:
  - name: given
    for_each: "filter(agenda, category == '第一议题')"
    require: "count(missing('speech_date')) == 0"
    at: "speech_date ?? it"
    message:
      zh: "{$.type}（{$.date}）的第一议题“{title}”未写明所学讲话或指示的日期（speech_date）"
      en: "The first-topic item \"{title}\" of the {$.type} ({$.date}) does not date the speech or instruction studied (speech_date)"
  - name: order
    for_each: "filter(agenda, category == '第一议题' and exists(year(speech_date)) and exists(year($.date)) and speech_date > $.date)"
    require: "false"
    at: speech_date
    message:
      zh: "{$.type}（{$.date}）的第一议题“{title}”所学讲话日期 {speech_date} 晚于会议日期"
      en: "The first-topic item \"{title}\" of the {$.type} ({$.date}) studies a speech dated {speech_date}, after the meeting"
examples:
  pass:
    - name: 讲话日期与会议同日（不晚于会议）
      records: |
        kind: organization
        id: org-dz
        name: 市文联党组
        type: 党组
        members: [p01, p02, p03, p04, p05]
        secretary: p01
        ---
        kind: meeting
        id: m-01
        org: org-dz
        type: 党组会议
        date: 2025-03-12
        host: p01
        recorder: p06
        present: [p01, p02, p03, p04]
        absent: [{person: p05, reason: 出差}]
        agenda:
          - title: 传达学习习近平总书记当日重要讲话精神
            category: 第一议题
            speech_date: 2025-03-12
          - title: 听取巡察整改进展情况汇报
            category: 通报
  fail:
    - name: 讲话日期晚于会议日期
      expect: [{line: 19, column: 18, message: 晚于会议日期, record: m-02}]
      count: 1
      records: |
        kind: organization
        id: org-dz
        name: 市文联党组
        type: 党组
        members: [p01, p02, p03, p04, p05]
        secretary: p01
        ---
        kind: meeting
        id: m-02
        org: org-dz
        type: 党组会议
        date: 2025-03-12
        host: p01
        recorder: p06
        present: [p01, p02, p03, p04, p05]
        agenda:
          - title: 学习习近平总书记重要讲话精神
            category: 第一议题
            speech_date: 2025-03-13
          - title: 听取巡察整改进展情况汇报
            category: 通报
    - name: 第一议题未写讲话日期（第二个第一议题也要写）
      expect: [{line: 20, column: 5, message: 未写明}]
      count: 1
      records: |
        kind: organization
        id: org-dz
        name: 市文联党组
        type: 党组
        members: [p01, p02, p03, p04, p05]
        secretary: p01
        ---
        kind: meeting
        id: m-03
        org: org-dz
        type: 理论学习中心组学习
        date: 2025-03-20
        host: p01
        recorder: p06
        present: [p01, p02, p03, p04, p05]
        agenda:
          - title: 学习习近平总书记在全国两会期间的重要讲话精神
            category: 第一议题
            speech_date: 2025-03-05
          - title: 学习习近平总书记关于文艺工作的重要论述
            category: 第一议题
          - title: 研讨交流
            category: 研讨
            discussion: true

"""#
    ),
    (
      "meeting/first-topic.yaml",
      #"""
id: meeting.first-topic
kind: record
severity: error
title:
  zh: 会议第一项议题应为“第一议题”学习
  en: The first agenda item is the "first topic" study
rationale:
  zh: >-
    “第一议题”制度要求党组（党委）会议、理论学习中心组学习和“三会一课”等会议，把传达学习习近平总书记最新重要讲话、
    重要指示批示精神作为会议的第一项议题。巡察中“未落实‘第一议题’制度”是常见问题。
  en: >-
    The "first topic" system makes the study of General Secretary Xi Jinping's latest important speeches and
    instructions the first agenda item of party group meetings, central study group sessions and the branch
    meetings of the "three meetings and one lesson". Inspections often find it missing.
remedy:
  zh: 在会议记录中把第一项议题记为第一议题学习（category 第一议题），写明所学讲话或指示及其日期；确属例外的会议，以 first_topic_exempt 写明理由。
  en: Record the first agenda item as the first-topic study (category 第一议题), naming the speech or instruction and its date; for a genuine exception, give the reason in first_topic_exempt.
basis:
  - regulation: 各地“第一议题”制度实施办法
    confidence: L
    quote: 「列为党(工)委(党组)会、理论中心组学习、党组织“三会一课”和其它重要会议的“第一议题”」
applies_to:
  kind: meeting
  where: "type in ['党组会议', '理论学习中心组学习', '支部党员大会', '支部委员会', '党小组会']"
checks:
  - name: exempt
    when: "exists(first_topic_exempt)"
    require: "false"
    severity: info
    at: first_topic_exempt
    message:
      zh: "{type}（{date}）未安排“第一议题”，记录的例外理由：{first_topic_exempt}"
      en: "{type} ({date}) has no first-topic item; exemption recorded: {first_topic_exempt}"
  - name: first-item
    when: "not exists(first_topic_exempt) and count(agenda) > 0"
    require: "agenda[0].category == '第一议题'"
    at: "agenda[0].category ?? agenda[0]"
    message:
      zh: "{type}（{date}）的第一项议题不是“第一议题”学习（第一项为“{agenda[0].title}”）"
      en: "The first agenda item of the {type} ({date}) is not the first-topic study (it is \"{agenda[0].title}\")"
examples:
  pass:
    - name: 党组会议以第一议题开始
      records: |
        kind: organization
        id: org-dz
        name: 市文联党组
        type: 党组
        members: [p01, p02, p03]
        secretary: p01
        ---
        kind: meeting
        id: m-01
        org: org-dz
        type: 党组会议
        date: 2025-03-12
        host: p01
        recorder: p03
        present: [p01, p02, p03]
        agenda:
          - title: 学习习近平总书记在文艺工作座谈会上的重要讲话精神
            category: 第一议题
            speech_date: 2014-10-15
          - title: 研究年度工作要点
            category: 决策
            votes: {for: 3, against: 0, abstain: 0}
            result: 通过
    - name: 主题党日不适用
      records: |
        kind: organization
        id: org-zb
        name: 机关第一党支部
        type: 党支部
        members: [p01, p02, p03]
        secretary: p01
        ---
        kind: meeting
        id: m-02
        org: org-zb
        type: 主题党日
        date: 2025-03-20
        host: p01
        recorder: p02
        present: [p01, p02, p03]
        agenda:
          - {title: 参观革命纪念馆, category: 其他}
  fail:
    - name: 支委会第一项是业务议题
      expect: [{line: 19, column: 15, message: 第一项议题}]
      records: |
        kind: organization
        id: org-zb
        name: 机关第一党支部
        type: 党支部
        members: [p01, p02, p03, p04, p05, p06, p07]
        committee: [p01, p02, p03]
        secretary: p01
        ---
        kind: meeting
        id: m-03
        org: org-zb
        type: 支部委员会
        date: 2025-04-08
        host: p01
        recorder: p02
        present: [p01, p02, p03]
        agenda:
          - title: 研究发展党员工作
            category: 决策
          - title: 学习习近平总书记重要讲话精神
            category: 第一议题
            speech_date: 2025-03-05
    - name: 有例外理由时给出提示
      expect: [{message: 临时召开}]
      records: |
        kind: organization
        id: org-dz
        name: 市文联党组
        type: 党组
        members: [p01, p02, p03]
        secretary: p01
        ---
        kind: meeting
        id: m-04
        org: org-dz
        type: 党组会议
        date: 2025-05-06
        host: p01
        recorder: p03
        present: [p01, p02, p03]
        first_topic_exempt: 临时召开，专题研究突发事项
        agenda:
          - {title: 研究应急处置工作, category: 决策}

"""#
    ),
    (
      "meeting/minutes-complete.yaml",
      #"""
id: meeting.minutes-complete
kind: record
severity: error
title:
  zh: 会议记录要素齐全
  en: Meeting minutes are complete
rationale:
  zh: 会议记录是检查组织生活和集体决策是否规范的依据，应写明主持人、记录人、出席人员和议题，缺席人员应写明原因。巡察中“会议记录不规范、要素不全”是常见问题；党组会议须由专门人员如实记录。
  en: >-
    The minutes are the evidence that party life and collective decisions were in order. They name the chair,
    the recorder, those present and the agenda, and give the reason of everyone absent. Inspections often find
    minutes with elements missing; party group meetings must be recorded faithfully by a designated person.
remedy:
  zh: 根据会议签到表、会议材料补记主持人、记录人、出席人员和议题，并为每名缺席人员写明缺席原因（出差、病假、公务等）。
  en: Complete the chair, the recorder, those present and the agenda from the attendance sheet and the meeting papers, and give each absent person's reason (travel, sick leave, official duty…).
basis:
  - regulation: 中国共产党党组工作条例
    year: 2019
    article: 第二十七条
    confidence: F2
    quote: 「党组会议由专门人员如实记录」
  - regulation: 各地党组织会议记录规范
    confidence: L
applies_to:
  kind: meeting
let:
  lacking: "missing('host', 'recorder', 'present', 'agenda')"
checks:
  - name: fields
    require: "count($lacking) == 0"
    at: "first(map($lacking, $[it]))"
    message:
      zh: "{type}（{date}）的会议记录缺少{join(map($lacking, if(it == 'host', '主持人', if(it == 'recorder', '记录人', if(it == 'present', '出席人员', '议题')))), '、')}"
      en: "The minutes of the {type} ({date}) lack {join(map($lacking, if(it == 'host', 'the chair (host)', if(it == 'recorder', 'the recorder', if(it == 'present', 'those present', 'the agenda')))), ', ')}"
  - name: absent-reason
    for_each: "absent"
    require: "count(missing('reason')) == 0"
    at: "reason ?? it"
    message:
      zh: "{$.type}（{$.date}）的会议记录未写明{name(person ?? it)}的缺席原因"
      en: "The minutes of the {$.type} ({$.date}) give no reason for the absence of {name(person ?? it)}"
examples:
  pass:
    - name: 要素齐全，缺席人员均有原因
      records: |
        kind: organization
        id: org-dz
        name: 市文联党组
        type: 党组
        members: [p01, p02, p03, p04, p05]
        secretary: p01
        ---
        kind: meeting
        id: m-01
        org: org-dz
        type: 党组会议
        date: 2025-03-12
        host: p01
        recorder: p06
        present: [p01, p02, p03]
        absent:
          - {person: p04, reason: 出差}
          - {person: p05, reason: 病假}
        agenda:
          - title: 学习习近平总书记重要讲话精神
            category: 第一议题
            speech_date: 2025-03-05
          - title: 听取巡察整改进展情况汇报
            category: 通报
    - name: 主题党日同样要求要素齐全
      records: |
        kind: organization
        id: org-zb
        name: 机关第二党支部
        type: 党支部
        members: [p06, p07, p08, p09, p10]
        secretary: p06
        ---
        kind: meeting
        id: m-02
        org: org-zb
        type: 主题党日
        date: 2025-03-20
        host: p06
        recorder: p07
        present: [p06, p07, p08, p09]
        absent: [{person: p10, reason: 住院治疗}]
        agenda:
          - {title: 参观革命纪念馆, category: 其他}
  fail:
    - name: 缺主持人、记录人，议题为空：一条发现列出全部缺项
      expect: [{line: 13, column: 9, message: 主持人、记录人、议题, record: m-03}]
      count: 1
      records: |
        kind: organization
        id: org-zb
        name: 机关第二党支部
        type: 党支部
        members: [p06, p07, p08, p09, p10]
        secretary: p06
        ---
        kind: meeting
        id: m-03
        org: org-zb
        type: 主题党日
        date: 2025-03-20
        agenda: []
        present: [p06, p07, p08, p09, p10]
    - name: 两名缺席人员未写原因（一名没有 reason，一名为空）
      expect:
        - {line: 18, column: 5, message: p04}
        - {line: 19, column: 27, message: p05}
      count: 2
      records: |
        kind: organization
        id: org-dz
        name: 市文联党组
        type: 党组
        members: [p01, p02, p03, p04, p05, p06]
        secretary: p01
        ---
        kind: meeting
        id: m-04
        org: org-dz
        type: 党组会议
        date: 2025-03-12
        host: p01
        recorder: p07
        present: [p01, p02, p03]
        absent:
          - {person: p06, reason: 出差}
          - {person: p04}
          - {person: p05, reason: ''}
        agenda:
          - title: 学习习近平总书记重要讲话精神
            category: 第一议题
            speech_date: 2025-03-05
          - title: 听取巡察整改进展情况汇报
            category: 通报

"""#
    ),
    (
      "meeting/quorum.yaml",
      #"""
id: meeting.quorum
kind: record
severity: error
title:
  zh: 会议到会人数须达到规定比例
  en: Meetings reach their quorum
rationale:
  zh: >-
    到会人数不足时，会议不能有效议事和表决：支部党员大会须有半数以上有表决权的党员到会，支部委员会须有半数以上委员到会，
    党组会议须有半数以上党组成员到会，讨论决定干部任免须有三分之二以上成员到会，民主生活会到会人数须达到应到会人数的三分之二以上。
  en: >-
    Without a quorum a meeting cannot deliberate or vote: half or more of the voting members for a branch general
    meeting, half or more of the committee for a branch committee, half or more of the party group for its
    meetings and two thirds when it decides appointments, two thirds of those expected at a democratic life meeting.
remedy:
  zh: 核对会议记录的应到、实到人员；人数不足的会议所作决定应在达到法定人数的会议上重新研究。
  en: Check the expected and present lists in the minutes; decisions taken without a quorum must be taken again at a quorate meeting.
basis:
  - regulation: 中国共产党支部工作条例（试行）
    year: 2018
    article: 第十一条、第十二条
    confidence: F
    quote: 「党员大会须有半数以上有表决权的党员到会方可进行」「支部委员会会议须有半数以上委员到会方可进行」
  - regulation: 中国共产党党组工作条例
    year: 2019
    article: 第二十六条
    confidence: R
    quote: 「党组会议须有半数以上党组成员到会方可召开；讨论决定干部任免等事项，应当有三分之二以上党组成员到会」
  - regulation: 县以上党和国家机关党员领导干部民主生活会若干规定
    year: 2016
    confidence: F2
    quote: 「到会人数必须达到应到会人数的三分之二以上」
applies_to:
  kind: meeting
  where: "type in ['支部党员大会', '支部委员会', '党组会议', '民主生活会'] and exists(present)"
let:
  present_n: "count(present)"
  expected_n: "count(expected ?? if(type == '支部委员会', ref(org).committee, ref(org).members))"
checks:
  - name: half
    when: "type in ['支部党员大会', '支部委员会'] or (type == '党组会议' and not any(agenda, category == '人事'))"
    require: "$present_n * 2 >= $expected_n"
    at: present
    message:
      zh: "{type}（{date}）应到 {$expected_n} 人，实到 {$present_n} 人，未达到半数"
      en: "{type} ({date}): {$present_n} present of {$expected_n} expected, less than half"
  - name: two-thirds
    when: "type == '民主生活会' or (type == '党组会议' and any(agenda, category == '人事'))"
    require: "$present_n * 3 >= $expected_n * 2"
    at: present
    message:
      zh: "{type}（{date}）应到 {$expected_n} 人，实到 {$present_n} 人，未达到三分之二{if(type == '党组会议', '（会议讨论人事事项）', '')}"
      en: "{type} ({date}): {$present_n} present of {$expected_n} expected, less than two thirds{if(type == '党组会议', ' (the meeting decided personnel matters)', '')}"
examples:
  pass:
    - name: 七名党组成员五人到会可讨论人事（5×3 ≥ 7×2）
      records: |
        kind: organization
        id: org-dz
        name: 市文联党组
        type: 党组
        members: [p01, p02, p03, p04, p05, p06, p07]
        secretary: p01
        ---
        kind: meeting
        id: m-01
        org: org-dz
        type: 党组会议
        date: 2025-03-12
        host: p01
        recorder: p09
        present: [p01, p02, p03, p04, p05]
        absent: [{person: p06, reason: 出差}, {person: p07, reason: 病假}]
        agenda:
          - title: 学习习近平总书记重要讲话精神
            category: 第一议题
            speech_date: 2025-02-27
          - title: 研究干部任免事项
            category: 人事
            votes: {for: 5, against: 0, abstain: 0}
            result: 通过
  fail:
    - name: 七名党组成员四人到会讨论人事（4×3 < 7×2）
      expect: [{line: 15, column: 10, message: 三分之二}]
      records: |
        kind: organization
        id: org-dz
        name: 市文联党组
        type: 党组
        members: [p01, p02, p03, p04, p05, p06, p07]
        secretary: p01
        ---
        kind: meeting
        id: m-01
        org: org-dz
        type: 党组会议
        date: 2025-03-12
        host: p01
        recorder: p09
        present: [p01, p02, p03, p04]
        absent: [{person: p05, reason: 出差}, {person: p06, reason: 出差}, {person: p07, reason: 病假}]
        agenda:
          - title: 学习习近平总书记重要讲话精神
            category: 第一议题
            speech_date: 2025-02-27
          - title: 研究干部任免事项
            category: 人事
    - name: 支部党员大会不足半数
      expect: [{message: 未达到半数}]
      records: |
        kind: organization
        id: org-zb
        name: 机关第二党支部
        type: 党支部
        members: [p01, p02, p03, p04, p05]
        secretary: p01
        ---
        kind: meeting
        id: m-02
        org: org-zb
        type: 支部党员大会
        date: 2025-06-20
        host: p01
        recorder: p02
        present: [p01, p02]
        absent: [{person: p03, reason: 出差}, {person: p04, reason: 病假}, {person: p05, reason: 公务}]
        agenda:
          - {title: 学习党的二十届三中全会精神, category: 第一议题, speech_date: 2024-07-18}

"""#
    ),
    (
      "meeting/record-book.yaml",
      #"""
id: meeting.record-book
kind: record
severity: error
title:
  zh: 党组会议与主席办公会议分册记录，中心组学习使用专门记录本
  en: Party group and chairman's office meetings use separate books; the central study group has its own
rationale:
  zh: 党组会议是党组集体领导、集体决策的会议，主席办公会议是行政会议，二者职责不同，会议记录应分册记载、分别存档，不能以一本记录本混记，模糊党组会议与办公会议的界限。理论学习中心组学习应有专用学习记录本，巡察中“中心组学习无专门记录本、与党组会议记录混用”是常见问题。
  en: >-
    The party group meeting is where the party group leads and decides collectively; the chairman's office meeting
    is an administrative meeting. Their minutes are kept in separate books and archived apart, so that one book
    does not blur the line between them. The central study group keeps a dedicated study record book; inspections
    often find its sessions written into the party group's minutes book.
remedy:
  zh: 为党组会议、主席办公会议、理论学习中心组学习分别设立记录本；已混记的，按会议类型整理分册，并在记录本中注明。
  en: Keep one book each for party group meetings, chairman's office meetings and central study group sessions; where they were mixed, sort the minutes into separate books by meeting type and note it in the books.
basis:
  - regulation: 中国共产党党组工作条例
    year: 2019
    article: 第二十七条
    confidence: F2
    quote: 「党组会议由专门人员如实记录」
  - regulation: 各地会议记录规范
    confidence: L
  - regulation: 各地党委（党组）理论学习中心组学习制度
    confidence: L
    quote: 「中心组应有专用学习记录本，每次学习必须如实记录…」
applies_to:
  kind: meeting
  where: "exists(record_book)"
checks:
  - name: chairman-office
    when: "type == '主席办公会议'"
    require: "none(lookup('meeting', 'record_book', record_book), type == '党组会议')"
    at: record_book
    message:
      zh: "主席办公会议（{date}）记入“{record_book}”，该记录本也记有党组会议（{join(map(filter(lookup('meeting', 'record_book', record_book), type == '党组会议'), id), '、')}）；党组会议与主席办公会议应分册记录"
      en: "The chairman's office meeting ({date}) is kept in \"{record_book}\", a book that also holds party group meetings ({join(map(filter(lookup('meeting', 'record_book', record_book), type == '党组会议'), id), ', ')}); the two need separate books"
  - name: study-group
    when: "type == '理论学习中心组学习'"
    require: "none(lookup('meeting', 'record_book', record_book), type != '理论学习中心组学习')"
    at: record_book
    message:
      zh: "理论学习中心组学习（{date}）记入“{record_book}”，该记录本也记有{join(distinct(map(filter(lookup('meeting', 'record_book', record_book), type != '理论学习中心组学习'), type)), '、')}（{join(map(filter(lookup('meeting', 'record_book', record_book), type != '理论学习中心组学习'), id), '、')}）；中心组学习应使用专门记录本"
      en: "The central study group session ({date}) is kept in \"{record_book}\", a book that also holds {join(distinct(map(filter(lookup('meeting', 'record_book', record_book), type != '理论学习中心组学习'), type)), ', ')} ({join(map(filter(lookup('meeting', 'record_book', record_book), type != '理论学习中心组学习'), id), ', ')}); the study group needs a book of its own"
examples:
  pass:
    - name: 党组会议、主席办公会议、中心组学习各用一本
      records: |
        kind: organization
        id: org-dz
        name: 市文联党组
        type: 党组
        members: [p01, p02, p03, p04, p05]
        secretary: p01
        ---
        kind: meeting
        id: m-01
        org: org-dz
        type: 党组会议
        date: 2025-03-12
        host: p01
        recorder: p06
        record_book: 党组会议记录本（2025）
        present: [p01, p02, p03, p04, p05]
        agenda:
          - {title: 学习习近平总书记在全国两会期间的重要讲话精神, category: 第一议题, speech_date: 2025-03-05}
          - {title: 听取巡察整改进展情况汇报, category: 通报}
        ---
        kind: meeting
        id: m-02
        org: org-dz
        type: 主席办公会议
        date: 2025-03-14
        host: p01
        recorder: p07
        record_book: 主席办公会议记录本（2025）
        present: [p01, p02, p03, p04, p05]
        agenda:
          - {title: 研究文艺志愿服务活动安排, category: 决策}
        ---
        kind: meeting
        id: m-03
        org: org-dz
        type: 理论学习中心组学习
        date: 2025-03-18
        host: p01
        recorder: p08
        record_book: 理论学习中心组学习记录本（2025）
        present: [p01, p02, p03, p04, p05]
        agenda:
          - {title: 学习习近平总书记关于文化建设的重要指示精神, category: 第一议题, speech_date: 2025-03-10}
          - {title: 研讨交流学习体会, category: 研讨, discussion: true}
        ---
        kind: meeting
        id: m-04
        org: org-dz
        type: 理论学习中心组学习
        date: 2025-03-27
        host: p01
        recorder: p08
        record_book: 理论学习中心组学习记录本（2025）
        present: [p01, p02, p03, p04, p05]
        agenda:
          - {title: 学习习近平总书记在中央政治局集体学习时的重要讲话精神, category: 第一议题, speech_date: 2025-03-21}
          - {title: 研讨交流学习体会, category: 研讨, discussion: true}
  fail:
    - name: 党组会议与主席办公会议共用一本：指出主席办公会议
      expect: [{line: 28, column: 14, message: m-01, record: m-02}]
      count: 1
      records: |
        kind: organization
        id: org-dz
        name: 市文联党组
        type: 党组
        members: [p01, p02, p03, p04, p05]
        secretary: p01
        ---
        kind: meeting
        id: m-01
        org: org-dz
        type: 党组会议
        date: 2025-03-12
        host: p01
        recorder: p06
        record_book: 党组会议记录本（2025）
        present: [p01, p02, p03, p04, p05]
        agenda:
          - {title: 学习习近平总书记在全国两会期间的重要讲话精神, category: 第一议题, speech_date: 2025-03-05}
          - {title: 听取巡察整改进展情况汇报, category: 通报}
        ---
        kind: meeting
        id: m-02
        org: org-dz
        type: 主席办公会议
        date: 2025-03-14
        host: p01
        recorder: p07
        record_book: 党组会议记录本（2025）
        present: [p01, p02, p03, p04, p05]
        agenda:
          - {title: 研究文艺志愿服务活动安排, category: 决策}
    - name: 中心组学习记入党组会议记录本：指出中心组学习
      expect: [{line: 28, column: 14, message: 党组会议（m-01）, record: m-03}]
      count: 1
      records: |
        kind: organization
        id: org-dz
        name: 市文联党组
        type: 党组
        members: [p01, p02, p03, p04, p05]
        secretary: p01
        ---
        kind: meeting
        id: m-01
        org: org-dz
        type: 党组会议
        date: 2025-03-12
        host: p01
        recorder: p06
        record_book: 党组会议记录本（2025）
        present: [p01, p02, p03, p04, p05]
        agenda:
          - {title: 学习习近平总书记在全国两会期间的重要讲话精神, category: 第一议题, speech_date: 2025-03-05}
          - {title: 听取巡察整改进展情况汇报, category: 通报}
        ---
        kind: meeting
        id: m-03
        org: org-dz
        type: 理论学习中心组学习
        date: 2025-03-18
        host: p01
        recorder: p08
        record_book: 党组会议记录本（2025）
        present: [p01, p02, p03, p04, p05]
        agenda:
          - {title: 学习习近平总书记关于文化建设的重要指示精神, category: 第一议题, speech_date: 2025-03-10}
          - {title: 研讨交流学习体会, category: 研讨, discussion: true}

"""#
    ),
    (
      "meeting/vote.yaml",
      #"""
id: meeting.vote
kind: record
severity: error
title:
  zh: 表决须赞成票超过应到会人数的半数方为通过
  en: A vote passes only with more than half of those expected in favour
rationale:
  zh: 党内表决以应到会人数为基数：支部党员大会赞成人数超过应到会有表决权党员的半数为通过，党组会议赞成票超过应到会党组成员半数为通过，未到会成员的书面意见不计入票数。赞成票恰好等于应到会人数一半，不是“超过半数”。没有达到多数却记为通过，或记录了表决而未达到多数又未记为“未通过”，决定都不能成立。
  en: >-
    Party votes count against those expected, not those present: a branch general meeting adopts an item when
    more than half of the voting members expected are in favour, a party group meeting when more than half of the
    members expected are; written opinions of absent members are not counted. Exactly half is not more than half.
    An item recorded as adopted without that majority, or voted without it and not recorded as rejected, is not
    a valid decision.
remedy:
  zh: 核对表决票数和应到会人数；未达到多数的议题应记为“未通过”，需要作出决定的，提交下次会议重新表决。
  en: Check the votes and the number expected; an item without the majority is recorded as rejected (未通过), and a decision that is still needed goes to a new vote at the next meeting.
basis:
  - regulation: 中国共产党支部工作条例（试行）
    year: 2018
    article: 第十一条
    confidence: F
    quote: 「赞成人数超过应到会有表决权的党员的半数为通过」
  - regulation: 中国共产党党组工作条例
    year: 2019
    article: 第二十七条
    confidence: F2
    quote: 「赞成票超过应到会党组成员半数为通过。未到会党组成员的书面意见不得计入票数」
applies_to:
  kind: meeting
  where: "any(agenda, exists(votes))"
let:
  expected_n: "count(expected ?? if(type == '支部委员会', ref(org).committee, ref(org).members))"
for_each: "filter(agenda, exists(votes))"
as: item
require: "(result ?? '') == '未通过' or votes.for * 2 > $expected_n"
at: "votes.for ?? votes"
message:
  zh: "{$.type}（{$.date}）议题“{title}”赞成 {votes.for ?? 0} 票，未超过应到会 {$expected_n} 人的半数{if((result ?? '') == '通过', '，却记为“通过”', '，应记为“未通过”')}"
  en: "{$.type} ({$.date}): \"{title}\" had {votes.for ?? 0} in favour, not more than half of the {$expected_n} expected{if((result ?? '') == '通过', ', yet it is recorded as adopted', '; record it as rejected (未通过)')}"
examples:
  pass:
    - name: 八名党组成员五票赞成通过（5×2 > 8）；未通过的议题如实记载
      records: |
        kind: organization
        id: org-dz
        name: 市文联党组
        type: 党组
        members: [p01, p02, p03, p04, p05, p06, p07, p08]
        secretary: p01
        ---
        kind: meeting
        id: m-01
        org: org-dz
        type: 党组会议
        date: 2025-03-12
        host: p01
        recorder: p09
        present: [p01, p02, p03, p04, p05, p06]
        absent: [{person: p07, reason: 出差}, {person: p08, reason: 病假}]
        agenda:
          - {title: 学习习近平总书记在全国两会期间的重要讲话精神, category: 第一议题, speech_date: 2025-03-05}
          - title: 研究年度工作要点
            category: 决策
            votes: {for: 5, against: 1, abstain: 0}
            result: 通过
          - title: 研究调整办公用房方案
            category: 决策
            votes: {for: 3, against: 3, abstain: 0}
            result: 未通过
    - name: 支部委员会以委员人数为基数（三名委员两票赞成，2×2 > 3）
      records: |
        kind: organization
        id: org-zb
        name: 机关第一党支部
        type: 党支部
        members: [p01, p02, p03, p04, p05, p06, p07, p08, p09]
        committee: [p01, p02, p03]
        secretary: p01
        ---
        kind: meeting
        id: m-02
        org: org-zb
        type: 支部委员会
        date: 2025-03-06
        host: p01
        recorder: p02
        present: [p01, p02, p03]
        agenda:
          - {title: 学习习近平总书记在全国两会期间的重要讲话精神, category: 第一议题, speech_date: 2025-03-05}
          - title: 研究确定入党积极分子
            category: 决策
            votes: {for: 2, against: 1, abstain: 0}
            result: 通过
  fail:
    - name: 八名党组成员四票赞成（4×2 = 8，不是超过半数）却记为通过
      expect: [{line: 21, column: 18, message: 却记为“通过”, record: m-03}]
      count: 1
      records: |
        kind: organization
        id: org-dz
        name: 市文联党组
        type: 党组
        members: [p01, p02, p03, p04, p05, p06, p07, p08]
        secretary: p01
        ---
        kind: meeting
        id: m-03
        org: org-dz
        type: 党组会议
        date: 2025-03-12
        host: p01
        recorder: p09
        present: [p01, p02, p03, p04, p05, p06]
        absent: [{person: p07, reason: 出差}, {person: p08, reason: 病假}]
        agenda:
          - {title: 学习习近平总书记在全国两会期间的重要讲话精神, category: 第一议题, speech_date: 2025-03-05}
          - title: 研究年度工作要点
            category: 决策
            votes: {for: 4, against: 2, abstain: 0}
            result: 通过
    - name: 以会议的应到人员为基数（应到6人、3票赞成），未记表决结果
      expect: [{message: 应到会 6 人}]
      count: 1
      records: |
        kind: organization
        id: org-zb
        name: 机关第一党支部
        type: 党支部
        members: [p01, p02, p03, p04, p05, p06, p07, p08, p09]
        committee: [p01, p02, p03]
        secretary: p01
        ---
        kind: meeting
        id: m-04
        org: org-zb
        type: 支部党员大会
        date: 2025-03-20
        host: p01
        recorder: p02
        expected: [p01, p02, p03, p04, p05, p06]
        present: [p01, p02, p03, p04, p05, p06]
        agenda:
          - {title: 学习习近平总书记在全国两会期间的重要讲话精神, category: 第一议题, speech_date: 2025-03-05}
          - title: 讨论接收预备党员
            category: 决策
            votes: {for: 3, against: 2, abstain: 1}

"""#
    ),
    (
      "notice/candidate-fields.yaml",
      #"""
id: notice.candidate-fields
kind: record
severity: warning
title:
  zh: 任前公示须列明每名拟任人选的基本情况
  en: A pre-appointment notice describes each candidate
rationale:
  zh: 群众只有知道公示的是谁、现任什么职务、拟任什么职务，才能有针对性地反映情况。公示内容一般包括姓名、性别、民族、出生年月、政治面貌、学历学位、参加工作时间、现任职务和拟任职务；本规则检查其中最基本的五项：姓名、性别、出生年月、现任职务、拟任职务。
  en: >-
    People can only raise concerns about a candidate they can identify, with the post held now and the post
    proposed. Notices usually give name, gender, ethnicity, date of birth, political affiliation, education, start
    of work, current post and proposed post; this rule checks the five essentials: name, gender, birth, current
    post and proposed post.
remedy:
  zh: 补齐拟任人选的姓名、性别、出生年月、现任职务和拟任职务后重新发布公示。
  en: Add the candidate's name, gender, date of birth, current post and proposed post, and republish the notice.
basis:
  - regulation: 关于推行党政领导干部任前公示制的意见（中组发〔2000〕18号）
    year: 2000
    confidence: F2
    quote: 公示内容包括姓名、性别、民族、出生年月、政治面貌、学历学位、参加工作时间、现任职务、拟任职务（据省级实施规定所列的公示内容）
applies_to:
  kind: notice
checks:
  - name: fields
    for_each: "candidates"
    as: candidate
    require: "count(missing('name', 'gender', 'birth', 'current', 'proposed')) == 0"
    message:
      zh: "任前公示 {$.id} 的拟任人选{if(exists(name), ' ' + text(name) + ' ', '（未写姓名）')}缺少{join(map(missing('name', 'gender', 'birth', 'current', 'proposed'), if(it == 'name', '姓名', if(it == 'gender', '性别', if(it == 'birth', '出生年月', if(it == 'current', '现任职务', '拟任职务'))))), '、')}"
      en: "Notice {$.id}: the candidate{if(exists(name), ' ' + text(name), ' (no name)')} lacks {join(map(missing('name', 'gender', 'birth', 'current', 'proposed'), if(it == 'name', 'the name', if(it == 'gender', 'the gender', if(it == 'birth', 'the date of birth', if(it == 'current', 'the current post', 'the proposed post'))))), ', ')}"
examples:
  pass:
    - name: 两名人选信息齐全
      records: |
        kind: notice
        id: n-31
        title: 市文联干部任前公示
        published: 2025-03-14
        period: {start: 2025-03-14, end: 2025-03-20}
        candidates:
          - {name: 王某某, gender: 女, birth: 1984-06, education: 大学, current: 组联部副部长, proposed: 组联部部长}
          - name: 李某某
            gender: 男
            birth: 1980-11
            current: 办公室副主任
            proposed: 办公室主任
        contact: {phone: 024-52606479, address: 抚顺市顺城区滴翠路11号, email: fsswlbg@126.com}
  fail:
    - name: 一人缺性别和出生年月，一人缺拟任职务
      expect:
        - {line: 7, column: 5, message: 王某某 缺少性别、出生年月}
        - {line: 8, column: 5, message: 李某某 缺少拟任职务}
      count: 2
      records: |
        kind: notice
        id: n-32
        title: 市文联干部任前公示
        published: 2025-03-14
        period: {start: 2025-03-14, end: 2025-03-20}
        candidates:
          - {name: 王某某, education: 大学, current: 组联部副部长, proposed: 组联部部长}
          - name: 李某某
            gender: 男
            birth: 1980-11
            current: 办公室副主任
        contact: {phone: 024-52606479, address: 抚顺市顺城区滴翠路11号, email: fsswlbg@126.com}
    - name: 未写姓名
      expect: [{line: 7, message: （未写姓名）缺少姓名}]
      count: 1
      records: |
        kind: notice
        id: n-33
        title: 市文联干部任前公示
        published: 2025-03-14
        period: {start: 2025-03-14, end: 2025-03-20}
        candidates:
          - {gender: 女, birth: 1984-06, current: 组联部副部长, proposed: 组联部部长}
        contact: {phone: 024-52606479, address: 抚顺市顺城区滴翠路11号, email: fsswlbg@126.com}

"""#
    ),
    (
      "notice/contact.yaml",
      #"""
id: notice.contact
kind: record
severity: error
title:
  zh: 任前公示须写明联系电话和通讯地址
  en: A pre-appointment notice gives a phone number and a mailing address
rationale:
  zh: 任前公示是为了让干部群众在任职前反映情况。公示不写明受理反映的联系电话（举报电话）和通讯地址，群众无从反映，公示就流于形式。巡察中“任职公示不规范”的典型表现就是未注明联系电话、通讯地址。
  en: >-
    The notice exists so that people can raise concerns before the appointment. Without a phone number and a
    mailing address to which concerns can be sent, nobody can raise any, and the notice is a formality. A notice
    lacking both is exactly what the inspection found ("任职公示不规范").
remedy:
  zh: 在公示中写明受理单位、受理时间、联系（举报）电话和通讯地址（含邮政编码），重新发布公示并重新计算公示期。
  en: State the receiving office, its hours, a phone number and a mailing address (with postcode), republish the notice and count its period again.
basis:
  - regulation: 关于推行党政领导干部任前公示制的意见（中组发〔2000〕18号）
    year: 2000
    confidence: F2
    quote: 公示内容包括受理单位、受理时间、举报电话、通讯地址、邮政编码（据省级实施规定所列的公示内容）
  - regulation: 省委组织部干部任前公示通知（受理方式）
    confidence: L
    local: true
    quote: 「受理单位、受理时间、举报电话、通讯地址、邮政编码」
  - regulation: 市文联党组关于巡察整改情况的通报
    year: 2025
    article: 问题22“任职公示不规范”的整改成效
    confidence: L
    local: true
    quote: 「规范任职公示，注明联系电话、通讯地址」
applies_to:
  kind: notice
let:
  lacking: "missing('contact.phone', 'contact.address')"
require: "count($lacking) == 0"
at: "contact"
message:
  zh: "任前公示 {id} 未写明{join(map($lacking, if(it == 'contact.phone', '联系电话', '通讯地址')), '和')}，群众无从反映情况"
  en: "Notice {id} gives no {join(map($lacking, if(it == 'contact.phone', 'phone number', 'mailing address')), ' and no ')} for people to raise concerns"
examples:
  pass:
    - name: 写明电话、地址和电子邮箱
      records: |
        kind: notice
        id: n-11
        title: 市文联干部任前公示
        published: 2025-03-14
        period: {start: 2025-03-14, end: 2025-03-20}
        candidates:
          - {name: 王某某, gender: 女, birth: 1984-06, education: 大学, current: 组联部副部长, proposed: 组联部部长}
        contact: {phone: 024-52606479, address: 抚顺市顺城区滴翠路11号, email: fsswlbg@126.com}
  fail:
    - name: 只写了电子邮箱（巡察发现的问题）
      expect: [{line: 8, column: 10, message: 联系电话和通讯地址}]
      count: 1
      records: |
        kind: notice
        id: n-12
        title: 市文联干部任前公示
        published: 2025-03-14
        period: {start: 2025-03-14, end: 2025-03-20}
        candidates:
          - {name: 王某某, gender: 女, birth: 1984-06, education: 大学, current: 组联部副部长, proposed: 组联部部长}
        contact: {email: fsswlbg@126.com}
    - name: 没有联系方式一栏
      expect: [{line: 1, column: 1, message: 联系电话和通讯地址}]
      count: 1
      records: |
        kind: notice
        id: n-13
        title: 市文联干部任前公示
        published: 2025-03-14
        period: {start: 2025-03-14, end: 2025-03-20}
        candidates:
          - {name: 王某某, gender: 女, birth: 1984-06, education: 大学, current: 组联部副部长, proposed: 组联部部长}
    - name: 地址为空
      expect: [{line: 8, column: 10, message: 通讯地址}]
      count: 1
      records: |
        kind: notice
        id: n-14
        title: 市文联干部任前公示
        published: 2025-03-14
        period: {start: 2025-03-14, end: 2025-03-20}
        candidates:
          - {name: 王某某, gender: 女, birth: 1984-06, education: 大学, current: 组联部副部长, proposed: 组联部部长}
        contact: {phone: 024-52606479, address: '', email: fsswlbg@126.com}

"""#
    ),
    (
      "notice/email.yaml",
      #"""
id: notice.email
kind: record
severity: warning
title:
  zh: 任前公示宜提供电子邮箱
  en: A pre-appointment notice should give an e-mail address
rationale:
  zh: 联系电话和通讯地址是公示的必备内容（见 notice.contact）；电子邮箱不是中央规定的必备项，但能方便群众随时、书面反映情况，本单位对外公布的通报也已提供电子邮箱。缺少电子邮箱只作提醒。
  en: >-
    A phone number and a mailing address are required (see notice.contact). An e-mail address is not required by
    the central rules, but it lets people write in at any time, and the unit already publishes one in its other
    notices; its absence is a reminder, not a violation.
remedy:
  zh: 在公示的联系方式中增加受理反映的电子邮箱。
  en: Add an e-mail address for concerns to the notice's contact details.
basis:
  - regulation: 市文联党组关于巡察整改情况的通报
    year: 2025
    article: 联系方式
    confidence: L
    local: true
    quote: 「联系方式：024-52606479；邮政信箱：辽宁省抚顺市顺城区滴翠路11号；电子邮箱：fsswlbg@126.com」
applies_to:
  kind: notice
require: "exists(contact.email) and len(contact.email) > 0"
at: "contact"
message:
  zh: "任前公示 {id} 未提供电子邮箱"
  en: "Notice {id} gives no e-mail address"
examples:
  pass:
    - name: 联系方式齐全
      records: |
        kind: notice
        id: n-21
        title: 市文联干部任前公示
        published: 2025-03-14
        period: {start: 2025-03-14, end: 2025-03-20}
        candidates:
          - {name: 王某某, gender: 女, birth: 1984-06, education: 大学, current: 组联部副部长, proposed: 组联部部长}
        contact: {phone: 024-52606479, address: 抚顺市顺城区滴翠路11号, email: fsswlbg@126.com}
  fail:
    - name: 有电话和地址，没有电子邮箱
      expect: [{line: 8, column: 10, message: 电子邮箱}]
      count: 1
      records: |
        kind: notice
        id: n-22
        title: 市文联干部任前公示
        published: 2025-03-14
        period: {start: 2025-03-14, end: 2025-03-20}
        candidates:
          - {name: 王某某, gender: 女, birth: 1984-06, education: 大学, current: 组联部副部长, proposed: 组联部部长}
        contact: {phone: 024-52606479, address: 抚顺市顺城区滴翠路11号}

"""#
    ),
    (
      "notice/period.yaml",
      #"""
id: notice.period
kind: record
severity: error
title:
  zh: 任前公示期不少于5个工作日
  en: A pre-appointment notice runs at least five working days
rationale:
  zh: >-
    任前公示让干部群众在任职前反映情况，公示期不少于5个工作日。工作日按国务院办公厅公布的节假日安排计算：
    法定节假日不算，调休上班的周六、周日算。
  en: >-
    The notice lets people raise concerns before the appointment and must run at least five working days,
    counted with the State Council's holiday schedule: statutory holidays do not count, make-up working
    Saturdays and Sundays do.
remedy:
  zh: 延长公示期，使其包含至少5个工作日（节假日前后发布时尤其要核算），并在公示中写明起止日期。
  en: Extend the notice so that it covers at least five working days (count carefully around holidays) and state both dates.
basis:
  - regulation: 党政领导干部选拔任用工作条例
    year: 2019
    article: 第四十二条
    confidence: F2
    quote: 「公示期不少于五个工作日」
parameters:
  min_working_days:
    default: 5
    description: {zh: 公示期最少工作日数, en: Minimum working days of the notice period}
  count_from_next_day:
    default: false
    description: {zh: 从发布次日起算（默认起止日均计入）, en: Count from the day after the start (default counts both ends)}
applies_to:
  kind: notice
let:
  start: "period.start"
  end: "period.end"
  first: "if($params.count_from_next_day, add_days(period.start, 1), period.start)"
checks:
  - name: given
    require: "exists($start) and exists($end)"
    at: "period"
    message:
      zh: "任前公示 {id} 未写明公示{if(exists($start), '结束', if(exists($end), '开始', '起止'))}日期"
      en: "Notice {id} does not give the {if(exists($start), 'end', if(exists($end), 'start', 'start and end'))} date of its period"
  - name: order
    require: "$end >= $start"
    at: "period.end"
    message:
      zh: "任前公示 {id} 的结束日期 {$end} 早于开始日期 {$start}"
      en: "Notice {id} ends ({$end}) before it starts ({$start})"
  - name: length
    when: "$end >= $start"
    require: "workdays($first, $end) >= $params.min_working_days"
    at: "period"
    message:
      zh: "任前公示 {id} 的公示期 {$start} 至 {$end} 只有 {workdays($first, $end)} 个工作日（{workday_list($first, $end)}），不足 {$params.min_working_days} 个工作日{if(count(uncovered_years($first, $end)) > 0, '（' + text(uncovered_years($first, $end)) + '年无节假日安排，按周一至周五计算）', '')}"
      en: "Notice {id} runs {$start} to {$end}: {workdays($first, $end)} working days ({workday_list($first, $end)}), fewer than {$params.min_working_days}{if(count(uncovered_years($first, $end)) > 0, ' (no holiday calendar for ' + text(uncovered_years($first, $end)) + ': counted Monday to Friday)', '')}"
examples:
  pass:
    - name: 五个工作日（含周末不计）
      records: |
        kind: notice
        id: n-01
        title: 市文联干部任前公示
        published: 2025-03-14
        period: {start: 2025-03-14, end: 2025-03-20}
        contact: {phone: 0123-52606479, address: 临川市文华路11号, email: wlbgs@example.com}
        candidates:
          - {name: 王某某, gender: 女, birth: 1984-06, current: 组联部副部长, proposed: 组联部部长}
    - name: 靠调休上班的周六才满五个工作日
      records: |
        kind: notice
        id: n-02
        title: 市文联干部任前公示
        published: 2025-02-04
        period: {start: 2025-02-05, end: 2025-02-10}
        contact: {phone: 0123-52606479, address: 临川市文华路11号, email: wlbgs@example.com}
        candidates:
          - {name: 王某某, gender: 女, birth: 1984-06, current: 组联部副部长, proposed: 组联部部长}
  fail:
    - name: 跨国庆假期只有4个工作日
      expect: [{line: 5, column: 9, message: 2025-09-30、2025-10-09}]
      records: |
        kind: notice
        id: n-03
        title: 市文联干部任前公示
        published: 2025-09-29
        period: {start: 2025-09-29, end: 2025-10-10}
    - name: 缺少结束日期
      expect: [{message: 结束日期}]
      records: |
        kind: notice
        id: n-04
        published: 2025-05-06
        period: {start: 2025-05-06}
    - name: 结束早于开始
      expect: [{message: 早于}]
      records: |
        kind: notice
        id: n-05
        published: 2025-05-06
        period: {start: 2025-05-12, end: 2025-05-06}

"""#
    ),
    (
      "party-group/meeting-monthly.yaml",
      #"""
id: party-group.meeting-monthly
kind: schedule
severity: warning
title:
  zh: 党组每月召开党组会议
  en: A party group meets every month
rationale:
  zh: 党组会议一般每月召开1次，遇有重要情况可以随时召开。党组的重大事项须经党组会议集体讨论决定，长期不开会容易以书记办公会、主席办公会或个别酝酿代替集体决策。规定用语为“一般”，故为警告级。
  en: A party group meets as a rule once a month, and whenever important matters arise. Its major matters must be decided collectively at its meetings; when it seldom meets, secretary's or chairman's office meetings or one-to-one consultations tend to replace collective decisions. The regulation says "as a rule", hence a warning.
remedy:
  zh: 补齐缺少月份的党组会议记录；确未召开的，说明原因（如经上级同意合并召开），并按月安排党组会议。
  en: Produce the minutes of the missing month's party group meeting; if none was held, state why (for instance a merged meeting approved by the higher level) and schedule one each month.
basis:
  - regulation: 中国共产党党组工作条例（试行）
    year: 2015
    article: 第二十五条
    confidence: F2
    quote: 党组会议一般每月召开1次，遇有重要情况可以随时召开
parameters:
  min:
    default: 1
    description: {zh: 每月至少召开次数, en: Meetings required each month}
organizations: "type == '党组'"
period: month
sets:
  meetings:
    kind: meeting
    where: "type == '党组会议'"
require: "count($meetings) >= $params.min"
message:
  zh: "{name}在 {$period.label} 未召开党组会议"
  en: "{name} held no party group meeting in {$period.label}"
examples:
  pass:
    - name: 1月31日、2月1日各开一次，两个月都算
      window: {from: 2025-01-01, to: 2025-02-28}
      records: |
        {kind: organization, id: org-dz, name: 市文联党组, type: 党组, members: [p01, p02, p03, p04, p05], secretary: p01}
        ---
        {kind: meeting, id: pg01, org: org-dz, type: 党组会议, date: 2025-01-31, host: p01, recorder: p06, present: [p01, p02, p03, p04, p05], agenda: [{title: 学习习近平总书记新年贺词精神, category: 第一议题, speech_date: 2024-12-31}]}
        ---
        {kind: meeting, id: pg02, org: org-dz, type: 党组会议, date: 2025-02-01, host: p01, recorder: p06, present: [p01, p02, p03, p04], agenda: [{title: 学习习近平总书记春节团拜会讲话精神, category: 第一议题, speech_date: 2025-01-27}]}
  fail:
    - name: 二月没有党组会议；主席办公会议不能代替
      window: {from: 2025-01-01, to: 2025-02-28}
      expect: [{line: 1, column: 1, period: 2025-02, record: org-dz}]
      count: 1
      records: |
        {kind: organization, id: org-dz, name: 市文联党组, type: 党组, members: [p01, p02, p03, p04, p05], secretary: p01}
        ---
        {kind: meeting, id: pg01, org: org-dz, type: 党组会议, date: 2025-01-31, host: p01, recorder: p06, present: [p01, p02, p03, p04, p05], agenda: [{title: 学习习近平总书记新年贺词精神, category: 第一议题, speech_date: 2024-12-31}]}
        ---
        {kind: meeting, id: bg01, org: org-dz, type: 主席办公会议, date: 2025-02-18, host: p01, recorder: p06, present: [p01, p02, p03], agenda: [{title: 研究春节后工作安排, category: 其他}]}
    - name: 3月成立的党组从4月起检查
      window: {from: 2025-01-01, to: 2025-05-31}
      expect: [{period: 2025-05, message: 2025-05}]
      count: 1
      records: |
        {kind: organization, id: org-dz2, name: 市社科联党组, type: 党组, members: [p11, p12, p13], secretary: p11, established: 2025-03-10}
        ---
        {kind: meeting, id: pg03, org: org-dz2, type: 党组会议, date: 2025-04-08, host: p11, recorder: p16, present: [p11, p12, p13], agenda: [{title: 学习全国两会精神, category: 第一议题, speech_date: 2025-03-11}]}

"""#
    ),
    (
      "plan/party-building-annual.yaml",
      #"""
id: plan.party-building-annual
kind: schedule
severity: error
title:
  zh: 党组、党总支每年3月31日前印发年度党建工作计划
  en: A party group or general branch issues its annual party-building plan by 31 March
rationale:
  zh: 党组（党总支）履行党建工作主体责任，应当每年制定党建工作计划，对全年党的建设作出安排。计划按其所属年度（year）归入年份，上一年印发的下一年度计划也算；3月31日当天印发的不晚。截止日期是地方和单位的规定，可按本地要求调整规则。
  en: A party group or general branch, responsible for party building in its unit, sets out each year's party-building work in an annual plan. A plan counts for the year it is for (`year`), so one issued in the previous year counts; a plan issued on 31 March is in time. The deadline is local practice.
remedy:
  zh: 制定并印发本年度党建工作计划，写明所属年度和印发日期；以后每年一季度内印发。
  en: Draw up and issue this year's party-building plan, stating the year it is for and its date of issue; in later years issue it within the first quarter.
basis:
  - regulation: 中国共产党党组工作条例
    year: 2019
    confidence: R
    quote: 党组履行全面从严治党主体责任，抓好本单位党的建设
  - regulation: 各地党建工作责任制实施办法（年度党建工作计划）
    confidence: L
    quote: 每年一季度制定年度党建工作计划
parameters:
  deadline_month:
    default: 3
    description: {zh: 印发截止月份（该月最后一天为截止日）, en: "Month by whose last day the plan is issued"}
organizations: "type in ['党组', '党总支']"
period: year
sets:
  plans:
    kind: plan
    where: "type == '党建工作计划'"
    date: year
let:
  deadline: "add_days(add_months(date($period.year, $params.deadline_month, 1), 1), -1)"
checks:
  - name: exists
    require: "count($plans) >= 1"
    message:
      zh: "{name}没有 {$period.label} 年度党建工作计划"
      en: "{name} has no party-building plan for {$period.label}"
  - name: issued-by-deadline
    when: "count($plans) >= 1"
    require: "any($plans, exists(issued) and issued <= $deadline)"
    message:
      zh: "{name}的 {$period.label} 年度党建工作计划{if(any($plans, exists(issued)), '印发于 ' + text(min(filter($plans, exists(issued)), issued)) + '，晚于', '未写明印发日期，无法确认在')} {$deadline}{if(any($plans, exists(issued)), '', ' 前印发')}"
      en: "{name}'s party-building plan for {$period.label} {if(any($plans, exists(issued)), 'was issued on ' + text(min(filter($plans, exists(issued)), issued)) + ', after', 'gives no date of issue, so it is not shown to be issued by')} {$deadline}"
examples:
  pass:
    - name: 党总支3月31日当天印发
      period: 2025
      records: |
        {kind: organization, id: org-dzz, name: 机关党总支, type: 党总支, members: [p01, p02, p03, p04, p05], secretary: p01}
        ---
        {kind: plan, id: plan-build, org: org-dzz, type: 党建工作计划, year: 2025, issued: 2025-03-31}
    - name: 上一年12月印发的本年度计划也算
      period: 2025
      records: |
        {kind: organization, id: org-dzz, name: 机关党总支, type: 党总支, members: [p01, p02, p03, p04, p05], secretary: p01}
        ---
        {kind: plan, id: plan-build, org: org-dzz, type: 党建工作计划, year: 2025, issued: 2024-12-26}
  fail:
    - name: 4月1日才印发
      period: 2025
      expect: [{line: 1, column: 1, period: '2025', record: org-dzz, message: 晚于 2025-03-31}]
      count: 1
      records: |
        {kind: organization, id: org-dzz, name: 机关党总支, type: 党总支, members: [p01, p02, p03, p04, p05], secretary: p01}
        ---
        {kind: plan, id: plan-build, org: org-dzz, type: 党建工作计划, year: 2025, issued: 2025-04-01}
    - name: 党组没有本年度党建工作计划（学习计划不能代替）
      period: 2025
      expect: [{period: '2025', record: org-dz, message: 没有 2025 年度党建工作计划}]
      count: 1
      records: |
        {kind: organization, id: org-dz, name: 市文联党组, type: 党组, members: [p01, p02, p03], secretary: p01}
        ---
        {kind: plan, id: plan-study, org: org-dz, type: 理论学习中心组学习计划, year: 2025, issued: 2025-01-10}
    - name: 2025年7月成立的党总支只检查2026年
      window: {from: 2025-01-01, to: 2026-12-31}
      expect: [{period: '2026'}]
      count: 1
      records: |
        {kind: organization, id: org-dzz2, name: 第二党总支, type: 党总支, members: [p01, p02, p03], secretary: p01, established: 2025-07-01}
    - name: 本地规定2月底前印发时，3月10日印发已晚
      period: 2025
      parameters: {deadline_month: 2}
      expect: [{message: 晚于 2025-02-28}]
      count: 1
      records: |
        {kind: organization, id: org-dzz, name: 机关党总支, type: 党总支, members: [p01, p02, p03, p04, p05], secretary: p01}
        ---
        {kind: plan, id: plan-build, org: org-dzz, type: 党建工作计划, year: 2025, issued: 2025-03-10}

"""#
    ),
    (
      "report/contact.yaml",
      #"""
id: report.contact
kind: record
severity: error
title:
  zh: 整改通报须公布电话、通讯地址和电子邮箱供群众反馈
  en: A rectification report gives a phone, a mailing address and an e-mail for public feedback
rationale:
  zh: 巡察整改情况向社会公开，是为了接受干部群众监督。通报须公布联系电话、通讯地址（邮政信箱）和电子邮箱，群众才能对整改落实情况反映意见；缺少任何一种渠道，监督就打了折扣。
  en: >-
    The rectification report is published so that cadres and the public can oversee the rectification. It must
    give a phone number, a mailing address (or post box) and an e-mail address through which they can respond;
    each missing channel weakens that oversight.
remedy:
  zh: 在通报末尾写明受理反馈的联系电话、通讯地址（邮政信箱）和电子邮箱后重新发布。
  en: Add the phone number, mailing address (post box) and e-mail address for feedback at the end of the report and republish it.
basis:
  - regulation: 中国共产党巡视工作条例
    year: 2024
    confidence: R
    quote: 整改进展情况按规定向社会公开，接受干部群众监督（据记忆转述，条文号待核）
  - regulation: 市文联党组关于巡察整改情况的通报
    year: 2025
    article: 结尾
    confidence: L
    local: true
    quote: 「欢迎广大干部群众对巡察整改落实情况进行监督。如有意见建议，请及时向我们反馈。联系方式：024-52606479；邮政信箱：辽宁省抚顺市顺城区滴翠路11号；电子邮箱：fsswlbg@126.com」
applies_to:
  kind: rectification-report
let:
  lacking: "missing('contact.phone', 'contact.address', 'contact.email')"
require: "count($lacking) == 0"
at: "contact"
message:
  zh: "整改通报 {id} 未公布{join(map($lacking, if(it == 'contact.phone', '联系电话', if(it == 'contact.address', '通讯地址', '电子邮箱'))), '、')}，群众无从反馈意见"
  en: "Report {id} gives no {join(map($lacking, if(it == 'contact.phone', 'phone number', if(it == 'contact.address', 'mailing address', 'e-mail address'))), ', no ')} for public feedback"
examples:
  pass:
    - name: 三种联系方式齐全（同种子通报）
      records: |
        kind: rectification-report
        id: r-21
        published: 2025-06-30
        claimed: {problems: 1, problems_done: 1, problems_open: 0, measures: 2, measures_done: 2}
        problems:
          - {'no': 22, title: 任职公示不规范, measures: [严格执行“四必”审核规定, 规范任职公示], outcome: 规范任职公示，注明联系电话、通讯地址, status: 已完成}
        contact: {phone: 024-52606479, address: 辽宁省抚顺市顺城区滴翠路11号, email: fsswlbg@126.com}
  fail:
    - name: 缺电子邮箱
      expect: [{line: 7, column: 10, message: 未公布电子邮箱}]
      count: 1
      records: |
        kind: rectification-report
        id: r-22
        published: 2025-06-30
        claimed: {problems: 1, problems_done: 1, problems_open: 0, measures: 2, measures_done: 2}
        problems:
          - {'no': 22, title: 任职公示不规范, measures: [严格执行“四必”审核规定, 规范任职公示], outcome: 规范任职公示，注明联系电话、通讯地址, status: 已完成}
        contact: {phone: 024-52606479, address: 辽宁省抚顺市顺城区滴翠路11号}
    - name: 没有联系方式
      expect: [{line: 1, column: 1, message: 未公布联系电话、通讯地址、电子邮箱}]
      count: 1
      records: |
        kind: rectification-report
        id: r-23
        published: 2025-06-30
        claimed: {problems: 1, problems_done: 1, problems_open: 0, measures: 2, measures_done: 2}
        problems:
          - {'no': 22, title: 任职公示不规范, measures: [严格执行“四必”审核规定, 规范任职公示], outcome: 规范任职公示，注明联系电话、通讯地址, status: 已完成}

"""#
    ),
    (
      "report/items-complete.yaml",
      #"""
id: report.items-complete
kind: record
severity: error
title:
  zh: 整改通报中每个问题和意见建议都须有整改措施和整改成效
  en: Every problem and suggestion in a rectification report has measures and an outcome
rationale:
  zh: 巡察整改要求逐条制定整改措施、逐条反映整改成效，做到“事事有着落、件件有回音”。通报中某个问题或意见建议没有列出整改措施，或没有写明整改成效，就无从判断它是否真正整改到位。
  en: >-
    Rectification is done finding by finding: each has its measures and each reports its outcome. A problem or
    suggestion listed without a measure or without an outcome cannot be judged rectified.
remedy:
  zh: 对照整改台账，为缺项的问题或意见建议补列具体整改措施和整改成效后重新发布通报。
  en: From the rectification ledger, add the missing measures or outcome to the item and republish the report.
basis:
  - regulation: 中国共产党巡视工作条例
    year: 2024
    confidence: R
    quote: 被巡视党组织应当对巡视反馈的问题逐项制定整改措施并认真整改落实，如实报告整改情况（据记忆转述，条文号待核）
  - regulation: 市文联党组关于巡察整改情况的通报
    year: 2025
    article: 三、下一步全面推进整改计划；意见建议4
    confidence: L
    local: true
    quote: 「确保反馈意见事事有着落、件件有回音」
applies_to:
  kind: rectification-report
checks:
  - name: problem
    for_each: "problems"
    require: "count(missing('measures', 'outcome')) == 0"
    message:
      zh: "整改通报 {$.id} 的问题{if(exists(no), ' ' + text(no), '')}“{title ?? '（无标题）'}”未写明{join(map(missing('measures', 'outcome'), if(it == 'measures', '整改措施', '整改成效')), '和')}"
      en: "Report {$.id}: problem{if(exists(no), ' ' + text(no), '')} \"{title ?? '(untitled)'}\" has no {join(map(missing('measures', 'outcome'), if(it == 'measures', 'measures', 'outcome')), ' and no ')}"
  - name: suggestion
    for_each: "suggestions"
    require: "count(missing('measures', 'outcome')) == 0"
    message:
      zh: "整改通报 {$.id} 的意见建议{if(exists(no), ' ' + text(no), '')}“{title ?? '（无标题）'}”未写明{join(map(missing('measures', 'outcome'), if(it == 'measures', '整改措施', '整改成效')), '和')}"
      en: "Report {$.id}: suggestion{if(exists(no), ' ' + text(no), '')} \"{title ?? '(untitled)'}\" has no {join(map(missing('measures', 'outcome'), if(it == 'measures', 'measures', 'outcome')), ' and no ')}"
examples:
  pass:
    - name: 每项都有措施和成效
      records: |
        kind: rectification-report
        id: r-11
        published: 2025-06-30
        claimed: {problems: 1, problems_done: 1, problems_open: 0,
                  suggestions: 1, suggestions_in_progress: 1, suggestions_open: 0,
                  measures: 3, measures_done: 3}
        problems:
          - {'no': 22, title: 任职公示不规范, measures: [严格执行“四必”审核规定, 规范任职公示], outcome: 规范任职公示，注明联系电话、通讯地址, status: 已完成}
        suggestions:
          - {'no': 4, title: 加大整改力度, measures: [认真履行巡察整改主体责任], outcome: 及时将整改落实情况报告巡察组, status: 推进中}
        contact: {phone: 024-52606479, address: 抚顺市顺城区滴翠路11号, email: fsswlbg@126.com}
  fail:
    - name: 问题没有整改成效，意见建议的措施为空
      expect:
        - {line: 8, column: 5, message: 问题 22“任职公示不规范”未写明整改成效}
        - {line: 10, column: 5, message: 意见建议 4“加大整改力度”未写明整改措施}
      count: 2
      records: |
        kind: rectification-report
        id: r-12
        published: 2025-06-30
        claimed: {problems: 1, problems_done: 1, problems_open: 0,
                  suggestions: 1, suggestions_in_progress: 1, suggestions_open: 0,
                  measures: 2, measures_done: 2}
        problems:
          - {'no': 22, title: 任职公示不规范, measures: [严格执行“四必”审核规定, 规范任职公示], status: 已完成}
        suggestions:
          - {'no': 4, title: 加大整改力度, measures: [], outcome: 及时将整改落实情况报告巡察组, status: 推进中}
        contact: {phone: 024-52606479, address: 抚顺市顺城区滴翠路11号, email: fsswlbg@126.com}
    - name: 措施和成效都没有
      expect: [{line: 8, column: 5, message: 未写明整改措施和整改成效}]
      count: 1
      records: |
        kind: rectification-report
        id: r-13
        published: 2025-06-30
        claimed: {problems: 1, problems_done: 1, problems_open: 0,
                  suggestions: 0, suggestions_in_progress: 0, suggestions_open: 0,
                  measures: 0, measures_done: 0}
        problems:
          - {'no': 15, title: 财务管理不规范, status: 已完成}
        contact: {phone: 024-52606479, address: 抚顺市顺城区滴翠路11号, email: fsswlbg@126.com}

"""#
    ),
    (
      "report/totals.yaml",
      #"""
id: report.totals
kind: record
severity: error
title:
  zh: 整改通报中的汇总数字须与所列事项一致
  en: The totals of a rectification report match the items it lists
rationale:
  zh: 巡察整改情况通报向党内和社会公开，其中“指出问题××个、已完成整改××个、制定整改措施××条、已完成××条”等汇总数字，是上级和群众判断整改是否到位的依据。汇总数字与逐项列出的问题、意见建议、整改措施及其状态对不上，说明通报不实或整改台账不清。
  en: >-
    The report on how inspection findings were rectified is published, and its totals (problems found, problems
    rectified, measures taken, measures completed) are what the superior body and the public judge the work by.
    Totals that do not match the problems, suggestions and measures listed, or their statuses, mean the report is
    inaccurate or the rectification ledger is in disorder.
remedy:
  zh: 对照整改台账逐项核对问题、意见建议和整改措施的数量及完成状态，更正通报中的汇总数字（或补列遗漏的事项）后重新发布。
  en: Go through the rectification ledger item by item, then correct the totals (or list the missing items) and republish the report.
basis:
  - regulation: 中国共产党巡视工作条例
    year: 2024
    confidence: R
    quote: 被巡视党组织应当如实报告整改情况，整改进展情况按规定在党内通报、向社会公开（据记忆转述，条文号待核）
  - regulation: 市文联党组关于巡察整改情况的通报
    year: 2025
    article: 二、集中整改进展情况
    confidence: L
    local: true
    quote: 「巡察反馈意见中指出4项24个问题；已完成整改问题24个，尚未推进问题0个；指出意见建议4个，正在推进4个，尚未推进0个。制定整改措施71条，已完成71条」
applies_to:
  kind: rectification-report
let:
  problems_n: "count(problems)"
  problems_done_n: "count(problems, status == '已完成')"
  problems_open_n: "count(problems, status == '尚未推进')"
  suggestions_n: "count(suggestions)"
  suggestions_in_progress_n: "count(suggestions, status == '推进中')"
  suggestions_open_n: "count(suggestions, status == '尚未推进')"
  problem_measures_n: "sum(problems, count(measures))"
  suggestion_measures_n: "sum(suggestions, count(measures))"
  measures_n: "$problem_measures_n + $suggestion_measures_n"
  # measures that carry their own status, and those of them that are done
  statused_n: "sum(problems, count(measures, exists(status))) + sum(suggestions, count(measures, exists(status)))"
  done_n: "sum(problems, count(measures, status == '已完成')) + sum(suggestions, count(measures, status == '已完成'))"
checks:
  - name: problems
    require: "claimed.problems == $problems_n"
    at: "claimed.problems"
    message:
      zh: "整改通报 {id} 称巡察指出问题 {claimed.problems} 个，但列出的问题有 {$problems_n} 个"
      en: "Report {id} claims {claimed.problems} problems but lists {$problems_n}"
  - name: problems-done
    require: "claimed.problems_done == $problems_done_n"
    at: "claimed.problems_done"
    message:
      zh: "整改通报 {id} 称已完成整改问题 {claimed.problems_done} 个，但列出的问题中状态为“已完成”的有 {$problems_done_n} 个"
      en: "Report {id} claims {claimed.problems_done} problems rectified, but {$problems_done_n} of the problems listed have status 已完成"
  - name: problems-open
    require: "claimed.problems_open == $problems_open_n"
    at: "claimed.problems_open"
    message:
      zh: "整改通报 {id} 称尚未推进问题 {claimed.problems_open} 个，但列出的问题中状态为“尚未推进”的有 {$problems_open_n} 个"
      en: "Report {id} claims {claimed.problems_open} problems not yet started, but {$problems_open_n} of the problems listed have status 尚未推进"
  - name: suggestions
    require: "claimed.suggestions == $suggestions_n"
    at: "claimed.suggestions"
    message:
      zh: "整改通报 {id} 称指出意见建议 {claimed.suggestions} 个，但列出的意见建议有 {$suggestions_n} 个"
      en: "Report {id} claims {claimed.suggestions} suggestions but lists {$suggestions_n}"
  - name: suggestions-in-progress
    require: "claimed.suggestions_in_progress == $suggestions_in_progress_n"
    at: "claimed.suggestions_in_progress"
    message:
      zh: "整改通报 {id} 称正在推进意见建议 {claimed.suggestions_in_progress} 个，但列出的意见建议中状态为“推进中”的有 {$suggestions_in_progress_n} 个"
      en: "Report {id} claims {claimed.suggestions_in_progress} suggestions in progress, but {$suggestions_in_progress_n} of the suggestions listed have status 推进中"
  - name: suggestions-open
    require: "claimed.suggestions_open == $suggestions_open_n"
    at: "claimed.suggestions_open"
    message:
      zh: "整改通报 {id} 称尚未推进意见建议 {claimed.suggestions_open} 个，但列出的意见建议中状态为“尚未推进”的有 {$suggestions_open_n} 个"
      en: "Report {id} claims {claimed.suggestions_open} suggestions not yet started, but {$suggestions_open_n} of the suggestions listed have status 尚未推进"
  - name: measures
    require: "claimed.measures == $measures_n"
    at: "claimed.measures"
    message:
      zh: "整改通报 {id} 称制定整改措施 {claimed.measures} 条，但列出的整改措施共 {$measures_n} 条（问题下 {$problem_measures_n} 条，意见建议下 {$suggestion_measures_n} 条）"
      en: "Report {id} claims {claimed.measures} measures but lists {$measures_n} ({$problem_measures_n} under problems, {$suggestion_measures_n} under suggestions)"
  # measures_done <= all measures; where measures carry a status, it equals the count of 已完成 ones. With some
  # measures unmarked, it lies between the measures marked 已完成 and all measures less those marked not done.
  - name: measures-done
    require: "claimed.measures_done >= $done_n and claimed.measures_done <= $measures_n - ($statused_n - $done_n)"
    at: "claimed.measures_done"
    message:
      zh: "整改通报 {id} 称已完成整改措施 {claimed.measures_done} 条，但{if($statused_n == 0, '列出的整改措施只有 ' + text($measures_n) + ' 条', if($statused_n == $measures_n, '列出的 ' + text($measures_n) + ' 条整改措施中状态为“已完成”的有 ' + text($done_n) + ' 条', '列出的 ' + text($measures_n) + ' 条整改措施中“已完成” ' + text($done_n) + ' 条、未完成 ' + text($statused_n - $done_n) + ' 条、未注明状态 ' + text($measures_n - $statused_n) + ' 条'))}"
      en: "Report {id} claims {claimed.measures_done} measures completed, but {if($statused_n == 0, 'only ' + text($measures_n) + ' measures are listed', if($statused_n == $measures_n, text($done_n) + ' of the ' + text($measures_n) + ' measures listed have status 已完成', 'of the ' + text($measures_n) + ' measures listed ' + text($done_n) + ' are 已完成, ' + text($statused_n - $done_n) + ' not completed and ' + text($measures_n - $statused_n) + ' unmarked'))}"
examples:
  pass:
    - name: 汇总数字与所列事项一致（措施未单独注明状态）
      records: |
        kind: rectification-report
        id: r-01
        published: 2025-06-30
        claimed: {problems: 2, problems_done: 1, problems_open: 1,
                  suggestions: 1, suggestions_in_progress: 1, suggestions_open: 0,
                  measures: 5, measures_done: 3}
        problems:
          - {'no': 1, title: 党组理论中心组学习制度落的不实, measures: [按时制定学习计划, 严格执行“第一议题”制度], outcome: 已制定理论中心组学习计划, status: 已完成}
          - {'no': 2, title: 任职公示不规范, measures: [规范任职公示], outcome: 正在修订公示模板, status: 尚未推进}
        suggestions:
          - {'no': 1, title: 抓好抓实基层党建工作, measures: [压实党建工作责任, 加强党支部规范化建设], outcome: 已制定党建工作计划, status: 推进中}
        contact: {phone: 024-52606479, address: 抚顺市顺城区滴翠路11号, email: fsswlbg@126.com}
    - name: 措施注明状态，已完成数与之相符
      records: |
        kind: rectification-report
        id: r-02
        published: 2025-06-30
        claimed: {problems: 1, problems_done: 1, problems_open: 0, measures: 3, measures_done: 2}
        problems:
          - 'no': 1
            title: 财务管理不规范
            measures:
              - {text: 重新编制财务管理制度, status: 已完成}
              - {text: 加强财务人员培训, status: 已完成}
              - {text: 加强固定资产管理, status: 推进中}
            outcome: 已重新编制财务管理制度
            status: 已完成
        contact: {phone: 024-52606479, address: 抚顺市顺城区滴翠路11号, email: fsswlbg@126.com}
    - name: 部分措施注明状态（未注明的可能已完成，已完成数在已知范围内）
      records: |
        kind: rectification-report
        id: r-07
        published: 2025-06-30
        claimed: {problems: 1, problems_done: 0, problems_open: 0, measures: 3, measures_done: 2}
        problems:
          - 'no': 1
            title: 财务管理不规范
            measures:
              - {text: 重新编制财务管理制度, status: 已完成}
              - 加强财务人员培训
              - {text: 加强固定资产管理, status: 推进中}
            outcome: 已重新编制财务管理制度
            status: 推进中
        contact: {phone: 024-52606479, address: 抚顺市顺城区滴翠路11号, email: fsswlbg@126.com}
  fail:
    - name: 问题数、已完成问题数和措施数都对不上
      expect:
        - {line: 4, column: 21, message: 称巡察指出问题 3 个，但列出的问题有 2 个}
        - {line: 4, column: 39, message: 状态为“已完成”的有 1 个}
        - {line: 6, column: 21, message: 列出的整改措施共 5 条}
      count: 3
      records: |
        kind: rectification-report
        id: r-03
        published: 2025-06-30
        claimed: {problems: 3, problems_done: 2, problems_open: 1,
                  suggestions: 1, suggestions_in_progress: 1, suggestions_open: 0,
                  measures: 6, measures_done: 3}
        problems:
          - {'no': 1, title: 党组理论中心组学习制度落的不实, measures: [按时制定学习计划, 严格执行“第一议题”制度], outcome: 已制定理论中心组学习计划, status: 已完成}
          - {'no': 2, title: 任职公示不规范, measures: [规范任职公示], outcome: 正在修订公示模板, status: 尚未推进}
        suggestions:
          - {'no': 1, title: 抓好抓实基层党建工作, measures: [压实党建工作责任, 加强党支部规范化建设], outcome: 已制定党建工作计划, status: 推进中}
        contact: {phone: 024-52606479, address: 抚顺市顺城区滴翠路11号, email: fsswlbg@126.com}
    - name: 意见建议的状态与汇总不符
      expect:
        - {line: 5, column: 52, message: 状态为“推进中”的有 1 个}
        - {line: 5, column: 73, message: 状态为“尚未推进”的有 1 个}
      count: 2
      records: |
        kind: rectification-report
        id: r-04
        published: 2025-06-30
        claimed: {problems: 0, problems_done: 0, problems_open: 0,
                  suggestions: 2, suggestions_in_progress: 2, suggestions_open: 0, measures: 2}
        suggestions:
          - {'no': 1, title: 进一步提高政治站位, measures: [坚持以习近平新时代中国特色社会主义思想为指导], outcome: 统一了思想认识, status: 推进中}
          - {'no': 2, title: 加大整改力度, measures: [认真履行巡察整改主体责任], outcome: 尚未开展, status: 尚未推进}
        contact: {phone: 024-52606479, address: 抚顺市顺城区滴翠路11号, email: fsswlbg@126.com}
    - name: 已完成措施数多于状态为“已完成”的措施
      expect: [{line: 4, column: 88, message: 状态为“已完成”的有 2 条}]
      count: 1
      records: |
        kind: rectification-report
        id: r-05
        published: 2025-06-30
        claimed: {problems: 1, problems_done: 1, problems_open: 0, measures: 3, measures_done: 3}
        problems:
          - 'no': 1
            title: 财务管理不规范
            measures:
              - {text: 重新编制财务管理制度, status: 已完成}
              - {text: 加强财务人员培训, status: 已完成}
              - {text: 加强固定资产管理, status: 推进中}
            outcome: 已重新编制财务管理制度
            status: 已完成
        contact: {phone: 024-52606479, address: 抚顺市顺城区滴翠路11号, email: fsswlbg@126.com}
    - name: 措施未注明状态时已完成数超过措施总数
      expect: [{line: 4, column: 88, message: 列出的整改措施只有 2 条}]
      count: 1
      records: |
        kind: rectification-report
        id: r-06
        published: 2025-06-30
        claimed: {problems: 1, problems_done: 1, problems_open: 0, measures: 2, measures_done: 3}
        problems:
          - {'no': 1, title: 任职公示不规范, measures: [严格执行“四必”审核规定, 规范任职公示], outcome: 注明联系电话、通讯地址, status: 已完成}
        contact: {phone: 024-52606479, address: 抚顺市顺城区滴翠路11号, email: fsswlbg@126.com}

"""#
    ),
    (
      "schema/duplicate-id.yaml",
      #"""
id: schema.duplicate-id
kind: schema
severity: error
title:
  zh: 记录 id 不得重复
  en: Record ids are unique
rationale:
  zh: id 在全部输入中唯一，引用才能明确；重复时保留先读到的一条（按给出的路径顺序、文件名顺序），另一条不参与检查。
  en: Ids are unique across the whole input so that references are unambiguous; of two records with one id, the first found is kept and the other is not checked.
remedy:
  zh: 给重复的记录另起一个 id，并检查引用它的记录。
  en: Give the repeated record an id of its own and check the records that refer to it.
basis:
  - regulation: comply 记录格式约定（records.md）
    confidence: L
check: duplicate-id
message:
  zh: "id “{$id}” 重复（首次出现于 {$first}）"
  en: "Id \"{$id}\" is used twice (first at {$first})"
examples:
  pass:
    - name: id 各不相同
      records: |
        kind: association
        id: as-01
        name: 市诗词楹联学会
        ---
        kind: association
        id: as-02
        name: 市书法家协会
  fail:
    - name: 两条记录同一 id
      expect: [{line: 6, column: 5}]
      records: |
        kind: association
        id: as-01
        name: 市诗词楹联学会
        ---
        kind: association
        id: as-01
        name: 市书法家协会

"""#
    ),
    (
      "schema/kind.yaml",
      #"""
id: schema.kind
kind: schema
severity: error
title:
  zh: 记录须写明已知的类型（kind）
  en: Records state a known kind
rationale:
  zh: 没有 kind 或 kind 拼错的记录不会被任何规则检查，问题会被悄悄漏掉。
  en: A record with no kind, or a misspelt one, is checked by no rule, so its problems would pass unseen.
remedy:
  zh: "写明 kind：organization、person、meeting、appointment、notice、plan、association、rectification-report 或 calendar。"
  en: "State the kind: organization, person, meeting, appointment, notice, plan, association, rectification-report or calendar."
basis:
  - regulation: comply 记录格式约定（records.md）
    confidence: L
check: kind
checks:
  - name: missing
    when: "$problem == 'missing'"
    message:
      zh: "记录缺少 kind"
      en: "The record has no kind"
  - name: unknown
    when: "$problem == 'unknown'"
    message:
      zh: "未知的记录类型 “{$kind}”"
      en: "Unknown kind \"{$kind}\""
  - name: not-mapping
    when: "$problem == 'not-mapping'"
    message:
      zh: "文档不是一条记录（应为字段映射）"
      en: "The document is not a record (a mapping of fields is expected)"
examples:
  pass:
    - name: 已知类型
      records: |
        kind: association
        id: as-01
        name: 市诗词楹联学会
  fail:
    - name: 类型拼错
      expect: [{line: 1, column: 7, message: meetng}]
      records: |
        kind: meetng
        id: m-01
    - name: 缺少类型
      expect: [{line: 1, column: 1}]
      records: |
        id: m-02
        org: org-dz

"""#
    ),
    (
      "schema/parse.yaml",
      #"""
id: schema.parse
kind: schema
severity: error
title:
  zh: 记录文件须是有效的 YAML 或 JSON
  en: Record files are valid YAML or JSON
rationale:
  zh: 无法解析的文件中的记录都无法检查；指出出错的行和列，其他文件照常检查。
  en: No record in a file that cannot be parsed can be checked; the error's line and column are given and every other file is still checked.
remedy:
  zh: 按提示的行列修正语法（常见的是缩进不齐、引号或括号未闭合、使用了制表符）。
  en: Fix the syntax at the line and column given (usually uneven indentation, an unclosed quote or bracket, or a tab).
basis:
  - regulation: comply 记录格式约定（records.md）
    confidence: L
check: parse
message:
  zh: "文件无法解析：{$error}"
  en: "The file cannot be parsed: {$error}"
examples:
  pass:
    - name: 有效的 YAML
      records: |
        kind: association
        id: as-01
        name: 市诗词楹联学会
  fail:
    - name: 括号未闭合
      expect: [{message: flow sequence}]
      records: |
        kind: association
        id: as-01
        name: 市诗词楹联学会
        members: [p01, p02

"""#
    ),
    (
      "schema/reference.yaml",
      #"""
id: schema.reference
kind: schema
severity: error
title:
  zh: 引用的记录须存在
  en: References name existing records
rationale:
  zh: 会议所属组织、干部选拔档案的决定会议和公示、人员等引用指向不存在的记录时，跨记录的规则无法核对。
  en: When an organization, a decision meeting, a notice or a person named by a record does not exist, the rules that join records cannot check it.
remedy:
  zh: 改正引用的 id，或补充被引用的记录。
  en: Correct the id, or add the record it names.
basis:
  - regulation: comply 记录格式约定（records.md）
    confidence: L
check: reference
message:
  zh: "{$field} 引用的 {$target_kind} “{$target}” 不存在"
  en: "{$field} names {$target_kind} \"{$target}\", which does not exist"
examples:
  pass:
    - name: 引用存在
      records: |
        kind: organization
        id: org-dz
        name: 市文联党组
        type: 党组
        members: [孟某某]
        secretary: 孟某某
        ---
        kind: plan
        id: plan-01
        org: org-dz
        type: 党建工作计划
        year: 2025
  fail:
    - name: 组织不存在
      expect: [{line: 3, column: 6, message: org-xx}]
      records: |
        kind: plan
        id: plan-01
        org: org-xx
        type: 党建工作计划
        year: 2025

"""#
    ),
    (
      "schema/required.yaml",
      #"""
id: schema.required
kind: schema
severity: error
title:
  zh: 记录须有其类型要求的字段，且字段类型正确
  en: Records have the fields their kind requires, of the right type
rationale:
  zh: 缺少必填字段或字段类型错误（日期写错、该是列表的写成文本）时，依赖该字段的规则都无法判断；每个缺失只报告一次。
  en: A missing field or a field of the wrong type (a date that is not a date, a list written as text) leaves every rule that needs it unable to judge; each is reported once.
remedy:
  zh: 按记录格式约定补齐字段，日期写作 YYYY-MM-DD。
  en: Add the field as the record format defines it; write dates as YYYY-MM-DD.
basis:
  - regulation: comply 记录格式约定（records.md）
    confidence: L
check: required
checks:
  - name: missing
    when: "$problem == 'missing'"
    message:
      zh: "缺少必填字段 {$field}（应为{$expected_zh}）"
      en: "Missing required field {$field} ({$expected})"
  - name: type
    when: "$problem == 'type'"
    message:
      zh: "字段 {$field} 应为{$expected_zh}，实为“{$found}”"
      en: "Field {$field} must be {$expected}, not \"{$found}\""
examples:
  pass:
    - name: 字段齐全
      records: |
        kind: association
        id: as-01
        name: 市诗词楹联学会
        last_election: 2024-06-01
  fail:
    - name: 日期格式错误
      expect: [{line: 4, column: 16, message: 日期}]
      records: |
        kind: association
        id: as-01
        name: 市诗词楹联学会
        last_election: 2024/06/01
    - name: 缺少名称
      expect: [{line: 1, message: name}]
      records: |
        kind: association
        id: as-02

"""#
    ),
    (
      "study/discussion.yaml",
      #"""
id: study.discussion
kind: record
severity: warning
title:
  zh: 理论学习中心组学习安排研讨交流
  en: A central study group session includes a discussion
rationale:
  zh: 理论学习中心组学习以集体学习研讨为主要形式，中心组成员应围绕学习主题交流发言，学习记录应载明讨论发言的主要内容。只读文件、不研讨交流，是巡察中指出的中心组学习“重形式、轻实效”问题。
  en: >-
    The central study group learns mainly by collective study and discussion: members speak on the theme and the
    record gives the gist of what they said. Sessions that only read documents aloud, with no discussion, are what
    inspections call study for form's sake.
remedy:
  zh: '每次中心组学习安排研讨交流环节（在相应议题上记 discussion: true），并在学习记录中记载成员发言要点。'
  en: 'Give each session a discussion (mark the item with discussion: true) and record the gist of what members said.'
basis:
  - regulation: 中国共产党党委（党组）理论学习中心组学习规则
    year: 2017
    confidence: R
  - regulation: 各地党委（党组）理论学习中心组学习制度
    confidence: L
    quote: 「中心组应有专用学习记录本，每次学习必须如实记录…」
applies_to:
  kind: meeting
  where: "type == '理论学习中心组学习'"
when: "count(agenda) > 0"
require: "any(agenda, discussion == true)"
at: agenda
message:
  zh: "理论学习中心组学习（{date}）没有研讨交流的议题"
  en: "The central study group session of {date} has no item with a discussion"
examples:
  pass:
    - name: 有研讨交流
      records: |
        kind: organization
        id: org-dz
        name: 市文联党组
        type: 党组
        members: [p01, p02, p03, p04, p05]
        secretary: p01
        ---
        kind: meeting
        id: m-01
        org: org-dz
        type: 理论学习中心组学习
        date: 2025-03-18
        host: p01
        recorder: p08
        record_book: 理论学习中心组学习记录本（2025）
        present: [p01, p02, p03, p04]
        absent: [{person: p05, reason: 公务}]
        agenda:
          - {title: 学习习近平总书记关于文化建设的重要指示精神, category: 第一议题, speech_date: 2025-03-10}
          - {title: 专题学习《习近平关于加强党的作风建设论述摘编》, category: 学习}
          - {title: 研讨交流：对照检视作风方面存在的突出问题, category: 研讨, discussion: true}
  fail:
    - name: 只学习不研讨（discussion 为 false 也不算）
      expect: [{line: 17, column: 3, message: 研讨交流, record: m-02}]
      count: 1
      records: |
        kind: organization
        id: org-dz
        name: 市文联党组
        type: 党组
        members: [p01, p02, p03, p04, p05]
        secretary: p01
        ---
        kind: meeting
        id: m-02
        org: org-dz
        type: 理论学习中心组学习
        date: 2025-03-18
        host: p01
        recorder: p08
        present: [p01, p02, p03, p04, p05]
        agenda:
          - {title: 学习习近平总书记关于文化建设的重要指示精神, category: 第一议题, speech_date: 2025-03-10}
          - {title: 专题学习《习近平关于加强党的作风建设论述摘编》, category: 学习, discussion: false}

"""#
    ),
    (
      "study/plan.yaml",
      #"""
id: study.plan
kind: schedule
severity: error
title:
  zh: 理论学习中心组每年制定学习计划，在当年第一次集体学习之前印发
  en: The central study group has an annual study plan, issued before the year's first session
rationale:
  zh: 中心组学习实行年度计划管理，学习计划应在年初制定并印发，第一次集体学习即按计划开展。计划按其所属年度（year）归入年份，上一年年底印发的下一年度计划也算。当年没有集体学习的，仍须有学习计划（学习次数不足由 study.sessions-yearly 另行检查）。
  en: >-
    The central study group works to an annual plan, drawn up and issued at the start of the year so that the first
    session already follows it. A plan counts for the year it is for (`year`), so a plan issued late in the previous
    year counts. A year with no session still needs a plan (too few sessions are study.sessions-yearly's concern).
remedy:
  zh: 制定并印发本年度理论学习中心组学习计划（写明印发日期），一般报上级宣传部门、组织部门备案；以后每年在第一次集体学习前印发。
  en: Draw up and issue this year's study plan of the central study group, with its date of issue, usually filed with the higher level's publicity and organization departments; in later years issue it before the first session.
basis:
  - regulation: 中国共产党党委（党组）理论学习中心组学习规则
    year: 2017
    article: 第四章
    confidence: R
    quote: 中心组学习应当制定年度学习计划
  - regulation: 各地党委（党组）理论学习中心组学习制度
    confidence: L
    quote: 年初制定学习计划，报上级宣传部、组织部备案
organizations: "type == '党组'"
period: year
sets:
  plans:
    kind: plan
    where: "type == '理论学习中心组学习计划'"
    date: year
  sessions:
    kind: meeting
    where: "type == '理论学习中心组学习'"
let:
  first: "min($sessions, date)"
checks:
  - name: exists
    require: "count($plans) >= 1"
    message:
      zh: "{name}没有 {$period.label} 年度理论学习中心组学习计划"
      en: "{name} has no central study group plan for {$period.label}"
  - name: before-first-session
    when: "count($plans) >= 1 and count($sessions) >= 1"
    require: "any($plans, exists(issued) and issued <= $first)"
    message:
      zh: "{name}的 {$period.label} 年度理论学习中心组学习计划{if(any($plans, exists(issued)), '印发于 ' + text(min(filter($plans, exists(issued)), issued)) + '，晚于', '未写明印发日期，无法确认在')}当年第一次集体学习（{$first}）{if(any($plans, exists(issued)), '', '之前印发')}"
      en: "{name}'s central study group plan for {$period.label} {if(any($plans, exists(issued)), 'was issued on ' + text(min(filter($plans, exists(issued)), issued)) + ', after', 'gives no date of issue, so it is not shown to precede')} the year's first session ({$first})"
examples:
  pass:
    - name: 1月10日印发计划，1月20日第一次学习（全年党组会议、中心组学习、党建计划、民主生活会、书记党课齐全）
      period: 2025
      records: |
        {kind: organization, id: org-dz, name: 市文联党组, type: 党组, members: [p01, p02, p03], secretary: p01}
        ---
        {kind: plan, id: plan-study, org: org-dz, type: 理论学习中心组学习计划, year: 2025, issued: 2025-01-10}
        ---
        {kind: plan, id: plan-build, org: org-dz, type: 党建工作计划, year: 2025, issued: 2025-02-20}
        ---
        {kind: meeting, id: pg01, org: org-dz, type: 党组会议, date: 2025-01-10, record_book: 党组会议记录本, host: p01, recorder: p06, present: [p01, p02, p03], agenda: [{title: 学习习近平总书记重要讲话精神（1月党组会议）, category: 第一议题, speech_date: 2025-01-01}]}
        ---
        {kind: meeting, id: pg02, org: org-dz, type: 党组会议, date: 2025-02-10, record_book: 党组会议记录本, host: p01, recorder: p06, present: [p01, p02, p03], agenda: [{title: 学习习近平总书记重要讲话精神（2月党组会议）, category: 第一议题, speech_date: 2025-02-01}]}
        ---
        {kind: meeting, id: pg03, org: org-dz, type: 党组会议, date: 2025-03-10, record_book: 党组会议记录本, host: p01, recorder: p06, present: [p01, p02, p03], agenda: [{title: 学习习近平总书记重要讲话精神（3月党组会议）, category: 第一议题, speech_date: 2025-03-01}]}
        ---
        {kind: meeting, id: pg04, org: org-dz, type: 党组会议, date: 2025-04-10, record_book: 党组会议记录本, host: p01, recorder: p06, present: [p01, p02, p03], agenda: [{title: 学习习近平总书记重要讲话精神（4月党组会议）, category: 第一议题, speech_date: 2025-04-01}]}
        ---
        {kind: meeting, id: pg05, org: org-dz, type: 党组会议, date: 2025-05-10, record_book: 党组会议记录本, host: p01, recorder: p06, present: [p01, p02, p03], agenda: [{title: 学习习近平总书记重要讲话精神（5月党组会议）, category: 第一议题, speech_date: 2025-05-01}]}
        ---
        {kind: meeting, id: pg06, org: org-dz, type: 党组会议, date: 2025-06-10, record_book: 党组会议记录本, host: p01, recorder: p06, present: [p01, p02, p03], agenda: [{title: 学习习近平总书记重要讲话精神（6月党组会议）, category: 第一议题, speech_date: 2025-06-01}]}
        ---
        {kind: meeting, id: pg07, org: org-dz, type: 党组会议, date: 2025-07-10, record_book: 党组会议记录本, host: p01, recorder: p06, present: [p01, p02, p03], agenda: [{title: 学习习近平总书记重要讲话精神（7月党组会议）, category: 第一议题, speech_date: 2025-07-01}]}
        ---
        {kind: meeting, id: pg08, org: org-dz, type: 党组会议, date: 2025-08-10, record_book: 党组会议记录本, host: p01, recorder: p06, present: [p01, p02, p03], agenda: [{title: 学习习近平总书记重要讲话精神（8月党组会议）, category: 第一议题, speech_date: 2025-08-01}]}
        ---
        {kind: meeting, id: pg09, org: org-dz, type: 党组会议, date: 2025-09-10, record_book: 党组会议记录本, host: p01, recorder: p06, present: [p01, p02, p03], agenda: [{title: 学习习近平总书记重要讲话精神（9月党组会议）, category: 第一议题, speech_date: 2025-09-01}]}
        ---
        {kind: meeting, id: pg10, org: org-dz, type: 党组会议, date: 2025-10-10, record_book: 党组会议记录本, host: p01, recorder: p06, present: [p01, p02, p03], agenda: [{title: 学习习近平总书记重要讲话精神（10月党组会议）, category: 第一议题, speech_date: 2025-10-01}]}
        ---
        {kind: meeting, id: pg11, org: org-dz, type: 党组会议, date: 2025-11-10, record_book: 党组会议记录本, host: p01, recorder: p06, present: [p01, p02, p03], agenda: [{title: 学习习近平总书记重要讲话精神（11月党组会议）, category: 第一议题, speech_date: 2025-11-01}]}
        ---
        {kind: meeting, id: pg12, org: org-dz, type: 党组会议, date: 2025-12-10, record_book: 党组会议记录本, host: p01, recorder: p06, present: [p01, p02, p03], agenda: [{title: 学习习近平总书记重要讲话精神（12月党组会议）, category: 第一议题, speech_date: 2025-12-01}]}
        ---
        {kind: meeting, id: sg01, org: org-dz, type: 理论学习中心组学习, date: 2025-01-20, record_book: 中心组学习记录本, host: p01, recorder: p06, present: [p01, p02, p03], agenda: [{title: 专题学习习近平新时代中国特色社会主义思想（1月）, category: 第一议题, speech_date: 2025-01-05, discussion: true}]}
        ---
        {kind: meeting, id: sg02, org: org-dz, type: 理论学习中心组学习, date: 2025-02-20, record_book: 中心组学习记录本, host: p01, recorder: p06, present: [p01, p02, p03], agenda: [{title: 专题学习习近平新时代中国特色社会主义思想（2月）, category: 第一议题, speech_date: 2025-02-05, discussion: true}]}
        ---
        {kind: meeting, id: sg03, org: org-dz, type: 理论学习中心组学习, date: 2025-03-20, record_book: 中心组学习记录本, host: p01, recorder: p06, present: [p01, p02, p03], agenda: [{title: 专题学习习近平新时代中国特色社会主义思想（3月）, category: 第一议题, speech_date: 2025-03-05, discussion: true}]}
        ---
        {kind: meeting, id: sg04, org: org-dz, type: 理论学习中心组学习, date: 2025-04-20, record_book: 中心组学习记录本, host: p01, recorder: p06, present: [p01, p02, p03], agenda: [{title: 专题学习习近平新时代中国特色社会主义思想（4月）, category: 第一议题, speech_date: 2025-04-05, discussion: true}]}
        ---
        {kind: meeting, id: sg05, org: org-dz, type: 理论学习中心组学习, date: 2025-05-20, record_book: 中心组学习记录本, host: p01, recorder: p06, present: [p01, p02, p03], agenda: [{title: 专题学习习近平新时代中国特色社会主义思想（5月）, category: 第一议题, speech_date: 2025-05-05, discussion: true}]}
        ---
        {kind: meeting, id: sg06, org: org-dz, type: 理论学习中心组学习, date: 2025-06-20, record_book: 中心组学习记录本, host: p01, recorder: p06, present: [p01, p02, p03], agenda: [{title: 专题学习习近平新时代中国特色社会主义思想（6月）, category: 第一议题, speech_date: 2025-06-05, discussion: true}]}
        ---
        {kind: meeting, id: sg07, org: org-dz, type: 理论学习中心组学习, date: 2025-07-20, record_book: 中心组学习记录本, host: p01, recorder: p06, present: [p01, p02, p03], agenda: [{title: 专题学习习近平新时代中国特色社会主义思想（7月）, category: 第一议题, speech_date: 2025-07-05, discussion: true}]}
        ---
        {kind: meeting, id: sg08, org: org-dz, type: 理论学习中心组学习, date: 2025-08-20, record_book: 中心组学习记录本, host: p01, recorder: p06, present: [p01, p02, p03], agenda: [{title: 专题学习习近平新时代中国特色社会主义思想（8月）, category: 第一议题, speech_date: 2025-08-05, discussion: true}]}
        ---
        {kind: meeting, id: sg09, org: org-dz, type: 理论学习中心组学习, date: 2025-09-20, record_book: 中心组学习记录本, host: p01, recorder: p06, present: [p01, p02, p03], agenda: [{title: 专题学习习近平新时代中国特色社会主义思想（9月）, category: 第一议题, speech_date: 2025-09-05, discussion: true}]}
        ---
        {kind: meeting, id: sg10, org: org-dz, type: 理论学习中心组学习, date: 2025-10-20, record_book: 中心组学习记录本, host: p01, recorder: p06, present: [p01, p02, p03], agenda: [{title: 专题学习习近平新时代中国特色社会主义思想（10月）, category: 第一议题, speech_date: 2025-10-05, discussion: true}]}
        ---
        {kind: meeting, id: sg11, org: org-dz, type: 理论学习中心组学习, date: 2025-11-20, record_book: 中心组学习记录本, host: p01, recorder: p06, present: [p01, p02, p03], agenda: [{title: 专题学习习近平新时代中国特色社会主义思想（11月）, category: 第一议题, speech_date: 2025-11-05, discussion: true}]}
        ---
        {kind: meeting, id: sg12, org: org-dz, type: 理论学习中心组学习, date: 2025-12-20, record_book: 中心组学习记录本, host: p01, recorder: p06, present: [p01, p02, p03], agenda: [{title: 专题学习习近平新时代中国特色社会主义思想（12月）, category: 第一议题, speech_date: 2025-12-05, discussion: true}]}
        ---
        {kind: meeting, id: pl1, org: org-dz, type: 党课, date: 2025-06-28, lecturer: p01, host: p01, recorder: p06, present: [p01, p02, p03], agenda: [{title: 党组书记讲党课, category: 学习}]}
        ---
        {kind: meeting, id: dl1, org: org-dz, type: 民主生活会, date: 2025-12-22, host: p01, recorder: p06, present: [p01, p02, p03], agenda: [{title: 对照检查和批评与自我批评, category: 其他}],
          preparation: {opinions_solicited: 2025-11-20, talks: [[p01, p02], [p01, p03]], self_review: true}, criticism: true, reported: 2025-12-30}
  fail:
    - name: 计划晚于第一次集体学习印发
      period: 2025
      expect: [{line: 1, column: 1, period: '2025', record: org-dz, message: 晚于当年第一次集体学习（2025-01-20）}]
      count: 1
      records: |
        {kind: organization, id: org-dz, name: 市文联党组, type: 党组, members: [p01, p02, p03], secretary: p01}
        ---
        {kind: plan, id: plan-study, org: org-dz, type: 理论学习中心组学习计划, year: 2025, issued: 2025-02-20}
        ---
        {kind: meeting, id: sg01, org: org-dz, type: 理论学习中心组学习, date: 2025-01-20, record_book: 中心组学习记录本, host: p01, recorder: p06, present: [p01, p02, p03], agenda: [{title: 学习习近平总书记新年贺词精神, category: 第一议题, speech_date: 2024-12-31, discussion: true}]}
        ---
        {kind: meeting, id: sg02, org: org-dz, type: 理论学习中心组学习, date: 2025-03-20, record_book: 中心组学习记录本, host: p01, recorder: p06, present: [p01, p02, p03], agenda: [{title: 学习全国两会精神, category: 第一议题, speech_date: 2025-03-11, discussion: true}]}
    - name: 计划未写明印发日期
      period: 2025
      expect: [{message: 未写明印发日期}]
      count: 1
      records: |
        {kind: organization, id: org-dz, name: 市文联党组, type: 党组, members: [p01, p02, p03], secretary: p01}
        ---
        {kind: plan, id: plan-study, org: org-dz, type: 理论学习中心组学习计划, year: 2025}
        ---
        {kind: meeting, id: sg01, org: org-dz, type: 理论学习中心组学习, date: 2025-01-20, record_book: 中心组学习记录本, host: p01, recorder: p06, present: [p01, p02, p03], agenda: [{title: 学习习近平总书记新年贺词精神, category: 第一议题, speech_date: 2024-12-31, discussion: true}]}
    - name: 2024年底印发的是2024年度计划，2025年没有计划（当年没有集体学习也须有计划）
      window: {from: 2024-01-01, to: 2025-12-31}
      expect: [{period: '2025', message: 没有 2025 年度}]
      count: 1
      records: |
        {kind: organization, id: org-dz, name: 市文联党组, type: 党组, members: [p01, p02, p03], secretary: p01, established: 2023-06-01}
        ---
        {kind: plan, id: plan-2024, org: org-dz, type: 理论学习中心组学习计划, year: 2024, issued: 2024-01-05}

"""#
    ),
    (
      "study/sessions-yearly.yaml",
      #"""
id: study.sessions-yearly
kind: schedule
severity: error
title:
  zh: 党组理论学习中心组每年集体学习不少于规定次数
  en: A party group's central study group meets the required number of times a year
rationale:
  zh: 党委（党组）理论学习中心组学习以集体学习为主要形式，须制定年度计划、定期开展。中央规则未见全年次数的明确下限，各地普遍规定“每月1次”“全年不少于12次”，因此次数作为参数（默认12次）。按学习日期归入日历年度。
  en: The central study group of a party committee or party group studies mainly in collective sessions, held regularly under an annual plan. No central minimum number was found; local rules commonly require one a month, at least 12 a year, so the number is a parameter (12 by default). Sessions count in the calendar year of their date.
remedy:
  zh: 补齐中心组集体学习的记录；次数确实不足的，按年度学习计划每月安排集体学习，并在下一年度计划中落实。
  en: Produce the records of the central study group's sessions; if too few were held, schedule a collective session each month under the annual study plan and carry it into next year's plan.
basis:
  - regulation: 中国共产党党委（党组）理论学习中心组学习规则
    year: 2017
    confidence: F
    quote: 中心组学习以集体学习为主要形式，党委（党组）书记是第一责任人
  - regulation: 各地党委（党组）理论学习中心组学习制度
    confidence: L
    quote: 「全年不少于12天次」
parameters:
  min:
    default: 12
    description: {zh: 每年至少集体学习次数, en: Collective sessions required each year}
organizations: "type == '党组'"
period: year
sets:
  sessions:
    kind: meeting
    where: "type == '理论学习中心组学习'"
require: "count($sessions) >= $params.min"
message:
  zh: "{name}理论学习中心组在 {$period.label} 年集体学习 {count($sessions)} 次，少于 {$params.min} 次"
  en: "{name}'s central study group met {count($sessions)} times in {$period.label}, fewer than {$params.min}"
examples:
  pass:
    - name: 每月一次共12次（全年党组会议、学习计划、党建计划、民主生活会、书记党课齐全）
      period: 2025
      records: |
        {kind: organization, id: org-dz, name: 市文联党组, type: 党组, members: [p01, p02, p03], secretary: p01}
        ---
        {kind: plan, id: plan-study, org: org-dz, type: 理论学习中心组学习计划, year: 2025, issued: 2025-01-10}
        ---
        {kind: plan, id: plan-build, org: org-dz, type: 党建工作计划, year: 2025, issued: 2025-02-20}
        ---
        {kind: meeting, id: pg01, org: org-dz, type: 党组会议, date: 2025-01-10, record_book: 党组会议记录本, host: p01, recorder: p06, present: [p01, p02, p03], agenda: [{title: 学习习近平总书记重要讲话精神（1月党组会议）, category: 第一议题, speech_date: 2025-01-01}]}
        ---
        {kind: meeting, id: pg02, org: org-dz, type: 党组会议, date: 2025-02-10, record_book: 党组会议记录本, host: p01, recorder: p06, present: [p01, p02, p03], agenda: [{title: 学习习近平总书记重要讲话精神（2月党组会议）, category: 第一议题, speech_date: 2025-02-01}]}
        ---
        {kind: meeting, id: pg03, org: org-dz, type: 党组会议, date: 2025-03-10, record_book: 党组会议记录本, host: p01, recorder: p06, present: [p01, p02, p03], agenda: [{title: 学习习近平总书记重要讲话精神（3月党组会议）, category: 第一议题, speech_date: 2025-03-01}]}
        ---
        {kind: meeting, id: pg04, org: org-dz, type: 党组会议, date: 2025-04-10, record_book: 党组会议记录本, host: p01, recorder: p06, present: [p01, p02, p03], agenda: [{title: 学习习近平总书记重要讲话精神（4月党组会议）, category: 第一议题, speech_date: 2025-04-01}]}
        ---
        {kind: meeting, id: pg05, org: org-dz, type: 党组会议, date: 2025-05-10, record_book: 党组会议记录本, host: p01, recorder: p06, present: [p01, p02, p03], agenda: [{title: 学习习近平总书记重要讲话精神（5月党组会议）, category: 第一议题, speech_date: 2025-05-01}]}
        ---
        {kind: meeting, id: pg06, org: org-dz, type: 党组会议, date: 2025-06-10, record_book: 党组会议记录本, host: p01, recorder: p06, present: [p01, p02, p03], agenda: [{title: 学习习近平总书记重要讲话精神（6月党组会议）, category: 第一议题, speech_date: 2025-06-01}]}
        ---
        {kind: meeting, id: pg07, org: org-dz, type: 党组会议, date: 2025-07-10, record_book: 党组会议记录本, host: p01, recorder: p06, present: [p01, p02, p03], agenda: [{title: 学习习近平总书记重要讲话精神（7月党组会议）, category: 第一议题, speech_date: 2025-07-01}]}
        ---
        {kind: meeting, id: pg08, org: org-dz, type: 党组会议, date: 2025-08-10, record_book: 党组会议记录本, host: p01, recorder: p06, present: [p01, p02, p03], agenda: [{title: 学习习近平总书记重要讲话精神（8月党组会议）, category: 第一议题, speech_date: 2025-08-01}]}
        ---
        {kind: meeting, id: pg09, org: org-dz, type: 党组会议, date: 2025-09-10, record_book: 党组会议记录本, host: p01, recorder: p06, present: [p01, p02, p03], agenda: [{title: 学习习近平总书记重要讲话精神（9月党组会议）, category: 第一议题, speech_date: 2025-09-01}]}
        ---
        {kind: meeting, id: pg10, org: org-dz, type: 党组会议, date: 2025-10-10, record_book: 党组会议记录本, host: p01, recorder: p06, present: [p01, p02, p03], agenda: [{title: 学习习近平总书记重要讲话精神（10月党组会议）, category: 第一议题, speech_date: 2025-10-01}]}
        ---
        {kind: meeting, id: pg11, org: org-dz, type: 党组会议, date: 2025-11-10, record_book: 党组会议记录本, host: p01, recorder: p06, present: [p01, p02, p03], agenda: [{title: 学习习近平总书记重要讲话精神（11月党组会议）, category: 第一议题, speech_date: 2025-11-01}]}
        ---
        {kind: meeting, id: pg12, org: org-dz, type: 党组会议, date: 2025-12-10, record_book: 党组会议记录本, host: p01, recorder: p06, present: [p01, p02, p03], agenda: [{title: 学习习近平总书记重要讲话精神（12月党组会议）, category: 第一议题, speech_date: 2025-12-01}]}
        ---
        {kind: meeting, id: sg01, org: org-dz, type: 理论学习中心组学习, date: 2025-01-20, record_book: 中心组学习记录本, host: p01, recorder: p06, present: [p01, p02, p03], agenda: [{title: 专题学习习近平新时代中国特色社会主义思想（1月）, category: 第一议题, speech_date: 2025-01-05, discussion: true}]}
        ---
        {kind: meeting, id: sg02, org: org-dz, type: 理论学习中心组学习, date: 2025-02-20, record_book: 中心组学习记录本, host: p01, recorder: p06, present: [p01, p02, p03], agenda: [{title: 专题学习习近平新时代中国特色社会主义思想（2月）, category: 第一议题, speech_date: 2025-02-05, discussion: true}]}
        ---
        {kind: meeting, id: sg03, org: org-dz, type: 理论学习中心组学习, date: 2025-03-20, record_book: 中心组学习记录本, host: p01, recorder: p06, present: [p01, p02, p03], agenda: [{title: 专题学习习近平新时代中国特色社会主义思想（3月）, category: 第一议题, speech_date: 2025-03-05, discussion: true}]}
        ---
        {kind: meeting, id: sg04, org: org-dz, type: 理论学习中心组学习, date: 2025-04-20, record_book: 中心组学习记录本, host: p01, recorder: p06, present: [p01, p02, p03], agenda: [{title: 专题学习习近平新时代中国特色社会主义思想（4月）, category: 第一议题, speech_date: 2025-04-05, discussion: true}]}
        ---
        {kind: meeting, id: sg05, org: org-dz, type: 理论学习中心组学习, date: 2025-05-20, record_book: 中心组学习记录本, host: p01, recorder: p06, present: [p01, p02, p03], agenda: [{title: 专题学习习近平新时代中国特色社会主义思想（5月）, category: 第一议题, speech_date: 2025-05-05, discussion: true}]}
        ---
        {kind: meeting, id: sg06, org: org-dz, type: 理论学习中心组学习, date: 2025-06-20, record_book: 中心组学习记录本, host: p01, recorder: p06, present: [p01, p02, p03], agenda: [{title: 专题学习习近平新时代中国特色社会主义思想（6月）, category: 第一议题, speech_date: 2025-06-05, discussion: true}]}
        ---
        {kind: meeting, id: sg07, org: org-dz, type: 理论学习中心组学习, date: 2025-07-20, record_book: 中心组学习记录本, host: p01, recorder: p06, present: [p01, p02, p03], agenda: [{title: 专题学习习近平新时代中国特色社会主义思想（7月）, category: 第一议题, speech_date: 2025-07-05, discussion: true}]}
        ---
        {kind: meeting, id: sg08, org: org-dz, type: 理论学习中心组学习, date: 2025-08-20, record_book: 中心组学习记录本, host: p01, recorder: p06, present: [p01, p02, p03], agenda: [{title: 专题学习习近平新时代中国特色社会主义思想（8月）, category: 第一议题, speech_date: 2025-08-05, discussion: true}]}
        ---
        {kind: meeting, id: sg09, org: org-dz, type: 理论学习中心组学习, date: 2025-09-20, record_book: 中心组学习记录本, host: p01, recorder: p06, present: [p01, p02, p03], agenda: [{title: 专题学习习近平新时代中国特色社会主义思想（9月）, category: 第一议题, speech_date: 2025-09-05, discussion: true}]}
        ---
        {kind: meeting, id: sg10, org: org-dz, type: 理论学习中心组学习, date: 2025-10-20, record_book: 中心组学习记录本, host: p01, recorder: p06, present: [p01, p02, p03], agenda: [{title: 专题学习习近平新时代中国特色社会主义思想（10月）, category: 第一议题, speech_date: 2025-10-05, discussion: true}]}
        ---
        {kind: meeting, id: sg11, org: org-dz, type: 理论学习中心组学习, date: 2025-11-20, record_book: 中心组学习记录本, host: p01, recorder: p06, present: [p01, p02, p03], agenda: [{title: 专题学习习近平新时代中国特色社会主义思想（11月）, category: 第一议题, speech_date: 2025-11-05, discussion: true}]}
        ---
        {kind: meeting, id: sg12, org: org-dz, type: 理论学习中心组学习, date: 2025-12-20, record_book: 中心组学习记录本, host: p01, recorder: p06, present: [p01, p02, p03], agenda: [{title: 专题学习习近平新时代中国特色社会主义思想（12月）, category: 第一议题, speech_date: 2025-12-05, discussion: true}]}
        ---
        {kind: meeting, id: pl1, org: org-dz, type: 党课, date: 2025-06-28, lecturer: p01, host: p01, recorder: p06, present: [p01, p02, p03], agenda: [{title: 党组书记讲党课, category: 学习}]}
        ---
        {kind: meeting, id: dl1, org: org-dz, type: 民主生活会, date: 2025-12-22, host: p01, recorder: p06, present: [p01, p02, p03], agenda: [{title: 对照检查和批评与自我批评, category: 其他}],
          preparation: {opinions_solicited: 2025-11-20, talks: [[p01, p02], [p01, p03]], self_review: true}, criticism: true, reported: 2025-12-30}
  fail:
    - name: 全年只学了11次
      period: 2025
      expect: [{line: 1, column: 1, period: '2025', record: org-dz, message: 11 次}]
      count: 1
      records: |
        {kind: organization, id: org-dz, name: 市文联党组, type: 党组, members: [p01, p02, p03], secretary: p01}
        ---
        {kind: plan, id: plan-study, org: org-dz, type: 理论学习中心组学习计划, year: 2025, issued: 2025-01-10}
        ---
        {kind: plan, id: plan-build, org: org-dz, type: 党建工作计划, year: 2025, issued: 2025-02-20}
        ---
        {kind: meeting, id: pg01, org: org-dz, type: 党组会议, date: 2025-01-10, record_book: 党组会议记录本, host: p01, recorder: p06, present: [p01, p02, p03], agenda: [{title: 学习习近平总书记重要讲话精神（1月党组会议）, category: 第一议题, speech_date: 2025-01-01}]}
        ---
        {kind: meeting, id: pg02, org: org-dz, type: 党组会议, date: 2025-02-10, record_book: 党组会议记录本, host: p01, recorder: p06, present: [p01, p02, p03], agenda: [{title: 学习习近平总书记重要讲话精神（2月党组会议）, category: 第一议题, speech_date: 2025-02-01}]}
        ---
        {kind: meeting, id: pg03, org: org-dz, type: 党组会议, date: 2025-03-10, record_book: 党组会议记录本, host: p01, recorder: p06, present: [p01, p02, p03], agenda: [{title: 学习习近平总书记重要讲话精神（3月党组会议）, category: 第一议题, speech_date: 2025-03-01}]}
        ---
        {kind: meeting, id: pg04, org: org-dz, type: 党组会议, date: 2025-04-10, record_book: 党组会议记录本, host: p01, recorder: p06, present: [p01, p02, p03], agenda: [{title: 学习习近平总书记重要讲话精神（4月党组会议）, category: 第一议题, speech_date: 2025-04-01}]}
        ---
        {kind: meeting, id: pg05, org: org-dz, type: 党组会议, date: 2025-05-10, record_book: 党组会议记录本, host: p01, recorder: p06, present: [p01, p02, p03], agenda: [{title: 学习习近平总书记重要讲话精神（5月党组会议）, category: 第一议题, speech_date: 2025-05-01}]}
        ---
        {kind: meeting, id: pg06, org: org-dz, type: 党组会议, date: 2025-06-10, record_book: 党组会议记录本, host: p01, recorder: p06, present: [p01, p02, p03], agenda: [{title: 学习习近平总书记重要讲话精神（6月党组会议）, category: 第一议题, speech_date: 2025-06-01}]}
        ---
        {kind: meeting, id: pg07, org: org-dz, type: 党组会议, date: 2025-07-10, record_book: 党组会议记录本, host: p01, recorder: p06, present: [p01, p02, p03], agenda: [{title: 学习习近平总书记重要讲话精神（7月党组会议）, category: 第一议题, speech_date: 2025-07-01}]}
        ---
        {kind: meeting, id: pg08, org: org-dz, type: 党组会议, date: 2025-08-10, record_book: 党组会议记录本, host: p01, recorder: p06, present: [p01, p02, p03], agenda: [{title: 学习习近平总书记重要讲话精神（8月党组会议）, category: 第一议题, speech_date: 2025-08-01}]}
        ---
        {kind: meeting, id: pg09, org: org-dz, type: 党组会议, date: 2025-09-10, record_book: 党组会议记录本, host: p01, recorder: p06, present: [p01, p02, p03], agenda: [{title: 学习习近平总书记重要讲话精神（9月党组会议）, category: 第一议题, speech_date: 2025-09-01}]}
        ---
        {kind: meeting, id: pg10, org: org-dz, type: 党组会议, date: 2025-10-10, record_book: 党组会议记录本, host: p01, recorder: p06, present: [p01, p02, p03], agenda: [{title: 学习习近平总书记重要讲话精神（10月党组会议）, category: 第一议题, speech_date: 2025-10-01}]}
        ---
        {kind: meeting, id: pg11, org: org-dz, type: 党组会议, date: 2025-11-10, record_book: 党组会议记录本, host: p01, recorder: p06, present: [p01, p02, p03], agenda: [{title: 学习习近平总书记重要讲话精神（11月党组会议）, category: 第一议题, speech_date: 2025-11-01}]}
        ---
        {kind: meeting, id: pg12, org: org-dz, type: 党组会议, date: 2025-12-10, record_book: 党组会议记录本, host: p01, recorder: p06, present: [p01, p02, p03], agenda: [{title: 学习习近平总书记重要讲话精神（12月党组会议）, category: 第一议题, speech_date: 2025-12-01}]}
        ---
        {kind: meeting, id: sg01, org: org-dz, type: 理论学习中心组学习, date: 2025-01-20, record_book: 中心组学习记录本, host: p01, recorder: p06, present: [p01, p02, p03], agenda: [{title: 专题学习习近平新时代中国特色社会主义思想（1月）, category: 第一议题, speech_date: 2025-01-05, discussion: true}]}
        ---
        {kind: meeting, id: sg02, org: org-dz, type: 理论学习中心组学习, date: 2025-02-20, record_book: 中心组学习记录本, host: p01, recorder: p06, present: [p01, p02, p03], agenda: [{title: 专题学习习近平新时代中国特色社会主义思想（2月）, category: 第一议题, speech_date: 2025-02-05, discussion: true}]}
        ---
        {kind: meeting, id: sg03, org: org-dz, type: 理论学习中心组学习, date: 2025-03-20, record_book: 中心组学习记录本, host: p01, recorder: p06, present: [p01, p02, p03], agenda: [{title: 专题学习习近平新时代中国特色社会主义思想（3月）, category: 第一议题, speech_date: 2025-03-05, discussion: true}]}
        ---
        {kind: meeting, id: sg04, org: org-dz, type: 理论学习中心组学习, date: 2025-04-20, record_book: 中心组学习记录本, host: p01, recorder: p06, present: [p01, p02, p03], agenda: [{title: 专题学习习近平新时代中国特色社会主义思想（4月）, category: 第一议题, speech_date: 2025-04-05, discussion: true}]}
        ---
        {kind: meeting, id: sg05, org: org-dz, type: 理论学习中心组学习, date: 2025-05-20, record_book: 中心组学习记录本, host: p01, recorder: p06, present: [p01, p02, p03], agenda: [{title: 专题学习习近平新时代中国特色社会主义思想（5月）, category: 第一议题, speech_date: 2025-05-05, discussion: true}]}
        ---
        {kind: meeting, id: sg06, org: org-dz, type: 理论学习中心组学习, date: 2025-06-20, record_book: 中心组学习记录本, host: p01, recorder: p06, present: [p01, p02, p03], agenda: [{title: 专题学习习近平新时代中国特色社会主义思想（6月）, category: 第一议题, speech_date: 2025-06-05, discussion: true}]}
        ---
        {kind: meeting, id: sg08, org: org-dz, type: 理论学习中心组学习, date: 2025-08-20, record_book: 中心组学习记录本, host: p01, recorder: p06, present: [p01, p02, p03], agenda: [{title: 专题学习习近平新时代中国特色社会主义思想（8月）, category: 第一议题, speech_date: 2025-08-05, discussion: true}]}
        ---
        {kind: meeting, id: sg09, org: org-dz, type: 理论学习中心组学习, date: 2025-09-20, record_book: 中心组学习记录本, host: p01, recorder: p06, present: [p01, p02, p03], agenda: [{title: 专题学习习近平新时代中国特色社会主义思想（9月）, category: 第一议题, speech_date: 2025-09-05, discussion: true}]}
        ---
        {kind: meeting, id: sg10, org: org-dz, type: 理论学习中心组学习, date: 2025-10-20, record_book: 中心组学习记录本, host: p01, recorder: p06, present: [p01, p02, p03], agenda: [{title: 专题学习习近平新时代中国特色社会主义思想（10月）, category: 第一议题, speech_date: 2025-10-05, discussion: true}]}
        ---
        {kind: meeting, id: sg11, org: org-dz, type: 理论学习中心组学习, date: 2025-11-20, record_book: 中心组学习记录本, host: p01, recorder: p06, present: [p01, p02, p03], agenda: [{title: 专题学习习近平新时代中国特色社会主义思想（11月）, category: 第一议题, speech_date: 2025-11-05, discussion: true}]}
        ---
        {kind: meeting, id: sg12, org: org-dz, type: 理论学习中心组学习, date: 2025-12-20, record_book: 中心组学习记录本, host: p01, recorder: p06, present: [p01, p02, p03], agenda: [{title: 专题学习习近平新时代中国特色社会主义思想（12月）, category: 第一议题, speech_date: 2025-12-05, discussion: true}]}
        ---
        {kind: meeting, id: pl1, org: org-dz, type: 党课, date: 2025-06-28, lecturer: p01, host: p01, recorder: p06, present: [p01, p02, p03], agenda: [{title: 党组书记讲党课, category: 学习}]}
        ---
        {kind: meeting, id: dl1, org: org-dz, type: 民主生活会, date: 2025-12-22, host: p01, recorder: p06, present: [p01, p02, p03], agenda: [{title: 对照检查和批评与自我批评, category: 其他}],
          preparation: {opinions_solicited: 2025-11-20, talks: [[p01, p02], [p01, p03]], self_review: true}, criticism: true, reported: 2025-12-30}
    - name: 全年没有集体学习
      period: 2025
      expect: [{message: 0 次}]
      count: 1
      records: |
        {kind: organization, id: org-dz, name: 市文联党组, type: 党组, members: [p01, p02, p03], secretary: p01}
    - name: 参数设为4次时，只学了3次；成立当年不检查
      window: {from: 2024-01-01, to: 2025-12-31}
      parameters: {min: 4}
      expect: [{period: '2025', message: 少于 4 次}]
      count: 1
      records: |
        {kind: organization, id: org-dz2, name: 市社科联党组, type: 党组, members: [p11, p12, p13], secretary: p11, established: 2024-05-06}
        ---
        {kind: meeting, id: sg1, org: org-dz2, type: 理论学习中心组学习, date: 2025-03-20, record_book: 中心组学习记录本, host: p11, recorder: p16, present: [p11, p12, p13], agenda: [{title: 学习全国两会精神, category: 第一议题, speech_date: 2025-03-11, discussion: true}]}
        ---
        {kind: meeting, id: sg2, org: org-dz2, type: 理论学习中心组学习, date: 2025-07-15, record_book: 中心组学习记录本, host: p11, recorder: p16, present: [p11, p12, p13], agenda: [{title: 学习习近平文化思想, category: 第一议题, speech_date: 2025-06-20, discussion: true}]}
        ---
        {kind: meeting, id: sg3, org: org-dz2, type: 理论学习中心组学习, date: 2025-11-18, record_book: 中心组学习记录本, host: p11, recorder: p16, present: [p11, p12, p13], agenda: [{title: 学习党的二十届四中全会精神, category: 第一议题, speech_date: 2025-10-23, discussion: true}]}

"""#
    ),
  ]
}
