import CLibUV

// The one request lifecycle
// -------------------------
// A libuv request (`uv_work_t`, `uv_fs_t`, `uv_write_t`, `uv_shutdown_t`, `uv_connect_t`) is
// embedded at the end of the Swift object that owns it, as C code embeds one in its own struct:
// one allocation per request instead of an object plus a separately allocated request, and an
// address that stays put as long as the object lives.
//
//   make ──▶ submit: `data` retains the object ──▶ libuv works ──▶ callback: completed(_:)
//                 └─ libuv refuses (status < 0): the retain is dropped, no callback comes
//
// While submitted the request is active, so it keeps the loop alive, and the object cannot go
// away under libuv. The state is reached through its address, not through
// `ManagedBuffer.header`, whose every access the runtime checks for exclusivity; the
// subclasses' own rules keep threads apart.

/// A Swift object that holds `State` and, at its end, one libuv `Request`.
class EmbeddedRequest<State, Request>: ManagedBuffer<State, Request> {
    /// A new object of the calling subclass holding `state`; its request is left for libuv to
    /// fill in (plain C data: nothing to deinitialize).
    final class func make(_ state: State) -> Self {
        unsafeDowncast(create(minimumCapacity: 1) { _ in state }, to: self)
    }

    /// The request at the end of this object.
    final var request: UnsafeMutablePointer<Request> {
        withUnsafeMutablePointerToElements { $0 }
    }

    /// The state at the start of this object.
    final var state: UnsafeMutablePointer<State> {
        withUnsafeMutablePointerToHeader { $0 }
    }

    /// Hands the request to libuv with `start` (a `uv_*` call taking the request): the object
    /// keeps itself alive until ``completed(_:)`` in libuv's callback. Returns `start`'s
    /// status; when libuv refuses, no callback will come and the object lets go at once.
    @discardableResult
    final func submit(_ start: (UnsafeMutablePointer<Request>) -> Int32) -> Int32 {
        let common = UnsafeMutableRawPointer(request).assumingMemoryBound(to: uv_req_t.self)
        common.pointee.data = Unmanaged.passRetained(self).toOpaque()
        let status = start(request)
        if status < 0 { Unmanaged.passUnretained(self).release() }
        return status
    }

    /// The object a submitted request belongs to, in libuv's callback, taking back the
    /// reference ``submit(_:)`` kept. Call a method on it: a pointer to its state does not keep
    /// the object alive, so `completed(r).state.pointee` may read freed memory.
    final class func completed(_ request: UnsafeMutablePointer<Request>?) -> Self {
        let common = UnsafeMutableRawPointer(request!).assumingMemoryBound(to: uv_req_t.self)
        return unsafeDowncast(Unmanaged<AnyObject>.fromOpaque(common.pointee.data).takeRetainedValue(), to: self)
    }

    /// The object a submitted request belongs to, while libuv still holds it (a thread-pool
    /// request's work callback).
    final class func inFlight(_ request: UnsafeMutablePointer<Request>?) -> Self {
        let common = UnsafeMutableRawPointer(request!).assumingMemoryBound(to: uv_req_t.self)
        return unsafeDowncast(Unmanaged<AnyObject>.fromOpaque(common.pointee.data).takeUnretainedValue(), to: self)
    }
}
