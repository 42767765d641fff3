import CLibUV

// The one handle lifecycle
// ------------------------
// Every libuv handle NodeLoop opens (the loop's own timer, check, idle and async handles, a
// worker's keep-alive, a socket, a server, a child's pipe) is a `LoopHandle`: one object with
// the `uv_*_t` embedded at its end, as C code embeds a handle in its own struct.
//
//   make ──▶ open (data retains the object, and the owner if there is one)
//              │ ref / unref / hasRef, checked on the loop's thread
//              ▼
//            close(then:) ──▶ closing ──libuv's close phase──▶ closed: the retain and the owner
//                                                              are dropped, then `then` runs
//
// - libuv needs the handle at a fixed address from `uv_*_init` until its close callback, so
//   the object keeps itself alive (through the handle's `data`) until that callback.
// - An owner (the socket or server whose callbacks the handle's events reach) is held as
//   strongly as the handle: an open server with no other reference keeps listening, as in
//   Node. The close callback lets go of it, so nothing the owner's closures capture outlives
//   the final state (docs/architecture.md, "Lifetime").
// - A handle a user object owns also closes with the loop (`closesWithLoop`), so that closing
//   a loop that still has an open server or socket succeeds instead of reporting it leaked.
// - The storage is libuv's `uv_any_handle`, big enough for any handle type, so one class
//   serves them all and a C callback finds its object from any handle pointer.

/// What a ``LoopHandle`` holds besides its libuv handle.
struct LoopHandleState {
    /// Unchecked: the loop closes every handle before it goes away.
    unowned(unsafe) let loop: EventLoop
    /// The object the handle's callbacks reach; retained while the handle is open.
    var owner: AnyObject?
    /// Registered with the loop's executor, to be closed if the loop closes first.
    let closesWithLoop: Bool
    var isClosing = false
    /// Runs in the close callback, after the handle let go of itself and its owner.
    var onClosed: (() -> Void)?
}

/// One open libuv handle, embedded at the end of this object: the single lifecycle every
/// NodeLoop handle shares (see the comment above).
final class LoopHandle: ManagedBuffer<LoopHandleState, uv_any_handle> {
    /// Opens a handle of type `Handle` on `loop`: `initialize` runs its `uv_*_init`.
    ///
    /// - Parameters:
    ///   - owner: the object the handle's callbacks reach (``owner(as:)``), kept alive while
    ///     the handle is open.
    ///   - closesWithLoop: close the handle if the loop closes before its owner does.
    static func make<Handle>(
        _ type: Handle.Type,
        loop: EventLoop,
        owner: AnyObject? = nil,
        closesWithLoop: Bool = false,
        initialize: (UnsafeMutablePointer<uv_loop_t>, UnsafeMutablePointer<Handle>) -> Int32
    ) -> LoopHandle {
        precondition(MemoryLayout<Handle>.size <= MemoryLayout<uv_any_handle>.size, "NodeLoop: \(Handle.self) is not a libuv handle")
        let handle = unsafeDowncast(
            create(minimumCapacity: 1) { _ in LoopHandleState(loop: loop, owner: owner, closesWithLoop: closesWithLoop) },
            to: LoopHandle.self
        )
        let status = initialize(loop.uvLoop, handle.pointer(as: Handle.self))
        precondition(status == 0, "NodeLoop: libuv refused to initialise a \(Handle.self): \(uvErrorName(status))")
        handle.base.pointee.data = Unmanaged.passRetained(handle).toOpaque()
        if closesWithLoop {
            let closeWithLoop = LoopBound(handle, loop: loop)
            _ = loop.executor.addCloseHandler(ObjectIdentifier(handle)) {
                let handle = closeWithLoop.value
                let owner = handle.state.pointee.owner as? ClosedWithLoop
                handle.close()
                owner?.handleClosedWithLoop()
            }
        }
        return handle
    }

    /// The object a libuv callback fired for, from any handle pointer NodeLoop opened.
    static func of<Handle>(_ handle: UnsafeMutablePointer<Handle>?) -> LoopHandle {
        let base = UnsafeMutableRawPointer(handle!).assumingMemoryBound(to: uv_handle_t.self)
        return Unmanaged<LoopHandle>.fromOpaque(base.pointee.data).takeUnretainedValue()
    }

    private var state: UnsafeMutablePointer<LoopHandleState> {
        withUnsafeMutablePointerToHeader { $0 }
    }

    /// The handle, as the type it was made with.
    func pointer<Handle>(as type: Handle.Type) -> UnsafeMutablePointer<Handle> {
        withUnsafeMutablePointerToElements { UnsafeMutableRawPointer($0).assumingMemoryBound(to: Handle.self) }
    }

    /// The handle as libuv's common `uv_handle_t`.
    var base: UnsafeMutablePointer<uv_handle_t> { pointer(as: uv_handle_t.self) }

    /// The handle as a stream (TCP, pipe, TTY handles only).
    var stream: UnsafeMutablePointer<uv_stream_t> { pointer(as: uv_stream_t.self) }

    /// The loop the handle belongs to.
    var loop: EventLoop { state.pointee.loop }

    /// The owner given to ``make(_:loop:owner:closesWithLoop:initialize:)``, as the type it is
    /// known to be; only while the handle is open.
    func owner<Owner: AnyObject>(as type: Owner.Type) -> Owner? {
        state.pointee.owner.map { unsafeDowncast($0, to: Owner.self) }
    }

    /// Whether ``close(then:)`` has been called.
    var isClosing: Bool { state.pointee.isClosing }

    // MARK: Keeping the loop alive

    /// Lets the handle keep the loop alive (libuv's default for a new handle). Does nothing
    /// once closing.
    func ref() {
        loop.owner.check("ref()")
        if !isClosing { uv_ref(base) }
    }

    /// Stops the handle from keeping the loop alive; it still works while the loop runs.
    func unref() {
        loop.owner.check("unref()")
        if !isClosing { uv_unref(base) }
    }

    /// Whether the handle keeps the loop alive; false once closing.
    var hasRef: Bool {
        loop.owner.check("hasRef()")
        return !isClosing && uv_has_ref(base) != 0
    }

    // MARK: Closing

    /// Closes the handle (once; later calls do nothing). In libuv's close phase the handle
    /// lets go of itself and its owner, then `closed` runs: wrap user code in `loop.invoke`.
    func close(then closed: (() -> Void)? = nil) {
        guard !isClosing else { return }
        state.pointee.isClosing = true
        state.pointee.onClosed = closed
        if state.pointee.closesWithLoop { loop.executor.removeCloseHandler(ObjectIdentifier(self)) }
        uv_close(base) { base in
            let handle = Unmanaged<LoopHandle>.fromOpaque(base!.pointee.data).takeRetainedValue()
            handle.state.pointee.owner = nil
            let closed = handle.state.pointee.onClosed
            handle.state.pointee.onClosed = nil
            closed?()
        }
    }
}

/// An owner that must hear when the loop closing closed its handle: that is its final state,
/// so it drops the closures and listeners that could keep it alive (docs/architecture.md,
/// "Lifetime").
protocol ClosedWithLoop: AnyObject {
    func handleClosedWithLoop()
}

/// libuv's short name for a status code (`ENOENT`), or the number when libuv has none.
func uvErrorName(_ status: Int32) -> String {
    String(cString: uv_err_name(status))
}
