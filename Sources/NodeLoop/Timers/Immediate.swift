/// A callback queued by ``setImmediate(_:)``: Node's `Immediate` object.
///
/// It runs in the loop's check phase, after I/O callbacks. Keep it to cancel it with
/// ``clearImmediate(_:)`` or to let it stop keeping the run alive (``unref()``).
public final class Immediate {
    /// Strong, so that an immediate kept after its loop closed fails safely instead of crashing.
    let loop: EventLoop
    // Loop-confined and read on every run of the queue: no runtime exclusivity checks.
    @exclusivity(unchecked) var callback: EventLoop.Job?
    @exclusivity(unchecked) var isRefed = true
    @exclusivity(unchecked) var isDestroyed = false

    init(loop: consuming EventLoop, callback: consuming @escaping EventLoop.Job) {
        self.loop = loop
        self.callback = callback
    }

    /// Makes the immediate keep the run alive again (the default). Returns the immediate.
    @discardableResult
    public func ref() -> Immediate {
        loop.owner.check("Immediate.ref()")
        if !isRefed && !isDestroyed {
            isRefed = true
            loop.immediates.incrementRefCount()
        }
        return self
    }

    /// Lets the run end while this immediate is pending. Returns the immediate.
    @discardableResult
    public func unref() -> Immediate {
        loop.owner.check("Immediate.unref()")
        if isRefed && !isDestroyed {
            isRefed = false
            loop.immediates.decrementRefCount()
        }
        return self
    }

    /// Whether the immediate keeps the run alive.
    public func hasRef() -> Bool {
        loop.owner.check("Immediate.hasRef()")
        return isRefed
    }
}

@available(*, unavailable, message: "an Immediate belongs to the loop that created it")
extension Immediate: Sendable {}
