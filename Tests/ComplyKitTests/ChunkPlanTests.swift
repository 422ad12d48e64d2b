import Testing

@testable import ComplyKit

struct ChunkPlanTests {
  /// The chunks cover the items once, in order, none under 16 items but perhaps the last, the later
  /// ones no larger than the earlier ones.
  @Test(arguments: [0, 1, 15, 16, 17, 100, 1_000, 20_000, 1_000_003])
  func chunksCoverEveryItemOnceInOrder(count: Int) {
    for jobs in [1, 2, 3, 8] {
      let plan = ChunkPlan(count: count, jobs: jobs)
      let ranges = (0..<plan.count).map(plan.range)
      #expect(ranges.first?.lowerBound ?? 0 == 0)
      #expect(ranges.last?.upperBound ?? 0 == count)
      for (a, b) in zip(ranges, ranges.dropFirst()) {
        #expect(a.upperBound == b.lowerBound)
        #expect(a.count >= b.count)
      }
      #expect(ranges.dropLast().allSatisfy { $0.count >= 16 })
      #expect(ranges.allSatisfy { !$0.isEmpty })
    }
  }

  /// The first chunk is a quarter of a core's share, the last ones small: the cores end together.
  @Test func chunksShrinkTowardTheEnd() {
    let plan = ChunkPlan(count: 20_000, jobs: 2)
    #expect(plan.range(0).count == 2_500)
    #expect(plan.range(plan.count - 1).count <= 16)
  }

  /// Chunks holding a heavy item are taken first, the rest after them in order; every chunk once.
  @Test func heavyChunksAreTakenFirst() {
    let plan = ChunkPlan(count: 20_002, jobs: 2)
    let last = plan.count - 1
    #expect(plan.order(heavy: []) == Array(0..<plan.count))
    let order = plan.order(heavy: [20_001, 20_000, 3])
    #expect(order.first == 0)
    #expect(order.dropFirst().first == last)
    #expect(order.sorted() == Array(0..<plan.count))
    #expect(Array(order.dropFirst(2)) == Array(1..<last))
  }

  /// The joined results are in item order whatever core ran which chunk, heavy items or not.
  @Test func mapJoinsResultsInOrderWithHeavyItems() {
    let items = ChunkPlan.map(5_000, jobs: 4, heavy: [4_999, 17], perWorker: { _ in () }) { _, range in Array(range) }
    #expect(items == Array(0..<5_000))
  }

  /// The joined results are in item order whatever core ran which chunk.
  @Test func mapJoinsResultsInOrder() {
    let items = ChunkPlan.map(5_000, jobs: 4) { range in Array(range) }
    #expect(items == Array(0..<5_000))
  }

  @Test func permuteMovesEachElementToItsPlace() {
    let words = ["d", "a", "c", "e", "b", "f"]
    for order in [[1, 4, 2, 0, 3, 5], [0, 1, 2, 3, 4, 5], [5, 4, 3, 2, 1, 0], [1, 2, 3, 4, 5, 0]] {
      var permuted = words
      permuted.permute(to: order)
      #expect(permuted == order.map { words[$0] })
    }
    var empty: [String] = []
    empty.permute(to: [])
    #expect(empty.isEmpty)
  }
}
