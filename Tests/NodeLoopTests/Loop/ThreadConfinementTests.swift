import Foundation
import NodeLoopMisuse
import Testing
import TwinSupport

/// A loop-confined API called from a thread that does not own its loop stops the process at
/// once, with a message naming the API and the way out, in an optimised build too.
///
/// Each misuse runs in a process of its own (`nodeloop-misuse <case>`, `Tests/Misuse/`). The
/// debug build runs here; `make release-traps` builds the same program with `-c release` and
/// runs these tests against it (`NODELOOP_MISUSE_BINARY`), where a `precondition` message would
/// have been stripped to "precondition failure".
@Suite struct ThreadConfinementTests {
    /// The misuse program: `NODELOOP_MISUSE_BINARY` when set, else the debug build's.
    static let program = ProcessInfo.processInfo.environment["NODELOOP_MISUSE_BINARY"]
        ?? URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
            .deletingLastPathComponent().appendingPathComponent("nodeloop-misuse").path

    @Test(arguments: Misuse.allCases)
    func callingFromAnotherThreadStopsWithAMessageNamingTheAPIAndTheFix(_ misuse: Misuse) throws {
        // Without Swift's crash backtracer, which symbolicates for seconds (for minutes under
        // ThreadSanitizer) after the message has been printed.
        let run = try Subprocess.run([Self.program, misuse.rawValue], environment: ["SWIFT_BACKTRACE": "enable=no"])
        #expect(run.exitCode != 0 && run.exitCode != 2 && run.exitCode != 3, "\(run.stderr)")
        let mistake = "NodeLoop: \(misuse.api) called from a thread that does not own its EventLoop"
        #expect(run.stderr.contains(mistake), "\(run.stderr)")
        #expect(run.stderr.contains("loop.executor.execute { }"), "\(run.stderr)")
    }

    @Test func everyMisuseIsListedByTheProgram() throws {
        let listed = try Subprocess.run([Self.program, "--list"]).stdout.split(separator: "\n")
        #expect(listed.count == Misuse.allCases.count)
    }
}
