/// One fs call with its arguments already checked, runnable in each of Node's three forms:
/// synchronous (`openSync`), callback (`open(..., callback)`) and promise (`fs.promises.open`).
///
/// Every public fs function builds its call once, through a function of ``FileSystemCalls``
/// that validates the arguments (throwing Node's argument errors) and describes the work; the
/// three forms differ only in how they run it and report the outcome.
struct FileSystemCall<Output> {
    /// Runs the call to completion on the calling thread.
    let runSync: () throws -> Output
    /// Starts the call on a loop; the completion runs there, as a macrotask.
    let start: (EventLoop, @escaping (Result<Output, NodeError>) throws -> Void) -> Void

    /// A call that is one libuv request, as in Node.
    init(_ operation: FileSystemOperation<Output>) {
        runSync = operation.runSync
        start = { loop, completion in operation.start(on: loop, completion: completion) }
    }

    /// A call Node makes of several requests, run as one job on the thread pool.
    init(composite body: @escaping @Sendable () throws -> Output) where Output: Sendable {
        runSync = body
        start = { _, completion in
            threadPool.submit(signal: nil, body) { result in
                try completion(result.mapError(NodeError.init(wrapping:)))
            }
        }
    }

    /// A call whose asynchronous form is a chain of requests on the loop, one after another
    /// as Node makes them (see `WholeFileSteps`), and whose synchronous form is `runSync`.
    init(runSync: @escaping () throws -> Output, start: @escaping (EventLoop, @escaping (Result<Output, NodeError>) throws -> Void) -> Void) {
        self.runSync = runSync
        self.start = start
    }

    /// The same call with its output transformed (on the loop, for the asynchronous forms).
    func map<Transformed>(_ transform: @escaping (Output) throws -> Transformed) -> FileSystemCall<Transformed> {
        let start = self.start
        return FileSystemCall<Transformed>(
            runSync: { try transform(runSync()) },
            start: { loop, completion in
                start(loop) { result in
                    switch result {
                    case .success(let output):
                        let transformed: Result<Transformed, NodeError>
                        do {
                            transformed = .success(try transform(output))
                        } catch {
                            transformed = .failure(NodeError(wrapping: error))
                        }
                        try completion(transformed)
                    case .failure(let error):
                        try completion(.failure(error))
                    }
                }
            }
        )
    }

    /// Node's callback form: `callback(error, nil)` or `callback(nil, output)` on the loop.
    func callback(_ callback: @escaping (NodeError?, Output?) throws -> Void) {
        start(EventLoop.current) { result in
            switch result {
            case .success(let output): try callback(nil, output)
            case .failure(let error): try callback(error, nil)
            }
        }
    }

    /// Node's promise form.
    func promise() -> Promise<Output> {
        let (promise, resolve, reject) = Promise<Output>.withResolvers()
        start(EventLoop.current) { result in
            switch result {
            case .success(let output): resolve(output)
            case .failure(let error): reject(error)
            }
        }
        return promise
    }

    /// The promise form of the call `make` builds; a bad argument rejects the promise instead
    /// of throwing, as in `fs.promises`.
    static func promise(_ make: () throws -> FileSystemCall<Output>) -> Promise<Output> {
        do {
            return try make().promise()
        } catch {
            return Promise.reject(error)
        }
    }
}

extension FileSystemCall where Output == Void {
    /// Node's callback form for calls without a result: `callback(error)` or `callback(nil)`.
    func callback(_ callback: @escaping (NodeError?) throws -> Void) {
        start(EventLoop.current) { result in
            switch result {
            case .success: try callback(nil)
            case .failure(let error): try callback(error)
            }
        }
    }
}

/// The builders of every fs call, one per Node function, extended family by family.
enum FileSystemCalls {}

extension NodeError {
    /// `error` if it is a `NodeError`, else a plain `Error` with its message: fs reports
    /// `NodeError`s only.
    init(wrapping error: any Error) {
        if let error = error as? NodeError {
            self = error
        } else if let error = error as? AbortError {
            self = NodeError(error.message, name: error.name, code: error.code)
        } else {
            self = NodeError(error.message, name: error.name)
        }
    }
}
