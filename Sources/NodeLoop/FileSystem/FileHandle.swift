/// An open file, as `fs.promises.open` gives it (Node's `FileHandle`): its methods return
/// promises, and it closes once.
///
/// After ``close()``, ``fd`` is -1 and every other method rejects with Node's `EBADF` error
/// (`file closed`); closing again fulfils at once, as in Node.
///
/// ```swift
/// fs.promises.open("log.txt", "a").then { file in
///     file.stat().finally { file.close() }
/// }
/// ```
public final class FileHandle {
    private enum State {
        case open(Int32)
        case closing(Promise<Void>)
        case closed
    }

    /// The thread of the loop that opened the file; every method checks it.
    private let owner = OwnerThread()
    private var state: State
    /// Operations started through `withDescriptor` and not yet settled.
    private var operationsInFlight = 0
    /// The close requested while operations were in flight.
    private var closeWhenIdle: (() -> Void)?

    init(_ fd: Int32) {
        state = .open(fd)
    }

    /// The file descriptor, or -1 once the handle is closed or closing.
    public var fd: Int32 {
        owner.check("FileHandle.fd")
        if case .open(let fd) = state { return fd }
        return -1
    }

    /// Whether the handle is open, for `api`, a public method checked to be called on the
    /// handle's thread.
    func isOpen(_ api: StaticString) -> Bool {
        owner.check(api)
        if case .open = state { return true }
        return false
    }

    /// Node's `filehandle.stat()`.
    public func stat() -> Promise<Stats> {
        withDescriptor("FileHandle.stat", syscall: "fstat") { try FileSystemCalls.fstat($0) }
    }

    /// Cuts or extends the file to `length` bytes (Node's `filehandle.truncate(len)`); a negative
    /// `length` truncates to 0, one beyond ±(2^53 - 1) rejects with `ERR_OUT_OF_RANGE`.
    public func truncate(_ length: Int64 = 0) -> Promise<Void> {
        withDescriptor("FileHandle.truncate", syscall: "ftruncate") { try FileSystemCalls.ftruncate($0, length) }
    }

    /// Flushes data and metadata to storage (Node's `filehandle.sync()`).
    public func sync() -> Promise<Void> {
        withDescriptor("FileHandle.sync", syscall: "fsync") { try FileSystemCalls.fsync($0) }
    }

    /// Flushes data to storage (Node's `filehandle.datasync()`).
    public func datasync() -> Promise<Void> {
        withDescriptor("FileHandle.datasync", syscall: "fdatasync") { try FileSystemCalls.fdatasync($0) }
    }

    /// Closes the file once the operations already started on it have finished, as Node's does.
    /// Closing a handle that is closing or closed gives the same promise or a fulfilled one.
    @discardableResult
    public func close() -> Promise<Void> {
        owner.check("FileHandle.close")
        switch state {
        case .closed:
            return Promise.resolve(())
        case .closing(let closing):
            return closing
        case .open(let fd):
            let (closing, resolve, reject) = Promise<Void>.withResolvers()
            state = .closing(closing)
            closeWhenIdle = { [weak self] in
                FileSystemCall.promise { try FileSystemCalls.close(fd) }.addReaction(
                    "FileHandle.close",
                    onFulfilled: { self?.state = .closed; resolve(()) },
                    onRejected: { error in self?.state = .closed; reject(error) }
                )
            }
            closeIfIdle()
            return closing
        }
    }

    /// Runs the call `make` builds on the open descriptor, or rejects as Node does once the
    /// handle is closing or closed. A close waits for it. `api` is the public method, checked
    /// to be called on the handle's thread.
    func withDescriptor<Output>(
        _ api: StaticString, syscall: String, _ make: (Int32) throws -> FileSystemCall<Output>
    ) -> Promise<Output> {
        owner.check(api)
        guard case .open(let fd) = state else {
            return Promise.reject(FileHandle.closedError(syscall: syscall))
        }
        let (result, resolve, reject) = Promise<Output>.withResolvers()
        operationsInFlight += 1
        FileSystemCall.promise { try make(fd) }.addReaction(
            api,
            onFulfilled: { [self] output in
                operationFinished()
                resolve(output)
            },
            onRejected: { [self] error in
                operationFinished()
                reject(error)
            }
        )
        return result
    }

    private func operationFinished() {
        operationsInFlight -= 1
        closeIfIdle()
    }

    private func closeIfIdle() {
        guard operationsInFlight == 0, let closeWhenIdle else { return }
        self.closeWhenIdle = nil
        closeWhenIdle()
    }

    /// Node's error for a closed `FileHandle`: `EBADF`, `file closed`, no errno.
    static func closedError(syscall: String) -> NodeError {
        var error = NodeError("file closed", code: "EBADF")
        error.syscall = syscall
        return error
    }
}

@available(*, unavailable, message: "a FileHandle belongs to the loop that opened it")
extension FileHandle: Sendable {}
