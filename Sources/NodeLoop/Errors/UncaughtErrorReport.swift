// What NodeLoop prints for an error nobody handled, shaped like what Node prints for one: the
// error's first line, the place it was made where Node prints its stack, and Node's extra fields
// (`errno`, `code`, `syscall`, `path`, `dest`, `hostname`) in a block after it:
//
//   Uncaught Error: ENOENT: no such file or directory, stat 'missing'
//       at Hello/main.swift:7 {
//     errno: -2,
//     code: 'ENOENT',
//     syscall: 'stat',
//     path: 'missing'
//   }
//
// Node prints a whole stack trace and the offending source line; Swift has no stack trace of the
// throw, so NodeLoop prints the one place it knows: where the `NodeError` was made. An error made
// inside NodeLoop (an fs failure, say) has no place in the program, and other Swift errors carry
// none, so neither gets an `at` line.

enum UncaughtErrorReport {
    /// The text printed on stderr for `error`, nobody having handled it.
    static func text(for error: any Error) -> String {
        var text = "Uncaught \(inspect(error))"
        guard let error = error as? NodeError else { return text }
        if let place = programPlace(of: error) { text += "\n    at \(place)" }
        let fields = nodeFields(of: error)
        if !fields.isEmpty {
            let lines = fields.map { "  \($0.key): \(inspect($0.value, topLevel: false))" }
            text += " {\n" + lines.joined(separator: ",\n") + "\n}"
        }
        return text
    }

    /// `Module/File.swift:line` where `error` was made, or nil when NodeLoop itself made it.
    static func programPlace(of error: NodeError) -> String? {
        let fileID = "\(error.fileID)"
        guard !fileID.hasPrefix("NodeLoop/") else { return nil }
        return "\(fileID):\(error.line)"
    }

    /// The fields Node prints after an error's stack, in Node's order.
    private static func nodeFields(of error: NodeError) -> [(key: String, value: Any)] {
        var fields: [(key: String, value: Any)] = []
        if let errno = error.errno { fields.append(("errno", errno)) }
        if let code = error.code { fields.append(("code", code)) }
        if let syscall = error.syscall { fields.append(("syscall", syscall)) }
        if let path = error.path { fields.append(("path", path)) }
        if let dest = error.dest { fields.append(("dest", dest)) }
        if let hostname = error.hostname { fields.append(("hostname", hostname)) }
        return fields
    }
}
