import Testing
@testable import NodeLoop

@Suite struct TimerListQueueTests {
    private func drain(_ queue: inout TimerListQueue) -> [Int64] {
        var order: [Int64] = []
        while let head = queue.peek() {
            order.append(head.msecs)
            queue.remove(head)
        }
        return order
    }

    @Test func peeksTheEarliestExpiryThenTheOldestList() {
        var queue = TimerListQueue()
        let lists: [(msecs: Int64, expiry: Int64, id: Int)] = [(50, 150, 1), (10, 110, 2), (30, 110, 3), (5, 105, 4), (70, 170, 5)]
        for list in lists {
            queue.insert(TimerList(msecs: list.msecs, expiry: list.expiry, id: list.id))
        }
        #expect(drain(&queue) == [5, 10, 30, 50, 70])
    }

    @Test func removesAListFromTheMiddle() {
        var queue = TimerListQueue()
        let lists = (1...20).map { TimerList(msecs: Int64($0), expiry: Int64(100 + ($0 * 7) % 20), id: $0) }
        lists.forEach { queue.insert($0) }
        queue.remove(lists[6])
        queue.remove(lists[13])
        let expected = lists.filter { $0 !== lists[6] && $0 !== lists[13] }
            .sorted { ($0.expiry, $0.id) < ($1.expiry, $1.id) }
            .map(\.msecs)
        #expect(drain(&queue) == expected)
    }

    @Test func reordersWhenTheHeadExpiryMovesLater() {
        var queue = TimerListQueue()
        let first = TimerList(msecs: 1, expiry: 101, id: 1)
        queue.insert(first)
        queue.insert(TimerList(msecs: 20, expiry: 120, id: 2))
        first.expiry = 130
        first.id = 3
        queue.headExpiryIncreased()
        #expect(drain(&queue) == [20, 1])
    }
}
