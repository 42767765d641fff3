import CLibUV

/// Node's `fs` module for the calling thread's loop.
///
/// Requests run on libuv's thread pool; their callbacks run on the loop in the poll phase, each
/// as a macrotask (microtasks drain after it), as in Node.
public let fs = FileSystem()

/// The type of ``fs``.
public struct FileSystem: Sendable {
    /// Reads the status of the file at `path` (following symbolic links), then calls `callback`
    /// on the loop with either an error or the ``Stats``, as Node's `fs.stat(path, callback)`.
    ///
    /// ```swift
    /// fs.stat("/etc/hosts") { error, stats in
    ///     if let error { console.log(error.code); return }
    ///     console.log(stats!.size)
    /// }
    /// ```
    public func stat(_ path: String, _ callback: @escaping (NodeError?, Stats?) throws -> Void) {
        let loop = EventLoop.current
        FileSystemRequest.start(on: loop, syscall: "stat", path: path, callback: { result in
            switch result {
            case .success(let request): try callback(nil, Stats(request.pointee.statbuf))
            case .failure(let error): try callback(error, nil)
            }
        }) { uvLoop, request, cPath, done in
            uv_fs_stat(uvLoop, request, cPath, done)
        }
    }
}
