// How exec runs
// -------------
// One run collects the child's output and ends in exactly one call of the callback, from
// whichever comes first:
//   - the child closes (after its exit and the end of its output): success, or `Command failed`;
//   - the child's `error`: the program could not start, or the abort signal (given to spawn)
//     has sent the child SIGTERM; the callback gets it at once, without waiting for the child.
// A timeout or output past `maxBuffer` destroys the stdout and stderr sockets, sends the kill
// signal and lets the child's close report it: `Command failed` with `killed`, or the
// `maxBuffer` error. The output is kept as bytes and decoded as UTF-8 at the end, so that a
// character split between two chunks decodes whole.

/// The state of one `exec` or `execFile`, held by the child's listeners until it closes.
final class ExecRun {
    /// Weak: the child's listeners hold this run, and the child holds itself until it closes.
    private weak var child: ChildProcess?
    private let args: [String]
    private let shown: String
    private let options: ExecOptions
    private let killSignal: Int32
    private var callback: ChildProcessModule.ExecCallback?

    private var stdout: [UInt8] = []
    private var stderr: [UInt8] = []
    /// The failure found before the child closed (overflow, spawn error, abort).
    private var failure: ExecError?
    /// Whether this run sent the kill signal (timeout or overflow).
    private var killedHere = false
    private var timer: Timeout?

    init(child: ChildProcess, args: [String], shown: String, options: ExecOptions, killSignal: Int32, callback: @escaping ChildProcessModule.ExecCallback) {
        self.child = child
        self.args = args
        self.shown = shown
        self.options = options
        self.killSignal = killSignal
        self.callback = callback
    }

    func start() {
        guard let child else { return }
        child.stdout?.on(.data) { [self] chunk in collect(chunk, into: \.stdout, named: "stdout") }
        child.stderr?.on(.data) { [self] chunk in collect(chunk, into: \.stderr, named: "stderr") }
        child.on(.error) { [self] error in
            failure = ExecError(childError: error, args: args)
            destroyOutput()
            try finish(exit: nil)
        }
        child.on(.close) { [self] exit in try finish(exit: exit) }
        if options.timeout > 0 {
            timer = setTimeout(Double(options.timeout)) { [self] in
                timer = nil
                kill()
            }
        }
    }

    /// Keeps `chunk`, or as much of it as `maxBuffer` allows; past it, the run fails.
    private func collect(_ chunk: Buffer, into output: ReferenceWritableKeyPath<ExecRun, [UInt8]>, named name: String) {
        let room = options.maxBuffer - self[keyPath: output].count
        guard chunk.bytes.count > room else {
            self[keyPath: output] += chunk.bytes
            return
        }
        self[keyPath: output] += chunk.bytes.prefix(max(room, 0))
        failure = ExecError.maxBufferExceeded(name)
        kill()
    }

    /// Node's `kill` inside `execFile`: destroy the output streams, then send the kill signal.
    private func kill() {
        destroyOutput()
        killedHere = true
        _ = try? child?.kill(killSignal)
    }

    private func destroyOutput() {
        child?.stdout?.destroy()
        child?.stderr?.destroy()
    }

    /// Calls the callback, once: with the failure found earlier, `Command failed`, or success.
    private func finish(exit: ChildExit?) throws {
        guard let callback else { return }
        self.callback = nil
        clearTimeout(timer)
        timer = nil
        let out = String(decoding: stdout, as: UTF8.self)
        let err = String(decoding: stderr, as: UTF8.self)
        var error = failure
        if error == nil, let exit, exit.code != 0 || exit.signal != nil {
            error = ExecError.commandFailed(shown, stderr: err, exit: exit, killed: child?.killed == true || killedHere)
        }
        guard var error else { return try callback(nil, out, err) }
        error.cmd = shown
        error.stdout = out
        error.stderr = err
        try callback(error, out, err)
    }
}
