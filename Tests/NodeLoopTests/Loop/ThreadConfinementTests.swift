import Testing
import NodeLoop
#if canImport(Glibc)
import Glibc
#endif

/// A loop used from a thread that does not own it stops at once, with a message naming the
/// mistake and the way out.
@Suite struct ThreadConfinementTests {
    @Test func usingALoopFromAnotherThreadStopsWithAMessageNamingTheMistake() async {
        let result = await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) {
            let loop = EventLoop()
            // Smuggled across threads on purpose: this is the mistake under test.
            nonisolated(unsafe) let smuggled = loop
            var thread = pthread_t()
            let context = Unmanaged.passRetained(Box { smuggled.stop() }).toOpaque()
            pthread_create(&thread, nil, { context in
                Unmanaged<Box>.fromOpaque(context!).takeRetainedValue().body()
                return nil
            }, context)
            pthread_join(thread, nil)
        }
        let message = String(decoding: result?.standardErrorContent ?? [], as: UTF8.self)
        #expect(message.contains("stop() called from a thread that does not own this EventLoop"))
        #expect(message.contains("loop.executor.execute"))
    }

    @Test func readingALoopBoundValueOnAnotherThreadStopsWithAMessage() async {
        let result = await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) {
            let loop = EventLoop()
            let bound = LoopBound(AbortController())
            var thread = pthread_t()
            let context = Unmanaged.passRetained(Box { _ = bound.value }).toOpaque()
            pthread_create(&thread, nil, { context in
                Unmanaged<Box>.fromOpaque(context!).takeRetainedValue().body()
                return nil
            }, context)
            pthread_join(thread, nil)
            try? loop.close()
        }
        let message = String(decoding: result?.standardErrorContent ?? [], as: UTF8.self)
        #expect(message.contains("LoopBound.value called from a thread that does not own this EventLoop"))
    }
}

/// Carries the misuse closure to a raw pthread. Unchecked on purpose: sending a loop across
/// threads is the mistake this test makes, and the loop must catch it at run time.
private final class Box: @unchecked Sendable {
    let body: () -> Void
    init(_ body: @escaping () -> Void) { self.body = body }
}
