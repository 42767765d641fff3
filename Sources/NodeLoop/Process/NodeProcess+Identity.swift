import CLibUV
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// What the process says about itself: how it was started, what it runs on and what it is
// called. None of it depends on the calling thread's loop.

extension NodeProcess {
    /// The command line in Node's shape, `[execPath, script, ...arguments]`.
    ///
    /// A Swift program is its own script, so both first entries are ``execPath``, and the
    /// arguments the program was given follow: `process.argv.dropFirst(2)` is what
    /// `process.argv.slice(2)` is in Node.
    public var argv: [String] {
        let path = execPath
        return [path, path] + launchArguments.dropFirst()
    }

    /// The program's name as it was started, before any path resolution (Node's
    /// `process.argv0`): the C `argv[0]`.
    public var argv0: String {
        launchArguments.first ?? ""
    }

    /// The absolute path of the running executable (Node's `process.execPath`), from libuv's
    /// `uv_exepath`; empty if the system cannot tell.
    public var execPath: String {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        var size = buffer.count
        guard uv_exepath(&buffer, &size) == 0 else { return "" }
        return String(decoding: buffer.prefix(size).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// The operating system as Node names it: `"linux"` or `"darwin"`.
    public var platform: String {
        #if os(Linux)
        "linux"
        #elseif os(macOS)
        "darwin"
        #else
        "unknown"
        #endif
    }

    /// The processor architecture as Node names it: `"x64"` or `"arm64"`.
    public var arch: String {
        #if arch(x86_64)
        "x64"
        #elseif arch(arm64)
        "arm64"
        #else
        "unknown"
        #endif
    }

    /// The versions of NodeLoop and of the libuv it runs on (Node's `process.versions`).
    public var versions: ProcessVersions { ProcessVersions() }

    /// The id of the parent process (Node's `process.ppid`).
    public var ppid: Int32 { Int32(uv_os_getppid()) }

    /// The process's title, as `ps` shows it (Node's `process.title`); it starts as ``argv0``.
    ///
    /// libuv writes a new title over the memory that held the C `argv`, so it cannot be longer
    /// than the original command line (a longer one is cut). NodeLoop hands that memory to libuv
    /// on the first use of the title, after copying the arguments: ``argv``, ``argv0`` and
    /// `CommandLine.arguments` keep the original values, while the C `argv` itself
    /// (`CommandLine.unsafeArgv`) reads as the title from then on.
    public var title: String {
        get { ProcessTitle.current }
        nonmutating set { ProcessTitle.current = newValue }
    }
}

/// The arguments the program was started with, copied before ``ProcessTitle`` lets libuv reuse
/// the memory of the C `argv` for the title.
let launchArguments: [String] = CommandLine.arguments

/// What ``NodeProcess/versions`` holds: NodeLoop's version and libuv's.
///
/// Node's `process.versions` names `node`, `v8`, `uv` and a dozen bundled libraries. NodeLoop
/// has no JavaScript engine and bundles nothing; it reproduces Node 20's behaviour but is not
/// Node, so it has no `node` entry for a script to mistake for one.
public struct ProcessVersions: Sendable, Equatable {
    /// NodeLoop's own version (semantic versioning, as its tags); a release updates it with
    /// the changelog.
    public let nodeLoop = "0.1.0"
    /// The version of the libuv NodeLoop is linked with, as `uv_version_string()` gives it
    /// (`"1.44.2"`): Node's `process.versions.uv`.
    public let uv = String(cString: uv_version_string())
}
