import Testing
@testable import NodeLoop

/// What an error nobody handled prints: Node's first line, the place the program made it, and
/// Node's extra fields in a block after it.
@Suite struct UncaughtErrorReportTests {
    @Test func aNodeErrorTheProgramMadeIsPrintedWithWhereItWasMade() {
        let error = NodeError("boom"); let line = #line
        #expect(UncaughtErrorReport.text(for: error) == """
            Uncaught Error: boom
                at NodeLoopTests/UncaughtErrorReportTests.swift:\(line)
            """)
    }

    @Test func aSystemErrorMadeByNodeLoopHasNodesFieldsAndNoPlace() throws {
        let error = try #require(throws: NodeError.self) { try fs.statSync("/no/such/file") }
        #expect(UncaughtErrorReport.text(for: error) == """
            Uncaught Error: ENOENT: no such file or directory, stat '/no/such/file' {
              errno: -2,
              code: 'ENOENT',
              syscall: 'stat',
              path: '/no/such/file'
            }
            """)
    }

    @Test func aCodedErrorShowsItsCodeInTheHeaderAndTheBlock() {
        let error = NodeError("bad", name: "TypeError", code: "ERR_INVALID_ARG_TYPE"); let line = #line
        #expect(UncaughtErrorReport.text(for: error) == """
            Uncaught TypeError [ERR_INVALID_ARG_TYPE]: bad
                at NodeLoopTests/UncaughtErrorReportTests.swift:\(line) {
              code: 'ERR_INVALID_ARG_TYPE'
            }
            """)
    }

    @Test func anyOtherSwiftErrorIsPrintedAsItDescribesItself() {
        struct ConfigError: Error { let key: String }
        #expect(UncaughtErrorReport.text(for: ConfigError(key: "PORT")) == #"Uncaught ConfigError(key: "PORT")"#)
    }

    @Test func whereAnErrorWasMadeDoesNotMakeItAnotherError() {
        let first = NodeError("same")
        let second = NodeError("same")
        #expect(first == second)
        #expect(first.line != second.line)
    }

    @Test func anUncaughtErrorReachesStderrWithItsPlaceAndEndsTheRunWithOne() async {
        let result = await #expect(processExitsWith: .exitCode(1), observing: [\.standardErrorContent]) {
            EventLoop.runMain {
                setTimeout(1) { throw NodeError("boom") }
            }
        }
        let stderr = String(decoding: result?.standardErrorContent ?? [], as: UTF8.self)
        #expect(stderr.hasPrefix("Uncaught Error: boom\n    at NodeLoopTests/UncaughtErrorReportTests.swift:"))
    }
}
