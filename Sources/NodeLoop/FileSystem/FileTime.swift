/// A point in time from a file's status, as Node's `Date` values in `Stats` (`stats.mtime`):
/// whole milliseconds since 1970-01-01 UTC, printed in ISO 8601 as Node prints a `Date`.
///
/// NodeLoop depends on nothing but libuv, so this is not Foundation's `Date`; convert with
/// `Date(timeIntervalSince1970: time.milliseconds / 1000)`.
public struct FileTime: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Milliseconds since 1970-01-01T00:00:00Z.
    public let milliseconds: Double

    /// `milliseconds` rounded as Node rounds a `Stats` time into a `Date` (`Math.round`).
    init(roundingMilliseconds milliseconds: Double) {
        self.milliseconds = (milliseconds + 0.5).rounded(.down)
    }

    public static func < (lhs: FileTime, rhs: FileTime) -> Bool {
        lhs.milliseconds < rhs.milliseconds
    }

    /// `2026-11-25T20:11:43.831Z`, as JavaScript's `date.toISOString()`.
    public func toISOString() -> String {
        let total = Int64(milliseconds)
        let (days, dayMilliseconds) = floorDivide(total, 86_400_000)
        let (year, month, day) = civilDate(daysSinceEpoch: days)
        let hours = dayMilliseconds / 3_600_000
        let minutes = dayMilliseconds / 60_000 % 60
        let seconds = dayMilliseconds / 1_000 % 60
        let millis = dayMilliseconds % 1_000
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))T\(pad(hours, 2)):\(pad(minutes, 2)):\(pad(seconds, 2)).\(pad(millis, 3))Z"
    }

    /// The ISO form, which is what `console.log` shows for a `Date`.
    public var description: String { toISOString() }

    private func floorDivide(_ value: Int64, _ divisor: Int64) -> (Int64, Int64) {
        let quotient = value >= 0 ? value / divisor : (value - divisor + 1) / divisor
        return (quotient, value - quotient * divisor)
    }

    /// The proleptic Gregorian date of a day count from 1970-01-01 (Howard Hinnant's
    /// `civil_from_days`).
    private func civilDate(daysSinceEpoch days: Int64) -> (Int64, Int64, Int64) {
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    private func pad(_ value: Int64, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
