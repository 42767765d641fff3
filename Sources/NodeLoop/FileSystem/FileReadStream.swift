/// A file read chunk by chunk, as an `AsyncSequence` of ``Buffer``s: what iterating Node's
/// `fs.createReadStream(path)` with `for await` gives.
///
/// The file opens when iteration starts; each step reads one chunk of at most `highWaterMark`
/// bytes (one `read` request), so memory stays bounded however large the file is. The file
/// closes when the last chunk has been read, when a read fails, and when iteration stops early
/// (a `break`, a throw, or the iterator going away). Errors are thrown by the step that meets
/// them, with Node's shapes: `ENOENT: no such file or directory, open 'x'` from the first step,
/// `EISDIR: illegal operation on a directory, read` for a directory.
///
/// Iterate it on the loop that created it, from an async function running there:
///
/// ```swift
/// Promise { () async throws in
///     var total = 0
///     for try await chunk in try fs.createReadStream("big.log") {
///         total += chunk.length
///     }
///     console.log(total)
/// }
/// ```
///
/// Each iteration opens the file anew and reads it from `start`.
public struct FileReadStream: AsyncSequence {
    public typealias Element = Buffer

    private let path: String
    private let highWaterMark: Int
    private let start: Int64
    private let end: Int64?
    private let loop: EventLoop

    init(path: String, highWaterMark: Int, start: Int64, end: Int64?) {
        self.path = path
        self.highWaterMark = highWaterMark
        self.start = start
        self.end = end
        loop = EventLoop.current
    }

    public func makeAsyncIterator() -> AsyncIterator {
        AsyncIterator(reader: FileStreamReader(path: path, highWaterMark: highWaterMark, start: start, end: end, loop: loop))
    }

    /// Reads the next chunk on each step; nil after the last one.
    public struct AsyncIterator: AsyncIteratorProtocol {
        let reader: FileStreamReader

        public mutating func next() async throws -> Buffer? {
            try await reader.next()
        }
    }
}

extension FileSystem {
    /// The file at `path` as an `AsyncSequence` of chunks (Node's `fs.createReadStream(path, {
    /// highWaterMark, start, end })` read with `for await`); see ``FileReadStream``.
    ///
    /// - Parameters:
    ///   - path: the file to read.
    ///   - highWaterMark: the most bytes one chunk holds (one read each).
    ///   - start: the first byte to read.
    ///   - end: the last byte to read, included, as in Node; nil reads to the end of the file.
    /// - Throws: Node's argument errors, at the call: a NUL byte in `path`; `ERR_OUT_OF_RANGE`
    ///   for `start` or `end` outside 0...2^53 - 1 or `start` after `end`; `ERR_INVALID_ARG_VALUE`
    ///   for a negative `highWaterMark`.
    ///
    /// A `highWaterMark` of 0 is no error, as in Node, whose stream then opens the file but never
    /// asks for a chunk: the iteration neither yields nor ends (an error opening the file is
    /// still thrown), and the loop does not wait for it. NodeLoop closes the descriptor at once,
    /// where Node's stays open until the process ends.
    ///
    /// With `start` 0 the file is read from its current position onwards, as Node reads it when
    /// no `start` is given, so pipes and character devices can be read too. Node's
    /// `highWaterMark` above 2 GiB makes one read of 0 bytes and an empty stream; here a chunk
    /// holds at most 2 GiB - 1 bytes.
    public func createReadStream(_ path: String, highWaterMark: Int = 65_536, start: Int64 = 0, end: Int64? = nil) throws -> FileReadStream {
        try FileSystemCalls.checkPath(path)
        try FileSystemCalls.checkStreamPosition(start, "start")
        if let end {
            try FileSystemCalls.checkStreamPosition(end, "end")
            if start > end {
                throw NodeError.outOfRange("start", mustBe: "<= \"end\" (here: \(end))", received: start)
            }
        }
        if highWaterMark < 0 {
            // Node's ERR_INVALID_ARG_VALUE says "property" for a dotted name.
            throw NodeError(
                "The property 'options.highWaterMark' is invalid. Received \(highWaterMark)",
                name: "TypeError",
                code: "ERR_INVALID_ARG_VALUE"
            )
        }
        return FileReadStream(path: path, highWaterMark: highWaterMark, start: start, end: end)
    }
}

extension FileSystemCalls {
    /// Node's `validateInteger(value, name, 0)` for a stream's `start` and `end`.
    static func checkStreamPosition(_ value: Int64, _ name: String) throws {
        if value < 0 || value > FilePosition.maxSafeInteger {
            throw NodeError.outOfRange(name, mustBe: ">= 0 && <= \(FilePosition.maxSafeInteger)", received: value)
        }
    }
}

/// The state behind one iteration of a ``FileReadStream``: the descriptor once open, where the
/// next read starts and how many bytes remain before `end`.
final class FileStreamReader {
    private enum State {
        case notOpened
        case open(Int32)
        case finished
    }

    private let path: String
    private let chunkSize: Int
    private let loop: EventLoop
    private var state = State.notOpened
    /// Where the next read starts, or -1 to read on from the current position.
    private var position: Int64
    /// Bytes left before `end`; nil without an end.
    private var remaining: Int64?

    init(path: String, highWaterMark: Int, start: Int64, end: Int64?, loop: EventLoop) {
        self.path = path
        chunkSize = Swift.min(highWaterMark, FileSystemCalls.ioMaxLength)
        self.loop = loop
        position = start == 0 ? -1 : start
        remaining = end.map { $0 - start + 1 }
    }

    /// The descriptor while the file is open (for tests).
    var descriptor: Int32? {
        if case .open(let fd) = state { return fd }
        return nil
    }

    deinit {
        // Iteration stopped early: close without waiting, as Node's stream destroys itself.
        if case .open(let fd) = state {
            try? FileSystemCalls.close(fd).start(loop) { _ in }
        }
    }

    func next() async throws -> Buffer? {
        loop.owner.check("iterating fs.createReadStream")
        let fd: Int32
        switch state {
        case .finished:
            return nil
        case .open(let open):
            fd = open
        case .notOpened:
            do {
                fd = try await FileSystemCall.promise { try FileSystemCalls.open(path, "r", 0o666) }.value
            } catch {
                state = .finished
                throw error
            }
            state = .open(fd)
        }
        if chunkSize == 0 {
            // Node's stream with a highWaterMark of 0 never asks for a chunk: the step waits on a
            // promise nothing settles, which keeps no loop alive.
            try await close(fd)
            return try await Promise<Buffer?>.withResolvers().promise.value
        }
        let length = remaining.map { Int(Swift.min($0, Int64(chunkSize))) } ?? chunkSize
        if length <= 0 {
            try await close(fd)
            return nil
        }
        let chunk: Buffer
        do {
            chunk = try await FileSystemCalls.readCall(fd, length: length, position: position).promise().value
        } catch {
            // Node closes the file, then reports the read's error.
            try? await close(fd)
            throw error
        }
        if chunk.isEmpty {
            try await close(fd)
            return nil
        }
        if position >= 0 { position += Int64(chunk.length) }
        remaining? -= Int64(chunk.length)
        return chunk
    }

    private func close(_ fd: Int32) async throws {
        state = .finished
        try await FileSystemCall.promise { try FileSystemCalls.close(fd) }.value
    }
}

@available(*, unavailable, message: "a FileStreamReader belongs to the loop that iterates it")
extension FileStreamReader: Sendable {}
