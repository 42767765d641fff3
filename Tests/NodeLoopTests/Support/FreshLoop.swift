import Testing
@testable import NodeLoop

/// Runs `script` on a loop of its own until nothing is pending, then closes the loop, which
/// throws if any handle or request leaked. Expects the run to end with `exitCode` (0: nothing
/// was left uncaught or unhandled) and returns the code it ended with.
@discardableResult
func runOnFreshLoop(exitCode: Int32 = 0, _ script: () throws -> Void) throws -> Int32 {
    let loop = EventLoop()
    let code = loop.run(script)
    try loop.close()
    #expect(code == exitCode)
    return code
}
