// Generated from Rules/ by `COMPLY_RECORD=1 swift test --filter ShippedRulesTests`. Do not edit.
// The shipped record rules' conditions written out as Swift, run before the interpreter to settle
// the records a rule certainly passes (see `Prejudge`). Rules not listed are interpreted only.

// swift-format-ignore-file
enum ShippedPrejudges {
  static let table: [String: Prejudge.Function] = [
    "appointment.political-profile": rule0,
    "life.preparation": rule1,
    "meeting.decision-venue": rule2,
    "meeting.first-topic": rule3,
    "meeting.first-topic-repeat": rule4,
    "meeting.first-topic-source": rule5,
    "meeting.minutes-complete": rule6,
    "meeting.quorum": rule7,
    "meeting.record-book": rule8,
    "meeting.vote": rule9,
    "notice.candidate-fields": rule10,
    "notice.contact": rule11,
    "report.contact": rule12,
    "report.items-complete": rule13,
    "study.discussion": rule14,
  ]

  private static let lookup0 = LookupKey(kind: "meeting", paths: ["org", "agenda[].title"])

  private static let lookup1 = LookupKey(kind: "meeting", paths: ["record_book"])

  // appointment.political-profile
  private static func rule0(_ store: RecordStore, _ index: Int, _ root: MappingNode) -> Prejudge.Verdict {
    do throws(Prejudge.Unsure) {
      let let_1 = Prejudge.ref(store, root[MappingKey(text: "candidate", length: 9, firstByte: 99)])
      let let_2 = try Prejudge.member(try Prejudge.member(root[MappingKey(text: "steps", length: 5, firstByte: 115)], MappingKey(text: "decision", length: 8, firstByte: 100)), MappingKey(text: "date", length: 4, firstByte: 100))
      if ((try Prejudge.equals((let_1).flatMap { store.field($0, MappingKey(text: "kind", length: 4, firstByte: 107)) }, text: "person"))) == true {
        if ((Prejudge.exists((let_1).flatMap { store.field($0, MappingKey(text: "political_profile", length: 17, firstByte: 112)) }) as Bool?)) == false { return .unsure }
      }
      if ((try Prejudge.equals((let_1).flatMap { store.field($0, MappingKey(text: "kind", length: 4, firstByte: 107)) }, text: "person"))) == true {
        if ((try Prejudge.compare((let_1).flatMap { store.field($0, MappingKey(text: "political_profile", length: 17, firstByte: 112)) }, let_2)).map { $0 <= 0 }) == false { return .unsure }
      }
      return .passed
    } catch {
      return .unsure
    }
  }

  // life.preparation
  private static func rule1(_ store: RecordStore, _ index: Int, _ root: MappingNode) -> Prejudge.Verdict {
    do throws(Prejudge.Unsure) {
      guard ((try Prejudge.isIn(root[MappingKey(text: "type", length: 4, firstByte: 116)], texts: ["民主生活会", "组织生活会"]))) == true else { return .skipped }
      if ((try Prejudge.compare(try Prejudge.member(root[MappingKey(text: "preparation", length: 11, firstByte: 112)], MappingKey(text: "opinions_solicited", length: 18, firstByte: 111)), root[MappingKey(text: "date", length: 4, firstByte: 100)])).map { $0 < 0 }) == false { return .unsure }
      if ((Prejudge.exists(try Prejudge.member(root[MappingKey(text: "preparation", length: 11, firstByte: 112)], MappingKey(text: "opinions_solicited", length: 18, firstByte: 111))) as Bool?)) == false { return .unsure }
      if (Prejudge.compare((try Prejudge.count(Prejudge.items(try Prejudge.member(root[MappingKey(text: "preparation", length: 11, firstByte: 112)], MappingKey(text: "talks", length: 5, firstByte: 116)))) { (item3: Node) throws(Prejudge.Unsure) -> Bool? in Prejudge.compare((Prejudge.count(item3) as Int?), (2 as Int?)).map { $0 >= 0 } } as Int?), (1 as Int?)).map { $0 >= 0 }) == false { return .unsure }
      if (try Logic.and((Prejudge.exists(try Prejudge.member(root[MappingKey(text: "preparation", length: 11, firstByte: 112)], MappingKey(text: "self_review", length: 11, firstByte: 115))) as Bool?), { () throws(Prejudge.Unsure) -> Bool? in Value.equals(((try Prejudge.member(root[MappingKey(text: "preparation", length: 11, firstByte: 112)], MappingKey(text: "self_review", length: 11, firstByte: 115))).map(Value.node) ?? .missing), (((true as Bool?)).map(Value.bool) ?? .missing), store) })) == false { return .unsure }
      if (try Logic.and((Prejudge.exists(root[MappingKey(text: "criticism", length: 9, firstByte: 99)]) as Bool?), { () throws(Prejudge.Unsure) -> Bool? in Value.equals(((root[MappingKey(text: "criticism", length: 9, firstByte: 99)]).map(Value.node) ?? .missing), (((true as Bool?)).map(Value.bool) ?? .missing), store) })) == false { return .unsure }
      return .passed
    } catch {
      return .unsure
    }
  }

  // meeting.decision-venue
  private static func rule2(_ store: RecordStore, _ index: Int, _ root: MappingNode) -> Prejudge.Verdict {
    do throws(Prejudge.Unsure) {
      guard (try Logic.and((try Prejudge.isIn(root[MappingKey(text: "type", length: 4, firstByte: 116)], texts: ["党组会议", "党委会议"])).map { !$0 }, { () throws(Prejudge.Unsure) -> Bool? in (try Prejudge.any(Prejudge.items(root[MappingKey(text: "agenda", length: 6, firstByte: 97)])) { (item4: Node) throws(Prejudge.Unsure) -> Bool? in (Prejudge.exists(try Prejudge.member(item4, MappingKey(text: "matter", length: 6, firstByte: 109))) as Bool?) } as Bool?) })) == true else { return .skipped }
      for item5 in Prejudge.items(root[MappingKey(text: "agenda", length: 6, firstByte: 97)]) where ((Prejudge.exists(try Prejudge.member(item5, MappingKey(text: "matter", length: 6, firstByte: 109))) as Bool?)) == true {
        return .unsure
      }
      return .passed
    } catch {
      return .unsure
    }
  }

  // meeting.first-topic
  private static func rule3(_ store: RecordStore, _ index: Int, _ root: MappingNode) -> Prejudge.Verdict {
    do throws(Prejudge.Unsure) {
      guard ((try Prejudge.isIn(root[MappingKey(text: "type", length: 4, firstByte: 116)], texts: ["党组会议", "理论学习中心组学习", "支部党员大会", "支部委员会", "党小组会"]))) == true else { return .skipped }
      if ((Prejudge.exists(root[MappingKey(text: "first_topic_exempt", length: 18, firstByte: 102)]) as Bool?)) == true {
        return .unsure
      }
      if (try Logic.and(((Prejudge.exists(root[MappingKey(text: "first_topic_exempt", length: 18, firstByte: 102)]) as Bool?)).map { !$0 }, { () throws(Prejudge.Unsure) -> Bool? in Prejudge.compare((Prejudge.count(root[MappingKey(text: "agenda", length: 6, firstByte: 97)]) as Int?), (0 as Int?)).map { $0 > 0 } })) == true {
        if ((try Prejudge.equals(try Prejudge.member(try Prejudge.element(root[MappingKey(text: "agenda", length: 6, firstByte: 97)], 0), MappingKey(text: "category", length: 8, firstByte: 99)), text: "第一议题"))) == false { return .unsure }
      }
      return .passed
    } catch {
      return .unsure
    }
  }

  // meeting.first-topic-repeat
  private static func rule4(_ store: RecordStore, _ index: Int, _ root: MappingNode) -> Prejudge.Verdict {
    do throws(Prejudge.Unsure) {
      guard ((try Prejudge.any(Prejudge.items(root[MappingKey(text: "agenda", length: 6, firstByte: 97)])) { (item6: Node) throws(Prejudge.Unsure) -> Bool? in (try Prejudge.equals(try Prejudge.member(item6, MappingKey(text: "category", length: 8, firstByte: 99)), text: "第一议题")) } as Bool?)) == true else { return .skipped }
      for item7 in Prejudge.items(root[MappingKey(text: "agenda", length: 6, firstByte: 97)]) where (try Logic.and(try Logic.and((try Prejudge.equals(try Prejudge.member(item7, MappingKey(text: "category", length: 8, firstByte: 99)), text: "第一议题")), { () throws(Prejudge.Unsure) -> Bool? in (Prejudge.exists(try Prejudge.member(item7, MappingKey(text: "title", length: 5, firstByte: 116))) as Bool?) }), { () throws(Prejudge.Unsure) -> Bool? in (Prejudge.exists(try Prejudge.member(item7, MappingKey(text: "speech_date", length: 11, firstByte: 115))) as Bool?) })) == true {
        if ((!(try Prejudge.any(try Prejudge.lookup(store, lookup0, root[MappingKey(text: "org", length: 3, firstByte: 111)], try Prejudge.member(item7, MappingKey(text: "title", length: 5, firstByte: 116)))) { (item8: Int) throws(Prejudge.Unsure) -> Bool? in try Logic.and(try Logic.and((try Prejudge.equals(store.field(item8, MappingKey(text: "org", length: 3, firstByte: 111)), root[MappingKey(text: "org", length: 3, firstByte: 111)])), { () throws(Prejudge.Unsure) -> Bool? in try Logic.or((try Prejudge.compare(store.field(item8, MappingKey(text: "date", length: 4, firstByte: 100)), root[MappingKey(text: "date", length: 4, firstByte: 100)])).map { $0 < 0 }, { () throws(Prejudge.Unsure) -> Bool? in try Logic.and((try Prejudge.equals(store.field(item8, MappingKey(text: "date", length: 4, firstByte: 100)), root[MappingKey(text: "date", length: 4, firstByte: 100)])), { () throws(Prejudge.Unsure) -> Bool? in (try Prejudge.compare(store.field(item8, MappingKey(text: "id", length: 2, firstByte: 105)), root[MappingKey(text: "id", length: 2, firstByte: 105)])).map { $0 < 0 } }) }) }), { () throws(Prejudge.Unsure) -> Bool? in (try Prejudge.any(Prejudge.items(store.field(item8, MappingKey(text: "agenda", length: 6, firstByte: 97)))) { (item9: Node) throws(Prejudge.Unsure) -> Bool? in try Logic.and(try Logic.and((try Prejudge.equals(try Prejudge.member(item9, MappingKey(text: "category", length: 8, firstByte: 99)), text: "第一议题")), { () throws(Prejudge.Unsure) -> Bool? in (try Prejudge.equals(try Prejudge.member(item9, MappingKey(text: "title", length: 5, firstByte: 116)), try Prejudge.member(item7, MappingKey(text: "title", length: 5, firstByte: 116)))) }), { () throws(Prejudge.Unsure) -> Bool? in (try Prejudge.equals(try Prejudge.member(item9, MappingKey(text: "speech_date", length: 11, firstByte: 115)), try Prejudge.member(item7, MappingKey(text: "speech_date", length: 11, firstByte: 115)))) }) } as Bool?) }) }) as Bool?)) == false { return .unsure }
      }
      return .passed
    } catch {
      return .unsure
    }
  }

  // meeting.first-topic-source
  private static func rule5(_ store: RecordStore, _ index: Int, _ root: MappingNode) -> Prejudge.Verdict {
    do throws(Prejudge.Unsure) {
      guard ((try Prejudge.any(Prejudge.items(root[MappingKey(text: "agenda", length: 6, firstByte: 97)])) { (item10: Node) throws(Prejudge.Unsure) -> Bool? in (try Prejudge.equals(try Prejudge.member(item10, MappingKey(text: "category", length: 8, firstByte: 99)), text: "第一议题")) } as Bool?)) == true else { return .skipped }
      for item11 in Prejudge.items(root[MappingKey(text: "agenda", length: 6, firstByte: 97)]) where ((try Prejudge.equals(try Prejudge.member(item11, MappingKey(text: "category", length: 8, firstByte: 99)), text: "第一议题"))) == true {
        if (Prejudge.compare((((Prejudge.lacking(try Prejudge.member(item11, MappingKey(text: "speech_date", length: 11, firstByte: 115))) ? 1 : 0)) as Int?), (0 as Int?)).map { $0 == 0 }) == false { return .unsure }
      }
      for item12 in Prejudge.items(root[MappingKey(text: "agenda", length: 6, firstByte: 97)]) where (try Logic.and(try Logic.and(try Logic.and((try Prejudge.equals(try Prejudge.member(item12, MappingKey(text: "category", length: 8, firstByte: 99)), text: "第一议题")), { () throws(Prejudge.Unsure) -> Bool? in (((Prejudge.year(try Prejudge.member(item12, MappingKey(text: "speech_date", length: 11, firstByte: 115)))) != nil) as Bool?) }), { () throws(Prejudge.Unsure) -> Bool? in (((Prejudge.year(root[MappingKey(text: "date", length: 4, firstByte: 100)])) != nil) as Bool?) }), { () throws(Prejudge.Unsure) -> Bool? in (try Prejudge.compare(try Prejudge.member(item12, MappingKey(text: "speech_date", length: 11, firstByte: 115)), root[MappingKey(text: "date", length: 4, firstByte: 100)])).map { $0 > 0 } })) == true {
        return .unsure
      }
      return .passed
    } catch {
      return .unsure
    }
  }

  // meeting.minutes-complete
  private static func rule6(_ store: RecordStore, _ index: Int, _ root: MappingNode) -> Prejudge.Verdict {
    do throws(Prejudge.Unsure) {
      let let_13 = ((Prejudge.lacking(root[MappingKey(text: "host", length: 4, firstByte: 104)]) ? 1 : 0) + (Prejudge.lacking(root[MappingKey(text: "recorder", length: 8, firstByte: 114)]) ? 1 : 0) + (Prejudge.lacking(root[MappingKey(text: "present", length: 7, firstByte: 112)]) ? 1 : 0) + (Prejudge.lacking(root[MappingKey(text: "agenda", length: 6, firstByte: 97)]) ? 1 : 0))
      if (Prejudge.compare((let_13 as Int?), (0 as Int?)).map { $0 == 0 }) == false { return .unsure }
      for item14 in Prejudge.items(root[MappingKey(text: "absent", length: 6, firstByte: 97)]) {
        if (Prejudge.compare((((Prejudge.lacking(try Prejudge.member(item14, MappingKey(text: "reason", length: 6, firstByte: 114))) ? 1 : 0)) as Int?), (0 as Int?)).map { $0 == 0 }) == false { return .unsure }
      }
      return .passed
    } catch {
      return .unsure
    }
  }

  // meeting.quorum
  private static func rule7(_ store: RecordStore, _ index: Int, _ root: MappingNode) -> Prejudge.Verdict {
    do throws(Prejudge.Unsure) {
      guard (try Logic.and((try Prejudge.isIn(root[MappingKey(text: "type", length: 4, firstByte: 116)], texts: ["支部党员大会", "支部委员会", "党组会议", "民主生活会"])), { () throws(Prejudge.Unsure) -> Bool? in (Prejudge.exists(root[MappingKey(text: "present", length: 7, firstByte: 112)]) as Bool?) })) == true else { return .skipped }
      let let_15 = (Prejudge.count(root[MappingKey(text: "present", length: 7, firstByte: 112)]) as Int?)
      let let_16 = (Prejudge.count(try Prejudge.coalesce(root[MappingKey(text: "expected", length: 8, firstByte: 101)], { () throws(Prejudge.Unsure) -> Node? in try Prejudge.ifThen((try Prejudge.equals(root[MappingKey(text: "type", length: 4, firstByte: 116)], text: "支部委员会")), { () throws(Prejudge.Unsure) -> Node? in (Prejudge.ref(store, root[MappingKey(text: "org", length: 3, firstByte: 111)])).flatMap { store.field($0, MappingKey(text: "committee", length: 9, firstByte: 99)) } }, { () throws(Prejudge.Unsure) -> Node? in (Prejudge.ref(store, root[MappingKey(text: "org", length: 3, firstByte: 111)])).flatMap { store.field($0, MappingKey(text: "members", length: 7, firstByte: 109)) } }) })) as Int?)
      if (try Logic.or((try Prejudge.isIn(root[MappingKey(text: "type", length: 4, firstByte: 116)], texts: ["支部党员大会", "支部委员会"])), { () throws(Prejudge.Unsure) -> Bool? in try Logic.and((try Prejudge.equals(root[MappingKey(text: "type", length: 4, firstByte: 116)], text: "党组会议")), { () throws(Prejudge.Unsure) -> Bool? in ((try Prejudge.any(Prejudge.items(root[MappingKey(text: "agenda", length: 6, firstByte: 97)])) { (item17: Node) throws(Prejudge.Unsure) -> Bool? in (try Prejudge.equals(try Prejudge.member(item17, MappingKey(text: "category", length: 8, firstByte: 99)), text: "人事")) } as Bool?)).map { !$0 } }) })) == true {
        if (Prejudge.compare(Prejudge.arithmetic(.multiply, let_15, (2 as Int?)), let_16).map { $0 >= 0 }) == false { return .unsure }
      }
      if (try Logic.or((try Prejudge.equals(root[MappingKey(text: "type", length: 4, firstByte: 116)], text: "民主生活会")), { () throws(Prejudge.Unsure) -> Bool? in try Logic.and((try Prejudge.equals(root[MappingKey(text: "type", length: 4, firstByte: 116)], text: "党组会议")), { () throws(Prejudge.Unsure) -> Bool? in (try Prejudge.any(Prejudge.items(root[MappingKey(text: "agenda", length: 6, firstByte: 97)])) { (item18: Node) throws(Prejudge.Unsure) -> Bool? in (try Prejudge.equals(try Prejudge.member(item18, MappingKey(text: "category", length: 8, firstByte: 99)), text: "人事")) } as Bool?) }) })) == true {
        if (Prejudge.compare(Prejudge.arithmetic(.multiply, let_15, (3 as Int?)), Prejudge.arithmetic(.multiply, let_16, (2 as Int?))).map { $0 >= 0 }) == false { return .unsure }
      }
      return .passed
    } catch {
      return .unsure
    }
  }

  // meeting.record-book
  private static func rule8(_ store: RecordStore, _ index: Int, _ root: MappingNode) -> Prejudge.Verdict {
    do throws(Prejudge.Unsure) {
      guard ((Prejudge.exists(root[MappingKey(text: "record_book", length: 11, firstByte: 114)]) as Bool?)) == true else { return .skipped }
      if ((try Prejudge.equals(root[MappingKey(text: "type", length: 4, firstByte: 116)], text: "主席办公会议"))) == true {
        if ((!(try Prejudge.any(try Prejudge.lookup(store, lookup1, root[MappingKey(text: "record_book", length: 11, firstByte: 114)], nil)) { (item19: Int) throws(Prejudge.Unsure) -> Bool? in (try Prejudge.equals(store.field(item19, MappingKey(text: "type", length: 4, firstByte: 116)), text: "党组会议")) }) as Bool?)) == false { return .unsure }
      }
      if ((try Prejudge.equals(root[MappingKey(text: "type", length: 4, firstByte: 116)], text: "理论学习中心组学习"))) == true {
        if ((!(try Prejudge.any(try Prejudge.lookup(store, lookup1, root[MappingKey(text: "record_book", length: 11, firstByte: 114)], nil)) { (item20: Int) throws(Prejudge.Unsure) -> Bool? in (try Prejudge.equals(store.field(item20, MappingKey(text: "type", length: 4, firstByte: 116)), text: "理论学习中心组学习")).map { !$0 } }) as Bool?)) == false { return .unsure }
      }
      return .passed
    } catch {
      return .unsure
    }
  }

  // meeting.vote
  private static func rule9(_ store: RecordStore, _ index: Int, _ root: MappingNode) -> Prejudge.Verdict {
    do throws(Prejudge.Unsure) {
      guard ((try Prejudge.any(Prejudge.items(root[MappingKey(text: "agenda", length: 6, firstByte: 97)])) { (item21: Node) throws(Prejudge.Unsure) -> Bool? in (Prejudge.exists(try Prejudge.member(item21, MappingKey(text: "votes", length: 5, firstByte: 118))) as Bool?) } as Bool?)) == true else { return .skipped }
      let let_22 = (Prejudge.count(try Prejudge.coalesce(root[MappingKey(text: "expected", length: 8, firstByte: 101)], { () throws(Prejudge.Unsure) -> Node? in try Prejudge.ifThen((try Prejudge.equals(root[MappingKey(text: "type", length: 4, firstByte: 116)], text: "支部委员会")), { () throws(Prejudge.Unsure) -> Node? in (Prejudge.ref(store, root[MappingKey(text: "org", length: 3, firstByte: 111)])).flatMap { store.field($0, MappingKey(text: "committee", length: 9, firstByte: 99)) } }, { () throws(Prejudge.Unsure) -> Node? in (Prejudge.ref(store, root[MappingKey(text: "org", length: 3, firstByte: 111)])).flatMap { store.field($0, MappingKey(text: "members", length: 7, firstByte: 109)) } }) })) as Int?)
      for item23 in Prejudge.items(root[MappingKey(text: "agenda", length: 6, firstByte: 97)]) where ((Prejudge.exists(try Prejudge.member(item23, MappingKey(text: "votes", length: 5, firstByte: 118))) as Bool?)) == true {
        if (try Logic.or(Value.equals(try { () throws(Prejudge.Unsure) -> Value in let a = ((try Prejudge.member(item23, MappingKey(text: "result", length: 6, firstByte: 114))).map(Value.node) ?? .missing); return a.isMissing ? Value.string("") : a }(), Value.string("未通过"), store), { () throws(Prejudge.Unsure) -> Bool? in Prejudge.compare(Prejudge.arithmetic(.multiply, (try Prejudge.operand(try Prejudge.member(try Prejudge.member(item23, MappingKey(text: "votes", length: 5, firstByte: 118)), MappingKey(text: "for", length: 3, firstByte: 102)))), (2 as Int?)), let_22).map { $0 > 0 } })) == false { return .unsure }
      }
      return .passed
    } catch {
      return .unsure
    }
  }

  // notice.candidate-fields
  private static func rule10(_ store: RecordStore, _ index: Int, _ root: MappingNode) -> Prejudge.Verdict {
    do throws(Prejudge.Unsure) {
      for item24 in Prejudge.items(root[MappingKey(text: "candidates", length: 10, firstByte: 99)]) {
        if (Prejudge.compare((((Prejudge.lacking(try Prejudge.member(item24, MappingKey(text: "name", length: 4, firstByte: 110))) ? 1 : 0) + (Prejudge.lacking(try Prejudge.member(item24, MappingKey(text: "gender", length: 6, firstByte: 103))) ? 1 : 0) + (Prejudge.lacking(try Prejudge.member(item24, MappingKey(text: "birth", length: 5, firstByte: 98))) ? 1 : 0) + (Prejudge.lacking(try Prejudge.member(item24, MappingKey(text: "current", length: 7, firstByte: 99))) ? 1 : 0) + (Prejudge.lacking(try Prejudge.member(item24, MappingKey(text: "proposed", length: 8, firstByte: 112))) ? 1 : 0)) as Int?), (0 as Int?)).map { $0 == 0 }) == false { return .unsure }
      }
      return .passed
    } catch {
      return .unsure
    }
  }

  // notice.contact
  private static func rule11(_ store: RecordStore, _ index: Int, _ root: MappingNode) -> Prejudge.Verdict {
    do throws(Prejudge.Unsure) {
      let let_25 = ((Prejudge.lacking(try Prejudge.member(root[MappingKey(text: "contact", length: 7, firstByte: 99)], MappingKey(text: "phone", length: 5, firstByte: 112))) ? 1 : 0) + (Prejudge.lacking(try Prejudge.member(root[MappingKey(text: "contact", length: 7, firstByte: 99)], MappingKey(text: "address", length: 7, firstByte: 97))) ? 1 : 0))
      if (Prejudge.compare((let_25 as Int?), (0 as Int?)).map { $0 == 0 }) == false { return .unsure }
      return .passed
    } catch {
      return .unsure
    }
  }

  // report.contact
  private static func rule12(_ store: RecordStore, _ index: Int, _ root: MappingNode) -> Prejudge.Verdict {
    do throws(Prejudge.Unsure) {
      let let_26 = ((Prejudge.lacking(try Prejudge.member(root[MappingKey(text: "contact", length: 7, firstByte: 99)], MappingKey(text: "phone", length: 5, firstByte: 112))) ? 1 : 0) + (Prejudge.lacking(try Prejudge.member(root[MappingKey(text: "contact", length: 7, firstByte: 99)], MappingKey(text: "address", length: 7, firstByte: 97))) ? 1 : 0) + (Prejudge.lacking(try Prejudge.member(root[MappingKey(text: "contact", length: 7, firstByte: 99)], MappingKey(text: "email", length: 5, firstByte: 101))) ? 1 : 0))
      if (Prejudge.compare((let_26 as Int?), (0 as Int?)).map { $0 == 0 }) == false { return .unsure }
      return .passed
    } catch {
      return .unsure
    }
  }

  // report.items-complete
  private static func rule13(_ store: RecordStore, _ index: Int, _ root: MappingNode) -> Prejudge.Verdict {
    do throws(Prejudge.Unsure) {
      for item27 in Prejudge.items(root[MappingKey(text: "problems", length: 8, firstByte: 112)]) {
        if (Prejudge.compare((((Prejudge.lacking(try Prejudge.member(item27, MappingKey(text: "measures", length: 8, firstByte: 109))) ? 1 : 0) + (Prejudge.lacking(try Prejudge.member(item27, MappingKey(text: "outcome", length: 7, firstByte: 111))) ? 1 : 0)) as Int?), (0 as Int?)).map { $0 == 0 }) == false { return .unsure }
      }
      for item28 in Prejudge.items(root[MappingKey(text: "suggestions", length: 11, firstByte: 115)]) {
        if (Prejudge.compare((((Prejudge.lacking(try Prejudge.member(item28, MappingKey(text: "measures", length: 8, firstByte: 109))) ? 1 : 0) + (Prejudge.lacking(try Prejudge.member(item28, MappingKey(text: "outcome", length: 7, firstByte: 111))) ? 1 : 0)) as Int?), (0 as Int?)).map { $0 == 0 }) == false { return .unsure }
      }
      return .passed
    } catch {
      return .unsure
    }
  }

  // study.discussion
  private static func rule14(_ store: RecordStore, _ index: Int, _ root: MappingNode) -> Prejudge.Verdict {
    do throws(Prejudge.Unsure) {
      guard ((try Prejudge.equals(root[MappingKey(text: "type", length: 4, firstByte: 116)], text: "理论学习中心组学习"))) == true else { return .skipped }
      if (Prejudge.compare((Prejudge.count(root[MappingKey(text: "agenda", length: 6, firstByte: 97)]) as Int?), (0 as Int?)).map { $0 > 0 }) == true {
        if ((try Prejudge.any(Prejudge.items(root[MappingKey(text: "agenda", length: 6, firstByte: 97)])) { (item29: Node) throws(Prejudge.Unsure) -> Bool? in Value.equals(((try Prejudge.member(item29, MappingKey(text: "discussion", length: 10, firstByte: 100))).map(Value.node) ?? .missing), (((true as Bool?)).map(Value.bool) ?? .missing), store) } as Bool?)) == false { return .unsure }
      }
      return .passed
    } catch {
      return .unsure
    }
  }
}
