/// A binary min-heap of timer lists ordered by (expiry, id): the order Node runs lists in.
///
/// Each list records its own position, so a list emptied by `clearTimeout` is removed in
/// O(log n) without a search.
struct TimerListQueue {
    private var heap: [TimerList] = []

    var isEmpty: Bool { heap.isEmpty }

    func peek() -> TimerList? { heap.first }

    mutating func insert(_ list: TimerList) {
        list.queuePosition = heap.count
        heap.append(list)
        siftUp(heap.count - 1)
    }

    mutating func remove(_ list: TimerList) {
        let position = list.queuePosition
        guard position < heap.count, heap[position] === list else { return }
        let last = heap.removeLast()
        guard position < heap.count else { return }
        heap[position] = last
        last.queuePosition = position
        siftDown(position)
        siftUp(position)
    }

    /// Restores the order after the head list's expiry moved later.
    mutating func headExpiryIncreased() {
        siftDown(0)
    }

    mutating func removeAll() {
        heap.removeAll()
    }

    private static func precedes(_ a: TimerList, _ b: TimerList) -> Bool {
        a.expiry != b.expiry ? a.expiry < b.expiry : a.id < b.id
    }

    private mutating func siftUp(_ start: Int) {
        var child = start
        while child > 0 {
            let parent = (child - 1) / 2
            guard Self.precedes(heap[child], heap[parent]) else { return }
            swapAt(child, parent)
            child = parent
        }
    }

    private mutating func siftDown(_ start: Int) {
        var parent = start
        while true {
            let left = 2 * parent + 1
            guard left < heap.count else { return }
            let right = left + 1
            let smaller = right < heap.count && Self.precedes(heap[right], heap[left]) ? right : left
            guard Self.precedes(heap[smaller], heap[parent]) else { return }
            swapAt(smaller, parent)
            parent = smaller
        }
    }

    private mutating func swapAt(_ i: Int, _ j: Int) {
        heap.swapAt(i, j)
        heap[i].queuePosition = i
        heap[j].queuePosition = j
    }
}
