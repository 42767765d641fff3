#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The signal names Node knows (`os.constants.signals`) and their numbers on this system, so
/// that `kill("SIGKILL")`, `killSignal: "SIGINT"` and the `signal` of an `exit` event use Node's
/// names.
enum Signals {
    /// Each signal once, under its usual name; aliases (`SIGIOT`, `SIGPOLL`) are in ``aliases``.
    private static let canonical: [(name: String, number: Int32)] = {
        var table: [(String, Int32)] = [
            ("SIGHUP", SIGHUP), ("SIGINT", SIGINT), ("SIGQUIT", SIGQUIT), ("SIGILL", SIGILL),
            ("SIGTRAP", SIGTRAP), ("SIGABRT", SIGABRT), ("SIGBUS", SIGBUS), ("SIGFPE", SIGFPE),
            ("SIGKILL", SIGKILL), ("SIGUSR1", SIGUSR1), ("SIGSEGV", SIGSEGV), ("SIGUSR2", SIGUSR2),
            ("SIGPIPE", SIGPIPE), ("SIGALRM", SIGALRM), ("SIGTERM", SIGTERM), ("SIGCHLD", SIGCHLD),
            ("SIGCONT", SIGCONT), ("SIGSTOP", SIGSTOP), ("SIGTSTP", SIGTSTP), ("SIGTTIN", SIGTTIN),
            ("SIGTTOU", SIGTTOU), ("SIGURG", SIGURG), ("SIGXCPU", SIGXCPU), ("SIGXFSZ", SIGXFSZ),
            ("SIGVTALRM", SIGVTALRM), ("SIGPROF", SIGPROF), ("SIGWINCH", SIGWINCH), ("SIGIO", SIGIO),
            ("SIGSYS", SIGSYS),
        ]
        #if os(Linux)
        table += [("SIGSTKFLT", SIGSTKFLT), ("SIGPWR", SIGPWR)]
        #endif
        return table
    }()

    private static let aliases: [(name: String, number: Int32)] = {
        var table: [(String, Int32)] = [("SIGIOT", SIGIOT)]
        #if os(Linux)
        table.append(("SIGPOLL", SIGPOLL))
        #endif
        return table
    }()

    /// The number of the signal called `name`, upper-cased first as Node does for a child's
    /// signals (`"sigterm"` is `SIGTERM`); `process.kill` takes the name only as written.
    ///
    /// - Throws: Node's `TypeError [ERR_UNKNOWN_SIGNAL]: Unknown signal: <name>`.
    static func number(named name: String, ignoringCase: Bool = true) throws -> Int32 {
        let wanted = ignoringCase ? name.uppercased() : name
        if let entry = (canonical + aliases).first(where: { $0.name == wanted }) { return entry.number }
        throw unknown(name)
    }

    /// `number` itself when it is a signal this system has.
    ///
    /// - Throws: Node's `ERR_UNKNOWN_SIGNAL` for any other number.
    static func validated(_ number: Int32) throws -> Int32 {
        guard number == 0 || canonical.contains(where: { $0.number == number }) else { throw unknown(String(number)) }
        return number
    }

    /// Node's name for signal `number` (`SIGTERM`), or `SIG<number>` for one it has no name for.
    static func name(of number: Int32) -> String {
        canonical.first(where: { $0.number == number })?.name ?? "SIG\(number)"
    }

    private static func unknown(_ shown: String) -> NodeError {
        NodeError("Unknown signal: \(shown)", name: "TypeError", code: "ERR_UNKNOWN_SIGNAL")
    }
}
