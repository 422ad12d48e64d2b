import Testing

@testable import ComplyKit

/// One extended family around `a`, recorded the way person records do it (some edges on one side only,
/// 父母 and 子女 both used, siblings partly explicit and partly through a shared parent).
private let family: KinshipGraph = {
  let edges: [(person: String, relation: PrimitiveRelation, other: String)] = [
    ("a", .spouse, "w"),
    ("a", .parent, "f"), ("a", .parent, "m"),
    ("f", .parent, "gf"),  // paternal grandfather
    ("gm", .child, "m"),  // maternal grandmother, recorded on her side
    ("gf", .parent, "ggf"),  // great-grandfather: not a 回避 relative
    ("a", .child, "k"), ("k", .spouse, "ks"), ("ks", .parent, "ksp"),
    ("gk", .parent, "k"),  // grandchild
    ("a", .sibling, "s1"), ("s1s", .spouse, "s1"), ("s1", .child, "n"), ("n", .spouse, "ns"),
    ("h", .parent, "m"),  // half-sibling through the mother: derived sibling
    ("u", .parent, "gf"), ("u", .spouse, "us"), ("co", .parent, "u"), ("co", .spouse, "cos"),
    ("au", .sibling, "m"),  // mother's sister, explicit
    ("w", .parent, "wp"), ("w", .sibling, "wb"), ("wb", .spouse, "wbs"), ("wh", .parent, "wp"),
    ("wp", .sibling, "wpb"), ("wpb", .child, "wc"),  // w's cousin
    ("wc", .spouse, "wcs"),  // w's cousin's spouse: not related to a
    ("wp", .parent, "wgp"),  // w's grandparent: not related to a
    ("s1s", .sibling, "s1sb"),  // sibling's spouse's sibling: not related to a
    ("gf", .sibling, "gfb"), ("gfb", .child, "gfbc"), ("sc", .parent, "gfbc"),  // second cousin sc
    ("ksp", .child, "ksb"),  // child's spouse's sibling: not related to a
  ]
  return KinshipGraph(edges: edges)
}()

private func steps(_ a: String, _ b: String) -> [PrimitiveRelation]? {
  family.relation(from: a, to: b)?.steps
}

private func kinshipClass(_ a: String, _ b: String) -> KinshipClass? {
  family.relation(from: a, to: b)?.kinshipClass
}

@Suite struct KinshipTests {
  @Test func spouse() {
    #expect(steps("a", "w") == [.spouse])
    #expect(steps("w", "a") == [.spouse])
    #expect(kinshipClass("a", "w") == .spouse)
  }

  @Test func lineal() {
    #expect(steps("a", "f") == [.parent])
    #expect(steps("a", "m") == [.parent])
    #expect(steps("a", "gf") == [.parent, .parent])
    #expect(steps("a", "gm") == [.parent, .parent])  // edge recorded on the grandmother's side
    #expect(steps("a", "k") == [.child])
    #expect(steps("a", "gk") == [.child, .child])
    #expect(steps("gk", "a") == [.parent, .parent])
    #expect(steps("m", "a") == [.child])
    for other in ["f", "m", "gf", "gm", "k", "gk"] { #expect(kinshipClass("a", other) == .lineal) }
    #expect(steps("a", "ggf") == nil)  // great-grandparents are not enumerated
  }

  @Test func collateral() {
    #expect(steps("a", "s1") == [.sibling])
    #expect(steps("s1", "a") == [.sibling])
    #expect(steps("a", "h") == [.sibling])  // derived: shares the mother
    #expect(steps("h", "a") == [.sibling])
    #expect(steps("a", "u") == [.parent, .sibling])  // derived: the grandfather's other child
    #expect(steps("a", "au") == [.parent, .sibling])  // explicit sibling of the mother
    #expect(steps("a", "co") == [.parent, .sibling, .child])
    #expect(steps("co", "a") == [.parent, .sibling, .child])
    #expect(steps("a", "n") == [.sibling, .child])
    #expect(steps("n", "a") == [.parent, .sibling])
    for other in ["s1", "h", "u", "au", "co", "n"] { #expect(kinshipClass("a", other) == .collateral) }
  }

  @Test func affinal() {
    #expect(steps("a", "wp") == [.spouse, .parent])
    #expect(steps("a", "wpb") == [.spouse, .parent, .sibling])  // reverse of 侄子女的配偶
    #expect(steps("a", "wb") == [.spouse, .sibling])
    #expect(steps("a", "wh") == [.spouse, .sibling])  // derived through the spouse's parent
    #expect(steps("a", "wbs") == [.spouse, .sibling, .spouse])
    #expect(steps("a", "ks") == [.child, .spouse])
    #expect(steps("a", "ksp") == [.child, .spouse, .parent])
    #expect(steps("a", "s1s") == [.sibling, .spouse])
    #expect(steps("a", "us") == [.parent, .sibling, .spouse])
    #expect(steps("a", "cos") == [.parent, .sibling, .child, .spouse])
    #expect(steps("a", "ns") == [.sibling, .child, .spouse])
    for other in ["wp", "wb", "wh", "wbs", "ks", "ksp", "s1s", "us", "cos", "ns"] {
      #expect(kinshipClass("a", other) == .affinal, "\(other)")
    }
  }

  @Test func reverseDirection() {
    // If wb is a's 配偶的兄弟姐妹, a is wb's 兄弟姐妹的配偶.
    #expect(steps("wb", "a") == [.sibling, .spouse])
    #expect(kinshipClass("wb", "a") == .affinal)
    #expect(steps("wp", "a") == [.child, .spouse])
    #expect(steps("ks", "a") == [.spouse, .parent])
    #expect(steps("ksp", "a") == [.child, .spouse, .parent])
    #expect(steps("wbs", "a") == [.spouse, .sibling, .spouse])
    #expect(steps("s1s", "a") == [.spouse, .sibling])
    #expect(steps("us", "a") == [.spouse, .sibling, .child])  // spouse's nephew
    #expect(steps("ns", "a") == [.spouse, .parent, .sibling])  // spouse's uncle
    #expect(steps("cos", "a") == [.spouse, .parent, .sibling, .child])  // spouse's cousin
    // So a spouse's cousin is a relative too: a is wc's 表兄弟姐妹的配偶.
    #expect(steps("a", "wc") == [.spouse, .parent, .sibling, .child])
    #expect(steps("wc", "a") == [.parent, .sibling, .child, .spouse])
    // Every pair agrees in both directions.
    for (person, path) in family.relatives(of: "a") {
      #expect(family.relation(from: person, to: "a") == path.reversed, "\(person)")
      #expect(family.relation(from: person, to: "a")?.kinshipClass == path.kinshipClass)
    }
  }

  @Test func nonRelatives() {
    #expect(steps("a", "sc") == nil)  // second cousin
    #expect(steps("sc", "a") == nil)
    #expect(steps("a", "wcs") == nil)  // spouse's cousin's spouse
    #expect(steps("a", "wgp") == nil)  // spouse's grandparent
    #expect(steps("a", "s1sb") == nil)  // sibling's spouse's sibling
    #expect(steps("a", "ksb") == nil)  // child's spouse's sibling
    #expect(steps("a", "gfb") == nil)  // grandparent's sibling
    #expect(steps("a", "gfbc") == nil)  // parent's cousin
    #expect(steps("a", "nobody") == nil)
    #expect(steps("nobody", "a") == nil)
  }

  @Test func selfIsNoRelative() {
    #expect(steps("a", "a") == nil)
    #expect(!family.relatives(of: "a").contains { $0.person == "a" })
    // A recorded edge to oneself is ignored.
    let graph = KinshipGraph(edges: [("x", .spouse, "x"), ("x", .sibling, "y")])
    #expect(graph.relation(from: "x", to: "x") == nil)
    #expect(graph.relatives(of: "x").map(\.person) == ["y"])
  }

  @Test func shortestPathWins() {
    // y is both x's recorded sibling and x's spouse's sibling's spouse.
    let graph = KinshipGraph(edges: [
      ("x", .sibling, "y"), ("x", .spouse, "z"), ("z", .sibling, "t"), ("t", .spouse, "y"),
    ])
    #expect(graph.relation(from: "x", to: "y")?.steps == [.sibling])
    // A derived uncle is found as 父母的兄弟姐妹, not as a three-step chain.
    #expect(steps("a", "u")?.count == 2)
    // Deterministic: the same answer every time.
    for _ in 0..<5 { #expect(steps("a", "cos") == [.parent, .sibling, .child, .spouse]) }
  }

  @Test func descriptions() throws {
    let path = try #require(family.relation(from: "a", to: "wb"))
    #expect(path.chineseDescription == "配偶的兄弟姐妹")
    #expect(path.englishDescription == "spouse's sibling")
    let cousin = try #require(family.relation(from: "a", to: "co"))
    #expect(cousin.chineseDescription == "父母的兄弟姐妹的子女")
    #expect(cousin.englishDescription == "parent's sibling's child")
    #expect(KinshipPath(steps: [.spouse, .parent, .parent]) == nil)
    #expect(KinshipPath(steps: [.sibling, .spouse])?.kinshipClass == .affinal)
  }

  @Test func relativesListing() {
    let listed = family.relatives(of: "a")
    let expected = [
      "au", "co", "cos", "f", "gf", "gk", "gm", "h", "k", "ks", "ksp", "m", "n", "ns", "s1", "s1s", "u", "us", "w",
      "wb", "wbs", "wc", "wh", "wp", "wpb",
    ]
    #expect(listed.map(\.person) == expected)
    for (person, path) in listed { #expect(family.relation(from: "a", to: person) == path) }
    #expect(family.relatives(of: "nobody").isEmpty)
  }

  @Test func patternTable() {
    let patterns = KinshipPath.patterns
    #expect(patterns.count == 21)  // 18 as enumerated, plus 3 reverses not enumerated themselves
    #expect(zip(patterns, patterns.dropFirst()).allSatisfy { $0.steps.count <= $1.steps.count })
    for pattern in patterns {
      let path = KinshipPath(steps: pattern.steps)
      #expect(path?.reversed?.kinshipClass == pattern.kinshipClass, "\(pattern.steps)")
    }
  }
}

/// The store's graph names each person by id: a relation may give the other person's id or name, and
/// an id wins over a name written the same way.
@Suite struct StoreKinshipTests {
  @Test func relationsByIdOrByNameMeetAtTheId() {
    let store = makeStore(
      """
      kind: person
      id: p1
      name: 张三
      relations: [{type: 配偶, person: 李四}, {type: 父母, person: p3}]
      ---
      kind: person
      id: p2
      name: 李四
      ---
      kind: person
      id: p3
      name: 王五
      relations: [{type: 兄弟姐妹, person: o1}]
      ---
      kind: person
      id: p4
      name: o1
      ---
      kind: organization
      id: o1
      name: 一支部
      type: 党支部
      """)
    #expect(store.kinship.relation(from: "p1", to: "p2")?.steps == [.spouse])
    #expect(store.kinship.relation(from: "p1", to: "p3")?.steps == [.parent])
    #expect(store.kinship.relation(from: "p1", to: "李四") == nil)
    // "o1" is a record's id (the organization's), so it stays "o1", not the person named o1.
    #expect(store.kinship.relation(from: "p3", to: "o1")?.steps == [.sibling])
    #expect(store.kinship.relation(from: "p3", to: "p4") == nil)
  }
}
