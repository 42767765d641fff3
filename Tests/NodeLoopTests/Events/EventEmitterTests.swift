import Testing
@testable import NodeLoop

/// What the twins cannot show: Swift-only behaviour of EventEmitter.
@Suite struct EventEmitterTests {
    final class Downloader: EventEmitter {}

    @Test func twoEventValuesSpellingOneNameWithDifferentTypesFailWithATypeErrorNotACrash() throws {
        let asInt = EventName<Int>("value")
        let asString = EventName<String>("value")
        let emitter = EventEmitter()
        emitter.on(asInt) { _ in }
        #expect {
            try emitter.emit(asString, "text")
        } throws: { error in
            (error as? NodeError)?.code == "ERR_INVALID_ARG_TYPE"
        }
    }

    @Test func listenersReturnsCallableListenersInOrder() throws {
        let event = EventName<Int>("n")
        var calls: [String] = []
        let emitter = EventEmitter()
        emitter.on(event) { calls.append("a\($0)") }
        emitter.prependListener(event) { calls.append("b\($0)") }
        for listener in emitter.listeners(event) { try listener(1) }
        #expect(calls == ["b1", "a1"])
        #expect(emitter.rawListeners(event).count == 2)
    }

    @Test func theWarningNamesTheSubclass() throws {
        var messages: [String] = []
        let loop = EventLoop()
        loop.run {
            process.on(.warning) { warning in messages.append(warning.message) }
            let downloader = try Downloader().setMaxListeners(1)
            let event = EventName<Void>("progress")
            downloader.on(event) {}
            downloader.on(event) {}
        }
        try loop.close()
        #expect(messages == ["Possible EventEmitter memory leak detected. 2 progress listeners added to [Downloader]. MaxListeners is 1. Use emitter.setMaxListeners() to increase limit"])
    }

    @Test func leavingAnEventLoopRemovesItsListeners() throws {
        let event = EventName<Int>("data")
        var outcome: (seen: [Int], left: Int)?
        let loop = EventLoop()
        loop.run {
            let emitter = LoopBound(EventEmitter())
            Promise { () async throws -> (seen: [Int], left: Int) in
                var seen: [Int] = []
                for try await value in EventEmitter.on(emitter.value, event) {
                    seen.append(value)
                    if value == 2 { break }
                }
                return (seen, emitter.value.listenerCount(event))
            }.then { outcome = $0 }
            setImmediate {
                for n in 1...3 { try emitter.value.emit(event, n) }
            }
        }
        try loop.close()
        #expect(outcome?.seen == [1, 2])
        #expect(outcome?.left == 0)
    }
}
