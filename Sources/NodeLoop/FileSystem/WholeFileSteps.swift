// readFile and writeFile on the loop, request by request, as Node's ReadFileContext and
// writeFile make them: open, fstat, read in chunks, close; or open, write until all is written,
// close. Each step is one libuv request whose completion runs in the poll phase, so a readFile
// takes as many loop turns as Node's does and its callback comes after an immediate queued with
// it, as in Node. The synchronous forms run the same steps in `FileSystem+WholeFiles.swift`.

extension FileSystemCalls {
    /// Node's `kReadFileBufferLength`: the largest read `readFile` makes of a file of known size.
    static let readFileChunk = 512 * 1024

    /// Reads `path` whole on `loop`, then calls `completion` there.
    static func startReadFile(
        on loop: EventLoop, _ path: String, _ flags: OpenFlags,
        completion: @escaping (Result<Buffer, NodeError>) throws -> Void
    ) {
        startWithOpenFile(on: loop, path, flags, 0o666, completion: completion) { fd, done in
            try fstat(fd).start(loop) { result in
                switch result {
                case .failure(let error):
                    try done(.failure(error))
                case .success(let stats):
                    let size = stats.isFile() ? stats.size : 0
                    if size > ioMaxLength {
                        try done(.failure(NodeError("File size (\(stats.size)) is greater than 2 GiB", name: "RangeError", code: "ERR_FS_FILE_TOO_LARGE")))
                        return
                    }
                    if size > 0 {
                        try startReadKnownSize(on: loop, fd, into: FileContents(capacity: size), filled: 0, completion: done)
                    } else {
                        try startReadUntilEmpty(on: loop, fd, collected: ReadBytes(), completion: done)
                    }
                }
            }
        }
    }

    /// One read after another from the current position, in chunks of `readFileChunk`, each
    /// straight into its place in one buffer of the file's size (as Node reads), until the
    /// buffer is full or a read gives nothing. The buffer is the one the completion gets: the
    /// file is never copied.
    private static func startReadKnownSize(
        on loop: EventLoop, _ fd: Int32, into data: FileContents, filled: Int,
        completion: @escaping (Result<Buffer, NodeError>) throws -> Void
    ) throws {
        let length = Swift.min(readFileChunk, data.capacity - filled)
        readOperation(fd, into: data.base + filled, length: length, position: -1, keeping: data).start(on: loop) { result in
            switch result {
            case .failure(let error):
                try completion(.failure(error))
            case .success(let count):
                let total = filled + count
                if count == 0 || total >= data.capacity {
                    try completion(.success(data.buffer(count: total)))
                } else {
                    try startReadKnownSize(on: loop, fd, into: data, filled: total, completion: completion)
                }
            }
        }
    }

    /// For a file whose size the kernel does not report: reads of `unknownSizeChunk` until one
    /// gives nothing, each appended to what came before.
    private static func startReadUntilEmpty(
        on loop: EventLoop, _ fd: Int32, collected: ReadBytes,
        completion: @escaping (Result<Buffer, NodeError>) throws -> Void
    ) throws {
        let chunk = FileSystemBytes(count: unknownSizeChunk)
        readOperation(fd, into: chunk.base, length: unknownSizeChunk, position: -1, keeping: chunk).start(on: loop) { result in
            switch result {
            case .failure(let error):
                try completion(.failure(error))
            case .success(let count):
                guard count > 0 else {
                    try completion(.success(Buffer(collected.bytes)))
                    return
                }
                collected.bytes.append(contentsOf: UnsafeBufferPointer(start: chunk.base, count: count))
                try startReadUntilEmpty(on: loop, fd, collected: collected, completion: completion)
            }
        }
    }

    /// Writes `bytes` to `path` on `loop`, then calls `completion` there.
    static func startWriteFile(
        on loop: EventLoop, _ path: String, _ bytes: [UInt8], _ flags: OpenFlags, _ mode: FileMode,
        completion: @escaping (Result<Void, NodeError>) throws -> Void
    ) {
        let data = FileSystemBytes(copying: bytes[...])
        startWithOpenFile(on: loop, path, flags, mode, completion: completion) { fd, done in
            try startWriteChunks(on: loop, fd, data, from: 0, completion: done)
        }
    }

    /// One write after another at the current position until every byte is written (a write
    /// may take fewer bytes than it is given).
    private static func startWriteChunks(
        on loop: EventLoop, _ fd: Int32, _ data: FileSystemBytes, from offset: Int,
        completion: @escaping (Result<Void, NodeError>) throws -> Void
    ) throws {
        guard offset < data.count else {
            try completion(.success(()))
            return
        }
        let length = Swift.min(data.count - offset, ioMaxLength)
        writeOperation(fd, from: data.base + offset, length: length, position: -1, keeping: data).start(on: loop) { result in
            switch result {
            case .failure(let error): try completion(.failure(error))
            case .success(let written): try startWriteChunks(on: loop, fd, data, from: offset + written, completion: completion)
            }
        }
    }

    /// Opens `path`, runs the steps of `body` on the descriptor, closes it whatever they gave,
    /// and reports their outcome; a failure to close is reported only after a success, as
    /// Node's `readFile` reports it.
    private static func startWithOpenFile<Output>(
        on loop: EventLoop, _ path: String, _ flags: OpenFlags, _ mode: FileMode,
        completion: @escaping (Result<Output, NodeError>) throws -> Void,
        body: @escaping (Int32, @escaping (Result<Output, NodeError>) throws -> Void) throws -> Void
    ) {
        let opening: FileSystemCall<Int32>
        do {
            opening = try open(path, flags, mode)
        } catch {
            loop.immediates.enqueue(Immediate(loop: loop) { try completion(.failure(NodeError(wrapping: error))) })
            return
        }
        opening.start(loop) { opened in
            switch opened {
            case .failure(let error):
                try completion(.failure(error))
            case .success(let fd):
                try body(fd) { outcome in
                    guard let closing = try? close(fd) else {
                        try completion(outcome)
                        return
                    }
                    closing.start(loop) { closed in
                        if case .failure(let error) = closed, case .success = outcome {
                            try completion(.failure(error))
                        } else {
                            try completion(outcome)
                        }
                    }
                }
            }
        }
    }
}

/// The bytes a read of unknown length has gathered, held by reference so that each append
/// grows one array instead of copying it.
private final class ReadBytes {
    var bytes: [UInt8] = []
}
