// A libuv request embedded at the end of the Swift object that owns it, as C code embeds a
// `uv_work_t` or `uv_fs_t` in its own struct: one allocation per request instead of an object
// plus a separately allocated request, and an address that stays put as long as the object
// lives (the subclasses retain themselves through the request's `data` until libuv calls
// back).
//
// The state is reached through its address, not through `ManagedBuffer.header`, whose every
// access the runtime checks for exclusivity; the subclasses' own rules keep threads apart.

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
}
