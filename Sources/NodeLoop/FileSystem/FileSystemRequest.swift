import CLibUV

/// One `uv_fs_t` in flight: keeps the completion and the path alive until libuv calls back.
///
/// The request is an active libuv request, so it keeps the loop alive until it completes, as a
/// pending Node fs call keeps the process alive.
final class FileSystemRequest {
    typealias Completion = (Result<UnsafeMutablePointer<uv_fs_t>, NodeError>) throws -> Void

    private unowned let loop: EventLoop
    private let request = UnsafeMutablePointer<uv_fs_t>.allocate(capacity: 1)
    private let syscall: String
    private let path: String
    private let completion: Completion

    private init(loop: EventLoop, syscall: String, path: String, completion: @escaping Completion) {
        self.loop = loop
        self.syscall = syscall
        self.path = path
        self.completion = completion
    }

    /// Starts a request; `submit` calls the `uv_fs_*` function with the request, the path and
    /// the completion callback libuv must call.
    static func start(
        on loop: EventLoop,
        syscall: String,
        path: String,
        callback: @escaping Completion,
        submit: (UnsafeMutablePointer<uv_loop_t>, UnsafeMutablePointer<uv_fs_t>, UnsafePointer<CChar>, uv_fs_cb) -> Int32
    ) {
        let pending = FileSystemRequest(loop: loop, syscall: syscall, path: path, completion: callback)
        pending.request.pointee.data = Unmanaged.passRetained(pending).toOpaque()
        let status = path.withCString { cPath in
            submit(loop.uvLoop, pending.request, cPath) { request in
                let pending = Unmanaged<FileSystemRequest>.fromOpaque(request!.pointee.data).takeRetainedValue()
                pending.complete()
            }
        }
        if status < 0 {
            // libuv refused the request before queueing it: report the error from the check
            // phase, so the callback still runs asynchronously, as Node promises.
            pending.request.pointee.result = Int(status)
            let retained = Unmanaged<FileSystemRequest>.fromOpaque(pending.request.pointee.data)
            loop.immediates.enqueue(Immediate(loop: loop) { retained.takeRetainedValue().complete() })
        }
    }

    /// Runs the completion as a macrotask, then releases the request (even when the run has
    /// ended and the completion is skipped).
    private func complete() {
        defer {
            uv_fs_req_cleanup(request)
            request.deallocate()
        }
        let status = Int32(truncatingIfNeeded: request.pointee.result)
        loop.invoke {
            if status < 0 {
                try completion(.failure(NodeError.system(status, syscall: syscall, path: path)))
            } else {
                try completion(.success(request))
            }
        }
    }
}

extension NodeError {
    /// A system error in Node's shape: `ENOENT: no such file or directory, stat '/x'`.
    static func system(_ status: Int32, syscall: String, path: String?) -> NodeError {
        let code = uvErrorName(status)
        let description = String(cString: uv_strerror(status))
        var message = "\(code): \(description), \(syscall)"
        if let path { message += " '\(path)'" }
        var error = NodeError(message, code: code)
        error.errno = status
        error.syscall = syscall
        error.path = path
        return error
    }
}
