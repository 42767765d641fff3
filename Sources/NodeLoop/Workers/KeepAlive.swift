import CLibUV

/// A handle that does nothing but keep its loop alive while ref'd: what a running `Worker` is
/// for its parent's loop, and a listening `MessagePort` for its own. It is closed by its owner,
/// or by the loop if the loop closes first.
final class KeepAlive {
    private let handle: LoopHandle

    init(loop: EventLoop) {
        handle = LoopHandle.make(uv_async_t.self, loop: loop, closesWithLoop: true) { uvLoop, async in
            uv_async_init(uvLoop, async) { _ in }
        }
    }

    func ref() { handle.ref() }
    func unref() { handle.unref() }
    var hasRef: Bool { handle.hasRef }

    func close() {
        handle.close()
    }
}
