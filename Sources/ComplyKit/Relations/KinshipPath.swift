/// A relation as recorded on a person record (`relations: [{type: 配偶, person: p20}]`).
public enum PrimitiveRelation: String, Sendable, CaseIterable {
  case spouse = "配偶"
  case parent = "父母"
  case child = "子女"
  case sibling = "兄弟姐妹"

  /// The relation seen from the other person (parent ↔ child; spouse and sibling are symmetric).
  public var inverse: PrimitiveRelation {
    switch self {
    case .spouse: .spouse
    case .parent: .child
    case .child: .parent
    case .sibling: .sibling
    }
  }

  public var englishName: String {
    switch self {
    case .spouse: "spouse"
    case .parent: "parent"
    case .child: "child"
    case .sibling: "sibling"
    }
  }
}

/// The four classes of 公务员回避规定 第五条 (same set in 党政领导干部任职回避暂行规定 第三条).
public enum KinshipClass: String, Sendable, CaseIterable {
  case spouse = "夫妻关系"
  case lineal = "直系血亲"
  case collateral = "三代以内旁系血亲"
  case affinal = "近姻亲"

  public var englishName: String {
    switch self {
    case .spouse: "spouse"
    case .lineal: "lineal relative"
    case .collateral: "collateral relative within three generations"
    case .affinal: "close in-law"
    }
  }
}

/// A 回避 relation from one person to another, as a chain of steps. A `.sibling` step is a recorded
/// 兄弟姐妹 edge or a shared recorded parent.
public struct KinshipPath: Sendable, Hashable {
  /// From the first person to the second, e.g. `[.spouse, .sibling]`: the second is the first's spouse's sibling.
  public let steps: [PrimitiveRelation]
  public let kinshipClass: KinshipClass

  /// `nil` when the chain is not a 回避 relation.
  public init?(steps: [PrimitiveRelation]) {
    guard let kinshipClass = KinshipPath.classes[steps] else { return nil }
    self.steps = steps
    self.kinshipClass = kinshipClass
  }

  /// "配偶的兄弟姐妹".
  public var chineseDescription: String {
    steps.map(\.rawValue).joined(separator: "的")
  }

  /// "spouse's sibling".
  public var englishDescription: String {
    steps.map(\.englishName).joined(separator: "'s ")
  }

  /// The same relation seen from the second person.
  public var reversed: KinshipPath? {
    KinshipPath(steps: steps.reversed().map(\.inverse))
  }

  /// Every 回避 chain, shortest first; within a length in the order spouse, lineal, collateral, affinal.
  /// Both directions are listed: for each chain the regulation names, its reverse is a relation too
  /// (配偶的兄弟姐妹 ↔ 兄弟姐妹的配偶).
  static let patterns: [(steps: [PrimitiveRelation], kinshipClass: KinshipClass)] = {
    let s = PrimitiveRelation.spouse
    let p = PrimitiveRelation.parent
    let c = PrimitiveRelation.child
    let b = PrimitiveRelation.sibling
    // As the regulation enumerates them.
    let named: [([PrimitiveRelation], KinshipClass)] = [
      ([s], .spouse),
      // 祖父母、外祖父母、父母、子女、孙子女、外孙子女
      ([p], .lineal), ([c], .lineal), ([p, p], .lineal), ([c, c], .lineal),
      // 兄弟姐妹、伯叔姑舅姨、侄子女、甥子女、堂兄弟姐妹、表兄弟姐妹
      ([b], .collateral), ([p, b], .collateral), ([b, c], .collateral), ([p, b, c], .collateral),
      // 配偶的父母、配偶的兄弟姐妹及其配偶、子女的配偶及子女配偶的父母
      ([s, p], .affinal), ([s, b], .affinal), ([s, b, s], .affinal), ([c, s], .affinal), ([c, s, p], .affinal),
      // 三代以内旁系血亲的配偶
      ([b, s], .affinal), ([p, b, s], .affinal), ([b, c, s], .affinal), ([p, b, c, s], .affinal),
    ]
    var result: [(steps: [PrimitiveRelation], kinshipClass: KinshipClass)] = []
    var seen: Set<[PrimitiveRelation]> = []
    for (steps, kinshipClass) in named {
      for candidate in [steps, steps.reversed().map(\.inverse)] where seen.insert(candidate).inserted {
        result.append((candidate, kinshipClass))
      }
    }
    let rank: [KinshipClass: Int] = [.spouse: 0, .lineal: 1, .collateral: 2, .affinal: 3]
    // A stable sort keeps the enumeration order within a length and class.
    return result.enumerated().sorted { l, r in
      let lk = (l.element.steps.count, rank[l.element.kinshipClass] ?? 0, l.offset)
      let rk = (r.element.steps.count, rank[r.element.kinshipClass] ?? 0, r.offset)
      return lk < rk
    }.map(\.element)
  }()

  static let classes: [[PrimitiveRelation]: KinshipClass] = {
    var map: [[PrimitiveRelation]: KinshipClass] = [:]
    for pattern in patterns { map[pattern.steps] = pattern.kinshipClass }
    return map
  }()
}
