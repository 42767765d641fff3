import CLibUV

/// A handle that does nothing but keep its loop alive while ref'd: what a running `Worker` is
/// for its parent's loop, and a listening `MessagePort` for its own. It is closed by its owner,
/// or by the loop if the loop closes first.
final class KeepAlive {
    private let handle: UVHandle<uv_async_t>
    private unowned let loop: EventLoop
    private var isClosed = false

    init(loop: EventLoop) {
        self.loop = loop
        handle = UVHandle(loop: loop) { uvLoop, async in uv_async_init(uvLoop, async) { _ in } }
        let closeWithLoop = LoopBound(self, loop: loop)
        _ = loop.executor.addCloseHandler(ObjectIdentifier(self)) { closeWithLoop.value.close() }
    }

    func ref() { if !isClosed { handle.ref() } }
    func unref() { if !isClosed { handle.unref() } }
    var hasRef: Bool { !isClosed && handle.hasRef }

    func close() {
        guard !isClosed else { return }
        isClosed = true
        handle.close()
        loop.executor.removeCloseHandler(ObjectIdentifier(self))
    }
}
