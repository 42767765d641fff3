import Testing
@testable import NodeLoop

/// What the twins cannot show: lifetimes, volumes and Swift-only errors of streams.
@Suite struct StreamTests {
    @Test func closedStreamsDropTheCallbacksThatCaptureThem() throws {
        weak var readable: Readable<Buffer>?
        weak var writable: Writable<Buffer>?
        weak var transform: Transform<Buffer, Buffer>?
        weak var destroyed: Readable<Int>?
        let loop = EventLoop()
        loop.run {
            let source = Readable<Buffer>(read: { stream, _ in stream.push(nil) })
            source.on(.data) { _ in _ = source.readableLength }
            source.on(.end) { _ = source.readableEnded }
            readable = source

            let sink = Writable<Buffer>(write: { stream, _, _, callback in
                _ = stream.writableLength
                callback(nil)
            })
            sink.on(.finish) { _ = sink.writableFinished }
            sink.end("last")
            writable = sink

            let upper = Transform<Buffer, Buffer>(transform: { stream, chunk, _, callback in
                _ = stream.readableLength
                callback(nil, chunk)
            })
            upper.on(.data) { _ in _ = upper.writableLength }
            upper.end("x")
            transform = upper

            let failing = Readable<Int>(read: { _, _ in })
            failing.on(.error) { _ in _ = failing.destroyed }
            failing.destroy(NodeError("gone"))
            destroyed = failing
        }
        try loop.close()
        #expect(readable == nil)
        #expect(writable == nil)
        #expect(transform == nil)
        #expect(destroyed == nil)
    }

    @Test func pipingSixtyFourMebibytesThroughASlowWritableKeepsTheBuffersBounded() throws {
        let chunkSize = 16 * 1024
        let total = 64 * 1024 * 1024
        var maxBuffered = 0
        var received = 0
        var finished = false
        let loop = EventLoop()
        loop.run {
            var produced = 0
            let chunk = Buffer(Array(repeating: UInt8(ascii: "x"), count: chunkSize))
            let source = Readable<Buffer>(read: { stream, _ in
                guard produced < total else { return _ = stream.push(nil) }
                produced += chunkSize
                stream.push(chunk)
            })
            let sink = Writable<Buffer>(write: { stream, chunk, _, callback in
                received += chunk.count
                maxBuffered = max(maxBuffered, source.readableLength + stream.writableLength)
                setImmediate { callback(nil) }
            })
            sink.on(.finish) { finished = true }
            source.pipe(sink)
        }
        try loop.close()
        #expect(finished)
        #expect(received == total)
        // Node's bound: each side holds up to its high-water mark, plus the chunk in flight.
        #expect(maxBuffered <= 3 * 16 * 1024)
    }

    @Test func aReadableWithoutReadIsDestroyedWithMethodNotImplemented() throws {
        var seen: String?
        let loop = EventLoop()
        loop.run {
            let readable = Readable<Buffer>()
            readable.on(.error) { error in seen = "\((error as? NodeError)?.code ?? "-") \(error.message)" }
            readable.resume()
        }
        try loop.close()
        #expect(seen == "ERR_METHOD_NOT_IMPLEMENTED The _read() method is not implemented")
    }

    @Test func aWriteCallbackCalledTwiceIsAMultipleCallbackError() throws {
        var codes: [String] = []
        let loop = EventLoop()
        loop.run {
            let writable = Writable<Buffer>(write: { _, _, _, callback in
                callback(nil)
                callback(nil)
            })
            writable.on(.error) { error in codes.append((error as? NodeError)?.code ?? "-") }
            writable.write("x")
        }
        try loop.close()
        #expect(codes == ["ERR_MULTIPLE_CALLBACK"])
    }

    @Test func anAsyncSequenceBecomesAStream() throws {
        var values: [Int] = []
        let loop = EventLoop()
        loop.run {
            let numbers = AsyncStream<Int> { continuation in
                for n in 1...3 { continuation.yield(n) }
                continuation.finish()
            }
            let readable = Readable.from(numbers)
            readable.on(.data) { values.append($0) }
        }
        try loop.close()
        #expect(values == [1, 2, 3])
    }
}
