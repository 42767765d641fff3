#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// What happens to an error no callback caught, in Node's order:
// `uncaughtExceptionMonitor` listeners, then `uncaughtException` listeners; with none of the
// latter, the error is printed and the run ends with exit code 1 (`exit` listeners still run).

extension EventLoop {
    /// Takes an error thrown out of a callback, a tick or a microtask (origin
    /// `"uncaughtException"`), or raised for an unhandled rejection (`"unhandledRejection"`).
    func handleUncaught(_ error: any Error, origin: String = "uncaughtException") {
        if let exit = error as? ProcessExit {
            terminate(code: exit.code)
            return
        }
        guard !isTerminated else { return }
        do {
            try processState.emit(.uncaughtExceptionMonitor, (error, origin))
            guard processState.listenerCount(.uncaughtException) > 0 else {
                reportFatal(error)
                return
            }
            try processState.emit(.uncaughtException, (error, origin))
        } catch let exit as ProcessExit {
            terminate(code: exit.code)
            return
        } catch {
            // Node ends the process with code 7 when an uncaughtException handler itself throws.
            printUncaught(error)
            terminate(code: 7)
            return
        }
        // Node makes sure the next check phase runs, so ticks left behind by the throw are
        // drained after it.
        immediates.enqueue(Immediate(loop: self, callback: {}))
    }

    /// Ends the run if `error` is the ``ProcessExit`` that `process.exit` throws, and says
    /// whether it did.
    ///
    /// `process.exit` unwinds user code by throwing. Where NodeLoop would turn an error thrown by
    /// user code into a rejection (a `then` handler, an executor, an async function, a thenable),
    /// the exit must end the run instead, as `process.exit` does wherever it is called in Node.
    @usableFromInline
    func terminateIfExit(_ error: any Error) -> Bool {
        guard let exit = error as? ProcessExit else { return false }
        terminate(code: exit.code)
        return true
    }

    /// Prints an error nobody handled (in a worker: sends it to the parent's `error` event) and
    /// ends the run with exit code 1.
    func reportFatal(_ error: any Error) {
        if let worker = workerContext {
            worker.parent.deliver(.error(error))
        } else {
            printUncaught(error)
        }
        terminate(code: 1)
    }

    private func printUncaught(_ error: any Error) {
        console.error(UncaughtErrorReport.text(for: error))
    }
}
