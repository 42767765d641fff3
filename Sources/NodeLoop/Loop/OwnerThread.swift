#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// Thread confinement, the one mechanism
// -------------------------------------
// An `EventLoop` and everything made on it (promises, timers, emitters, ports, workers, child
// processes, file handles, the patterns' limits and queues) belong to the loop's thread: their
// state has no lock, because only that thread touches it. Every public entry point of such an
// object starts with `owner.check("Type.member")`, which compares the calling thread with the
// owner, one `pthread_self` and one compare, cheap enough for `Promise.then`. A call from any
// other thread is a data race in the making, so it stops the process at once with a message
// naming the API and the way out; `fatalError` keeps that message in optimised builds, where
// `precondition` would print only "precondition failure".
//
// The one way in from another thread is `loop.executor.execute { }` (`LoopExecutor`), and the
// one way to carry a confined value through code the compiler treats as concurrent is
// `LoopBound`, whose `value` makes the same check.

/// The thread an object belongs to, captured when it is made, and the check its entry points
/// make. Any thread may compare its own id with it: it is an immutable thread id (unchecked
/// only because Darwin's `pthread_t` is a pointer type).
@usableFromInline
struct OwnerThread: @unchecked Sendable {
    @usableFromInline let thread: pthread_t

    /// The calling thread.
    init() {
        thread = pthread_self()
    }

    /// Whether the calling thread is the owner. A thread id is compared with `==` rather than
    /// through `pthread_equal`, which Swift calls as a function: the ids of glibc and Darwin are
    /// plain values (a number, a pointer), which is all `pthread_equal` compares.
    @inlinable @inline(__always)
    var isCurrent: Bool { thread == pthread_self() }

    /// Stops the process, naming `api` and the way out, unless called on the owner thread.
    @inlinable @inline(__always)
    func check(_ api: StaticString) {
        if _slowPath(!isCurrent) { OwnerThread.calledFromAnotherThread(api) }
    }

    /// The misuse trap, out of line so that the check inlines as a compare and a branch.
    @usableFromInline @inline(never)
    static func calledFromAnotherThread(_ api: StaticString) -> Never {
        fatalError(
            "NodeLoop: \(api) called from a thread that does not own its EventLoop. A loop and everything made on it (promises, timers, emitters, streams, ports, handles) belong to the thread that created the loop; make this call on that thread with loop.executor.execute { }"
        )
    }
}
