import Testing
@testable import NodeLoop

@Suite struct RingBufferTests {
    @Test func popsInInsertionOrderAcrossWrapAround() {
        var ring = RingBuffer<Int>(capacity: 4)
        var expected: [Int] = []
        var popped: [Int] = []
        for round in 0..<10 {
            for value in 0..<3 { ring.append(round * 10 + value); expected.append(round * 10 + value) }
            while let value = ring.popFirst() { popped.append(value) }
        }
        #expect(popped == expected)
        #expect(ring.isEmpty)
    }

    @Test func growsWhileHoldingWrappedElements() {
        var ring = RingBuffer<Int>(capacity: 4)
        ring.append(1); ring.append(2); ring.append(3)
        _ = ring.popFirst()
        for value in 4...20 { ring.append(value) }
        var popped: [Int] = []
        while let value = ring.popFirst() { popped.append(value) }
        #expect(popped == Array(2...20))
    }

    @Test func releasesPoppedElements() {
        final class Token {}
        var ring = RingBuffer<Token>()
        weak var weakToken: Token?
        do {
            let token = Token()
            weakToken = token
            ring.append(token)
        }
        #expect(weakToken != nil)
        _ = ring.popFirst()
        #expect(weakToken == nil)
    }
}
