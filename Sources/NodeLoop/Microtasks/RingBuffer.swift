/// A first-in first-out queue over one growable circular buffer.
///
/// The loop's queues (ticks, promise jobs, immediates) are emptied and refilled on every turn.
/// A ring keeps its capacity across turns, so a steady workload allocates nothing after warm-up,
/// where `array = []` would allocate on every turn.
struct RingBuffer<Element> {
    private var storage: ContiguousArray<Element?>
    private var head = 0
    private(set) var count = 0

    init(capacity: Int = 16) {
        var size = 1
        while size < max(capacity, 1) { size <<= 1 }
        storage = ContiguousArray(repeating: nil, count: size)
    }

    var isEmpty: Bool { count == 0 }

    // `append` consumes its element and `popFirst` moves it out of its slot (`take`), so a
    // job goes through the ring without a retain and release of its closure on each side.
    mutating func append(_ element: consuming Element) {
        if count == storage.count { grow() }
        storage[(head + count) & (storage.count - 1)] = consume element
        count += 1
    }

    mutating func popFirst() -> Element? {
        guard count > 0 else { return nil }
        let element = storage[head].take()
        head = (head + 1) & (storage.count - 1)
        count -= 1
        return element
    }

    /// Drops every element and keeps the capacity.
    mutating func removeAll() {
        while popFirst() != nil {}
    }

    private mutating func grow() {
        var larger = ContiguousArray<Element?>(repeating: nil, count: storage.count * 2)
        for offset in 0..<count {
            larger[offset] = storage[(head + offset) & (storage.count - 1)]
        }
        storage = larger
        head = 0
    }
}
