import Testing

@testable import ComplyKit

/// `TreePrefetch` reads the node tree's layout, which Swift does not promise: it must recognize it
/// where comply is built (else the per-record rules lose the prefetching without a sign), and a fetch
/// at every stage must be safe on real records of every shape.
@Suite struct TreePrefetchTests {
  @Test func recognizesTheLayout() {
    #expect(TreePrefetch.shared.isActive)
  }

  @Test func fetchesEveryStageOfEveryRecord() throws {
    let result = try Audit.run(paths: [Repo.samples], ruleSet: try Repo.loadRules(), options: AuditOptions())
    let store = try #require(result.store)
    #expect(store.records.count > 10)
    store.records.withUnsafeBufferPointer { records in
      for index in records.indices {
        for lead in 1...TreePrefetch.leads { TreePrefetch.shared.fetch(records, index, lead: lead) }
      }
      // Out of range: nothing is read.
      TreePrefetch.shared.fetch(records, records.count, lead: 1)
    }
  }
}
