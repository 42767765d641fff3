import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The `Date` header's value (RFC 7231's IMF-fixdate, `Wed, 02 Dec 2026 16:28:10 GMT`, what
/// JavaScript's `toUTCString` prints), made at most once a second, as Node caches it.
enum HTTPDate {
    /// The last second formatted, as a whole `Date: ...` header line; every loop's thread
    /// shares it.
    private static let cache = Mutex<(second: Int, line: String)>((-1, ""))

    /// `Date: <the current second>\r\n`, as a head carries it.
    static func headerLine() -> String {
        let second = Int(time(nil))
        return cache.withLock { cached in
            if cached.second != second { cached = (second, "Date: " + format(second) + "\r\n") }
            return cached.line
        }
    }

    /// The date for a time in seconds since 1970.
    static func format(_ seconds: Int) -> String {
        var value = time_t(seconds)
        var parts = tm()
        gmtime_r(&value, &parts)
        let days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        func two(_ number: Int32) -> String { number < 10 ? "0\(number)" : "\(number)" }
        return "\(days[Int(parts.tm_wday)]), \(two(parts.tm_mday)) \(months[Int(parts.tm_mon)]) \(parts.tm_year + 1900) "
            + "\(two(parts.tm_hour)):\(two(parts.tm_min)):\(two(parts.tm_sec)) GMT"
    }
}
