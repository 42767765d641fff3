import CLibUV

/// The process title behind ``NodeProcess/title``, kept by libuv.
///
/// libuv can set the title only after `uv_setup_args` has been given the C `argv`, since it
/// writes the title over the memory that held the original arguments (which is what `ps`
/// shows). Node calls it in its `main`; a library has no `main`, so NodeLoop calls it on the
/// first use of the title, with the `argv` the Swift runtime received. Before that it copies
/// the arguments (``launchArguments``, and Swift's `CommandLine.arguments`), so ``NodeProcess/argv``
/// and ``NodeProcess/argv0`` keep the original values; reading the C `argv` itself
/// (`CommandLine.unsafeArgv`) after setting a title gives the title.
///
/// The title starts as the C `argv[0]`, as Node's does, and a new title longer than the
/// original command line is cut to fit it, as libuv does on Linux.
enum ProcessTitle {
    /// Whether `uv_setup_args` accepted the arguments; it runs once, the first time this is read.
    private static let isSetUp: Bool = {
        _ = launchArguments
        _ = CommandLine.arguments
        return uv_setup_args(CommandLine.argc, CommandLine.unsafeArgv) != nil
    }()

    /// The title now; the program's name (``NodeProcess/argv0``) if libuv cannot tell.
    static var current: String {
        get {
            guard isSetUp else { return launchArguments.first ?? "" }
            var buffer = [CChar](repeating: 0, count: 4_096)
            guard uv_get_process_title(&buffer, buffer.count) == 0 else { return launchArguments.first ?? "" }
            return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        }
        set {
            guard isSetUp else { return }
            _ = uv_set_process_title(newValue)
        }
    }
}
