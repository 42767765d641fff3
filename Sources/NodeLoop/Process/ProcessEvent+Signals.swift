import CLibUV
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension ProcessEvent where Payload == (String, Int32) {
    /// The event emitted when the process receives the signal called `name` (`"SIGTERM"`, in
    /// any case), for the signals without a member of their own (`.signal("SIGQUIT")`).
    /// Listeners receive the signal's name and number, as Node's `(signal, number)`.
    ///
    /// While the event has a listener, the signal no longer does what it does by default
    /// (usually ending the process); the listener decides. A signal listener does not keep the
    /// run going: a program whose only work is waiting for a signal ends.
    ///
    /// - Throws: Node's `TypeError [ERR_UNKNOWN_SIGNAL]` for a name that is no signal, and its
    ///   `uv_signal_start EINVAL` error for `SIGKILL` and `SIGSTOP`, which cannot be caught.
    ///   (Node throws these from `process.on`; a name is checked here, where it becomes an
    ///   event, so that `process.on` needs no `try`.)
    public static func signal(_ name: String) throws -> Self {
        let number = try Signals.number(named: name)
        guard number != SIGKILL, number != SIGSTOP else {
            throw NodeError.errno(UV_EINVAL.rawValue, syscall: "uv_signal_start")
        }
        return Self(name.uppercased())
    }

    /// Interrupt from the terminal (Ctrl-C); ends the process unless listened for.
    public static var SIGINT: Self { Self("SIGINT") }
    /// The polite request to end (`kill`'s default); ends the process unless listened for.
    public static var SIGTERM: Self { Self("SIGTERM") }
    /// The terminal went away; ends the process unless listened for.
    public static var SIGHUP: Self { Self("SIGHUP") }
    /// A signal left to programs; ends the process unless listened for. (Node starts its
    /// inspector on it; NodeLoop has none, so it is an ordinary signal here.)
    public static var SIGUSR1: Self { Self("SIGUSR1") }
    /// A signal left to programs; ends the process unless listened for.
    public static var SIGUSR2: Self { Self("SIGUSR2") }
    /// The terminal changed size; ignored unless listened for.
    public static var SIGWINCH: Self { Self("SIGWINCH") }
}
