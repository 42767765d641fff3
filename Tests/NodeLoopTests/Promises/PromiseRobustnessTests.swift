import Testing
@testable import NodeLoop

/// Long chains run as jobs, never as recursion; settled promises let go of what they held.
@Suite struct PromiseRobustnessTests {
    @Test func aMillionChainedThensRunWithoutOverflowingTheStack() throws {
        let loop = EventLoop()
        var final = -1
        let code = loop.run {
            var promise = Promise.resolve(0)
            for _ in 0..<1_000_000 { promise = promise.then { $0 + 1 } }
            promise.then { final = $0 }
        }
        #expect(code == 0)
        #expect(final == 1_000_000)
        try loop.close()
    }

    @Test func aResolutionChainOneHundredThousandDeepSettles() throws {
        let loop = EventLoop()
        var final = -1
        let code = loop.run {
            let (root, resolveRoot, _) = Promise<Int>.withResolvers()
            var promise = root
            for _ in 0..<100_000 {
                let inner = promise
                promise = Promise { resolve, _ in resolve(inner) }
            }
            promise.then { final = $0 }
            setTimeout(1) { resolveRoot(7) }
        }
        #expect(code == 0)
        #expect(final == 7)
        try loop.close()
    }

    @Test func aNeverSettledChainOfAMillionIsReleasedWithoutOverflowingTheStack() throws {
        let loop = EventLoop()
        weak var weakHead: Promise<Int>?
        weak var weakTail: Promise<Int>?
        loop.run {
            let head = Promise<Int>.withResolvers().promise
            var promise = head
            for _ in 0..<1_000_000 { promise = promise.then { $0 + 1 } }
            weakHead = head
            weakTail = promise
        }
        #expect(weakHead == nil)
        #expect(weakTail == nil)
        try loop.close()
    }

    @Test func aSettledPromiseReleasesItsCallbacksAndTheirCaptures() throws {
        final class Captured {}
        let loop = EventLoop()
        weak var weakCaptured: Captured?
        weak var weakDerived: Promise<Void>?
        var kept: Promise<Int>?
        loop.run {
            let captured = Captured()
            weakCaptured = captured
            let (promise, resolve, _) = Promise<Int>.withResolvers()
            kept = promise
            weakDerived = promise.then { _ in _ = captured }
            setTimeout(1) { resolve(1) }
        }
        // The promise is still referenced, but its reaction (and what the closure captured) is gone.
        #expect(kept != nil)
        #expect(weakCaptured == nil)
        #expect(weakDerived == nil)
        try loop.close()
    }

    @Test func aPendingPromiseDroppedWithItsCallbacksLeaksNothing() throws {
        final class Captured {}
        let loop = EventLoop()
        weak var weakCaptured: Captured?
        weak var weakPromise: Promise<Int>?
        loop.run {
            let captured = Captured()
            weakCaptured = captured
            let promise = Promise<Int> { _, _ in }
            weakPromise = promise
            promise.then { _ in _ = captured }.catch { _ in _ = captured }
        }
        #expect(weakPromise == nil)
        #expect(weakCaptured == nil)
        try loop.close()
    }

    @Test func aCombinatorStillSettlesWhenAPendingInputIsFreedFirst() throws {
        let loop = EventLoop()
        var seen: [String] = []
        loop.run {
            // Each never-settled input is freed at the end of its statement, while the result is
            // still held by the reaction queued for the settled input.
            Promise.race([Promise.resolve(1), Promise<Int> { _, _ in }]).then { seen.append("race \($0)") }
            Promise.all(Promise<Int>.reject(NodeError("no")), Promise<String> { _, _ in })
                .catch { error in seen.append("all \(error.message)") }
            Promise.any([Promise<Int> { _, _ in }, Promise.resolve(3)]).then { seen.append("any \($0)") }
        }
        #expect(seen == ["race 1", "all no", "any 3"])
        try loop.close()
    }

    @Test func aCombinatorWhoseInputsAreAllFreedIsReleasedWithItsCallbacks() throws {
        final class Captured {}
        let loop = EventLoop()
        weak var weakCaptured: Captured?
        weak var weakResult: Promise<Int>?
        loop.run {
            let captured = Captured()
            weakCaptured = captured
            let result = Promise.race([Promise<Int> { _, _ in }, Promise<Int> { _, _ in }])
            weakResult = result
            result.then { _ in _ = captured }
        }
        #expect(weakResult == nil)
        #expect(weakCaptured == nil)
        try loop.close()
    }
}
