/// Node 20's coercion of a timer delay.
enum TimerDelay {
    /// The largest delay Node accepts: a signed 32-bit count of milliseconds.
    static let maximum: Double = 2_147_483_647

    /// Delays outside [1, 2^31-1] (negative, NaN, zero, too large) become 1 ms; a too-large one
    /// also emits Node's `TimeoutOverflowWarning`. Fractions are kept here and truncated when
    /// the timer is filed into its list.
    static func coerce(_ delay: Double, loop: EventLoop) -> Double {
        if delay >= 1 && delay <= maximum { return delay }
        if delay > maximum {
            loop.emitWarning(
                "\(jsNumberString(delay)) does not fit into a 32-bit signed integer.\nTimeout duration was set to 1.",
                type: "TimeoutOverflowWarning"
            )
        }
        return 1
    }

    /// Milliseconds in a Swift `Duration`, fractions kept.
    static func milliseconds(_ duration: Duration) -> Double {
        let (seconds, attoseconds) = duration.components
        return Double(seconds) * 1_000 + Double(attoseconds) / 1e15
    }
}
