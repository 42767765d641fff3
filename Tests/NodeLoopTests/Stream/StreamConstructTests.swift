import Testing
@testable import NodeLoop

/// `_construct`: a stream prepares its resource before the first `_read` or `_write`; writes
/// wait, `destroy` waits, and a failure destroys the stream. Every expected log was printed by
/// node v20 for the same classes written in JavaScript.
@Suite struct StreamConstructTests {
    /// A writable whose construction takes one `setImmediate`, and that logs its hooks.
    final class SlowWritable: Writable<Buffer> {
        var log: [String] = []
        var constructError: (any Error)?

        override var hasConstruct: Bool { true }
        override func _construct(_ callback: @escaping Callback) throws {
            log.append("construct")
            setImmediate { [self] in
                log.append("constructed")
                callback(constructError)
            }
        }

        override func _write(_ chunk: Buffer, encoding: String, callback: @escaping Callback) throws {
            log.append("write \((try? chunk.toString()) ?? "?")")
            callback(nil)
        }

        override var hasWritev: Bool { true }
        override func _writev(_ chunks: [(chunk: Buffer, encoding: String)], callback: @escaping Callback) throws {
            log.append("writev " + chunks.map { (try? $0.chunk.toString()) ?? "?" }.joined(separator: "+"))
            callback(nil)
        }

        override func _destroy(_ error: (any Error)?, _ callback: @escaping Callback) throws {
            log.append("destroy \(error?.message ?? "nil")")
            callback(error)
        }
    }

    // node: write('a') -> true, length 1; then _construct on the next tick (before a tick queued
    // after making the stream); the writes that waited go to _writev together (the JS class has
    // no _destroy to log)
    @Test func writesWaitForTheConstructionAndGoToWritevTogether() throws {
        var log: [String] = []
        try runOnFreshLoop {
            let stream = SlowWritable()
            process.nextTick { stream.log.append("tick") }
            stream.log.append("write a \(stream.write("a")) \(stream.writableLength)")
            stream.write("b")
            stream.write("c")
            stream.end { _ in stream.log.append("end callback") }
            stream.on(.finish) { stream.log.append("finish") }
            stream.on(.close) {
                stream.log.append("close")
                log = stream.log
            }
        }
        #expect(log == ["write a true 1", "construct", "tick", "constructed", "writev a+b+c", "end callback", "finish", "destroy nil", "close"])
    }

    // node: destroy() before the construction called back -> _destroy waits for it and gets its
    // error; the waiting write's callback gets ERR_STREAM_DESTROYED
    @Test func destroyWaitsForTheConstruction() throws {
        var log: [String] = []
        try runOnFreshLoop {
            let stream = SlowWritable()
            stream.constructError = NodeError("no file")
            stream.write("a") { error in stream.log.append("write cb \(error?.message ?? "nil")") }
            stream.destroy()
            stream.log.append("destroyed \(stream.destroyed)")
            stream.on(.error) { error in stream.log.append("error \(error.message)") }
            stream.on(.close) {
                stream.log.append("close")
                log = stream.log
            }
        }
        #expect(log == [
            "destroyed true", "construct", "write cb Cannot call write after a stream was destroyed", "constructed",
            "destroy no file", "error no file", "close",
        ])
    }

    /// A readable whose construction takes one `setImmediate`, or throws.
    final class SlowReadable: Readable<Buffer> {
        var log: [String] = []
        var throwsInConstruct = false

        override var hasConstruct: Bool { true }
        override func _construct(_ callback: @escaping Callback) throws {
            if throwsInConstruct { throw NodeError("thrown") }
            log.append("construct")
            setImmediate { [self] in
                log.append("constructed")
                callback(nil)
            }
        }

        override func _read(size: Int) throws {
            log.append("read")
            push("x")
            push(nil)
        }
    }

    // node: read() before the construction -> null, and _read waits for it
    @Test func readsWaitForTheConstruction() throws {
        var log: [String] = []
        try runOnFreshLoop {
            let stream = SlowReadable()
            stream.on(.data) { chunk in stream.log.append("data \(try chunk.toString())") }
            stream.log.append("read() \(stream.read().map { _ in "chunk" } ?? "null")")
            stream.on(.end) { stream.log.append("end") }
            stream.on(.close) {
                stream.log.append("close")
                log = stream.log
            }
        }
        #expect(log == ["read() null", "construct", "constructed", "read", "data x", "end", "close"])
    }

    // node: a _construct that throws destroys the stream with that error; _read is never called
    @Test func aConstructionThatThrowsDestroysTheStream() throws {
        var log: [String] = []
        try runOnFreshLoop {
            let stream = SlowReadable()
            stream.throwsInConstruct = true
            stream.on(.data) { _ in }
            stream.on(.error) { error in stream.log.append("error \(error.message)") }
            stream.on(.close) {
                stream.log.append("close")
                log = stream.log
            }
        }
        #expect(log == ["error thrown", "close"])
    }

    /// A writable whose `_construct` calls back twice.
    final class TwiceConstructed: Writable<Buffer> {
        override var hasConstruct: Bool { true }
        override func _construct(_ callback: @escaping Callback) throws {
            callback(nil)
            callback(nil)
        }

        override func _write(_ chunk: Buffer, encoding: String, callback: @escaping Callback) throws {
            callback(nil)
        }
    }

    // node: _construct calling back twice -> 'error' ERR_MULTIPLE_CALLBACK, then 'close'
    @Test func aSecondConstructionCallbackIsAnError() throws {
        var log: [String] = []
        try runOnFreshLoop {
            let stream = TwiceConstructed()
            stream.on(.error) { error in log.append("error \(NodeError(wrapping: error).code ?? "-")") }
            stream.on(.close) { log.append("close") }
        }
        #expect(log == ["error ERR_MULTIPLE_CALLBACK", "close"])
    }
}
