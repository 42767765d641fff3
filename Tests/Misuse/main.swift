#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// Commits one misuse by name and expects it to stop the process.
//   nodeloop-misuse <case>     make the mistake; exits 3 if nothing stopped it
//   nodeloop-misuse --list     print every case with the API its message names

/// Writes `message` to standard error and ends the process with `code`.
func fail(_ message: String, code: Int32) -> Never {
    let line = message + "\n"
    _ = line.withCString { write(2, $0, strlen($0)) }
    exit(code)
}

let arguments = CommandLine.arguments
if arguments.count == 2 && arguments[1] == "--list" {
    for misuse in Misuse.allCases { print(misuse.rawValue, misuse.api) }
    exit(0)
}
guard arguments.count == 2, let misuse = Misuse(rawValue: arguments[1]) else {
    fail("usage: nodeloop-misuse <case> | --list", code: 64)
}
do {
    try misuse.commit()
} catch {
    fail("nodeloop-misuse: \(misuse.rawValue) could not be set up: \(error)", code: 2)
}
fail("nodeloop-misuse: \(misuse.rawValue) did not stop the process", code: 3)
