import Testing
@testable import NodeLoop

/// A signal dispatches `abort` once: after it, and for listeners added after it, the signal
/// keeps no listener, so a listener that captures its controller does not keep the two alive.
@Suite struct AbortSignalLifetimeTests {
    @Test func listenersThatCaptureTheirControllerAreFreedOnceItHasAborted() throws {
        weak var freedController: AbortController?
        weak var freedCaptured: Captured?
        var heard: [String] = []
        try runOnFreshLoop {
            let captured = Captured()
            freedCaptured = captured
            let controller = AbortController()
            freedController = controller
            controller.signal.addEventListener(.abort) {
                _ = captured
                heard.append("listener \(controller.signal.aborted)")
            }
            controller.signal.addEventListener(.abort, once: true) { heard.append("once listener") }
            setTimeout(1) {
                controller.abort()
                controller.signal.addEventListener(.abort) { heard.append("added after abort: \(controller)") }
                controller.abort()
            }
        }
        #expect(heard == ["listener true", "once listener"])
        #expect(freedController == nil)
        #expect(freedCaptured == nil)
    }
}
