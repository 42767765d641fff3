import CLibUV

/// Node's `performance` global, for its `now()`.
public let performance = Performance()

/// The type of ``performance``.
public struct Performance: Sendable {
    /// Milliseconds, with fractions, since the process's time origin (the first use of NodeLoop's
    /// clock); monotonic, unlike the time of day.
    ///
    /// ```swift
    /// let start = performance.now()
    /// setTimeout(50) { console.log(performance.now() - start >= 50) }
    /// ```
    public func now() -> Double {
        let origin = timeOrigin
        return Double(uv_hrtime() - origin) / 1_000_000
    }
}

private let timeOrigin: UInt64 = uv_hrtime()
