import CLibUV

// How fs calls run
// ----------------
// Each call Node makes as one libuv request (open, read, stat, rename, ...) is a
// `FileSystemOperation`: the syscall's name and paths for errors, the memory the request works
// on, a `submit` that calls the `uv_fs_*` function, and an `output` that reads the result out
// of the finished request. The same operation runs
// - asynchronously (`start`): libuv runs it on the thread pool and calls back on the loop, in
//   the poll phase, where the completion runs as a macrotask, as Node's callbacks do;
// - synchronously (`runSync`): `uv_fs_*` without a callback does the work on the calling
//   thread (the `*Sync` functions, and calls composed of several steps run on the pool).
// Calls Node composes of several requests (readFile, mkdir -p, rm -r, ...) are written once, in
// synchronous form, and run as one thread-pool job for their callback and promise forms.
// A `submit` hands libuv its paths through `withCString`, which lends a native string's own
// NUL-terminated storage: passing a `String` where C takes a `const char *` copies it into a
// new array on every call. libuv copies the path of an asynchronous request before returning.

/// One libuv file-system request, ready to run synchronously or on the loop.
///
/// A class, not a struct: a call passes its operation through several closures (its sync and
/// async forms, the completion), and each copy of a struct of five references cost a call
/// through its value witnesses, about 150 instructions, where a class costs one retain.
final class FileSystemOperation<Output> {
    /// The name Node gives the syscall in errors (`open`, `scandir`, `copyfile`).
    let syscall: String
    /// The path and destination named in errors, as Node names them.
    let path: String?
    let dest: String?
    /// Memory the request reads from or writes into; kept alive until the request completes.
    var storage: AnyObject?
    /// Asynchronous failures name the path the request holds when it completes, as Node's
    /// do, instead of `path`: for `mkdtemp`, whose template has its X's filled in by then.
    var asyncErrorsNameRequestPath = false
    /// Calls the `uv_fs_*` function: the loop, the request and the callback (nil to run now).
    let submit: (UnsafeMutablePointer<uv_loop_t>, UnsafeMutablePointer<uv_fs_t>, uv_fs_cb?) -> Int32
    /// Reads the result out of the request once it succeeded.
    let output: (UnsafeMutablePointer<uv_fs_t>) throws -> Output

    init(
        syscall: String, path: String? = nil, dest: String? = nil,
        submit: @escaping (UnsafeMutablePointer<uv_loop_t>, UnsafeMutablePointer<uv_fs_t>, uv_fs_cb?) -> Int32,
        output: @escaping (UnsafeMutablePointer<uv_fs_t>) throws -> Output
    ) {
        self.syscall = syscall
        self.path = path
        self.dest = dest
        self.submit = submit
        self.output = output
    }

    /// Runs the request on the calling thread and returns its output or throws Node's error.
    func runSync() throws -> Output {
        let request = UnsafeMutablePointer<uv_fs_t>.allocate(capacity: 1)
        defer {
            uv_fs_req_cleanup(request)
            request.deallocate()
        }
        let status = withExtendedLifetime(storage) { submit(syncRequestLoop, request, nil) }
        if status < 0 { throw error(status) }
        return try output(request)
    }

    /// Starts the request on `loop`; `completion` runs there as a macrotask with the outcome.
    /// A request libuv refuses at once still completes asynchronously, from the check phase, as
    /// Node's callbacks always do.
    func start(on loop: EventLoop, completion: @escaping (Result<Output, NodeError>) throws -> Void) {
        let pending = PendingFileSystemRequest.make(loop: loop, storage: storage) { [self] request in
            let status = Int32(truncatingIfNeeded: request.pointee.result)
            if status < 0 {
                let requestPath = asyncErrorsNameRequestPath ? request.pointee.path.map { String(cString: $0) } : path
                try completion(.failure(NodeError.system(status, syscall: syscall, path: requestPath, dest: dest)))
                return
            }
            let result: Result<Output, NodeError>
            do {
                result = .success(try output(request))
            } catch let failure as NodeError {
                result = .failure(failure)
            } catch {
                result = .failure(NodeError("\(error)"))
            }
            try completion(result)
        }
        let status = pending.submit { request in
            submit(loop.uvLoop, request) { request in PendingFileSystemRequest.completed(request).complete() }
        }
        if status < 0 { pending.completeRefused(status: status) }
    }

    /// Node's error for a failed request: `ENOENT: no such file or directory, open '/x'`.
    func error(_ status: Int32) -> NodeError {
        NodeError.system(status, syscall: syscall, path: path, dest: dest)
    }
}

/// libuv stores the loop pointer in a request run without a callback and never reads it, so
/// synchronous calls, on any thread, share this one; it is never initialized as a loop.
nonisolated(unsafe) private let syncRequestLoop = UnsafeMutablePointer<uv_loop_t>.allocate(capacity: 1)

/// What a ``PendingFileSystemRequest`` holds besides its `uv_fs_t`.
private struct PendingFileSystemState {
    /// Unchecked: an active request keeps the loop from closing until its callback has run.
    unowned(unsafe) let loop: EventLoop
    let storage: AnyObject?
    let completion: (UnsafeMutablePointer<uv_fs_t>) throws -> Void
}

/// One `uv_fs_t` in flight, embedded at the end of the object: keeps itself, its memory and
/// its completion alive until libuv calls back. As an active libuv request it keeps the loop
/// alive, as a pending fs call keeps Node's process alive.
private final class PendingFileSystemRequest: EmbeddedRequest<PendingFileSystemState, uv_fs_t> {
    static func make(loop: EventLoop, storage: AnyObject?, completion: @escaping (UnsafeMutablePointer<uv_fs_t>) throws -> Void) -> PendingFileSystemRequest {
        make(PendingFileSystemState(loop: loop, storage: storage, completion: completion))
    }

    /// libuv refused the request before queueing it: report the error from the check phase.
    func completeRefused(status: Int32) {
        request.pointee.result = Int(status)
        let loop = state.pointee.loop
        loop.immediates.enqueue(Immediate(loop: loop) { self.complete() })
    }

    /// Runs the completion as a macrotask, then frees what libuv allocated for the request
    /// (also when the run has ended and the completion is skipped).
    func complete() {
        defer { uv_fs_req_cleanup(request) }
        let completion = state.pointee.completion
        let request = request
        state.pointee.loop.invoke { try completion(request) }
    }
}

extension NodeError {
    /// A system error in Node's shape: `ENOENT: no such file or directory, rename '/a' -> '/b'`.
    static func system(_ status: Int32, syscall: String, path: String? = nil, dest: String? = nil) -> NodeError {
        let code = uvErrorName(status)
        var message = "\(code): \(String(cString: uv_strerror(status))), \(syscall)"
        if let path { message += " '\(path)'" }
        if let dest { message += " -> '\(dest)'" }
        var error = NodeError(message, code: code)
        error.errno = status
        error.syscall = syscall
        error.path = path
        error.dest = dest
        return error
    }
}
