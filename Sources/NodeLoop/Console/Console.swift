import CLibUV
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Node's `console`: lines to stdout and stderr formatted as Node formats them, and timers.
public let console = Console()

/// The type of ``console``.
///
/// Values are printed as Node's `util.inspect` prints them for the common cases: strings bare at
/// the top level and quoted inside arrays, whole doubles without a fraction (`1`, not `1.0`),
/// `nil` as `undefined`, arrays as `[ 1, 'a' ]`, dictionaries as `{ a: 1 }`. A first string
/// argument with `%s`, `%d`, `%i`, `%f`, `%j`, `%o`, `%O`, `%c` or `%%` is a format string, with
/// Node's `util.format` rules (`%j` is `JSON.stringify`, `%d` `Number(x)`, `%i` `parseInt`).
public struct Console: Sendable {
    /// Prints the items to stdout, separated by spaces.
    public func log(_ items: Any?...) {
        writeLine(format(items), to: .standardOutput)
    }

    /// Prints one value to stdout. (Without this overload Swift would spread a lone
    /// `[Any?]` argument over the variadic parameter and print its elements as separate values.)
    public func log(_ item: Any?) {
        writeLine(format([item]), to: .standardOutput)
    }

    /// Prints the items to stdout (Node's alias of `log`).
    public func info(_ items: Any?...) {
        writeLine(format(items), to: .standardOutput)
    }

    /// Prints one value to stdout. (Without this overload Swift would spread a lone
    /// `[Any?]` argument over the variadic parameter and print its elements as separate values.)
    public func info(_ item: Any?) {
        writeLine(format([item]), to: .standardOutput)
    }

    /// Prints the items to stderr.
    public func error(_ items: Any?...) {
        writeLine(format(items), to: .standardError)
    }

    /// Prints one value to stderr. (Without this overload Swift would spread a lone
    /// `[Any?]` argument over the variadic parameter and print its elements as separate values.)
    public func error(_ item: Any?) {
        writeLine(format([item]), to: .standardError)
    }

    /// Prints the items to stderr (Node's alias of `error`).
    public func warn(_ items: Any?...) {
        writeLine(format(items), to: .standardError)
    }

    /// Prints one value to stderr. (Without this overload Swift would spread a lone
    /// `[Any?]` argument over the variadic parameter and print its elements as separate values.)
    public func warn(_ item: Any?) {
        writeLine(format([item]), to: .standardError)
    }

    /// Starts a timer named `label`; ``timeEnd(_:)`` prints the time elapsed.
    public func time(_ label: String = "default") {
        let timers = EventLoop.current.consoleTimers
        if timers.started[label] != nil {
            process.emitWarning("Label '\(label)' already exists for console.time()")
            return
        }
        timers.started[label] = uv_hrtime()
    }

    /// Prints `label: <elapsed>` in Node's format (`1.234ms`, `1.500s`, `1:02.345 (m:ss.mmm)`)
    /// and stops the timer.
    public func timeEnd(_ label: String = "default") {
        let timers = EventLoop.current.consoleTimers
        guard let start = timers.started.removeValue(forKey: label) else {
            process.emitWarning("No such label '\(label)' for console.timeEnd()")
            return
        }
        log("\(label): \(formatElapsed(milliseconds: Double(uv_hrtime() - start) / 1e6))")
    }

    /// Prints `label: <elapsed>` and any extra items, leaving the timer running.
    public func timeLog(_ label: String = "default", _ items: Any?...) {
        let timers = EventLoop.current.consoleTimers
        guard let start = timers.started[label] else {
            process.emitWarning("No such label '\(label)' for console.timeLog()")
            return
        }
        let elapsed = formatElapsed(milliseconds: Double(uv_hrtime() - start) / 1e6)
        writeLine(format(["\(label): \(elapsed)"] + items), to: .standardOutput)
    }
}

/// The labels started by `console.time` on one loop.
final class ConsoleTimers {
    var started: [String: UInt64] = [:]
}

/// Node's `formatTime` for `console.timeEnd`.
func formatElapsed(milliseconds ms: Double) -> String {
    let second = 1_000.0, minute = 60_000.0, hour = 3_600_000.0
    guard ms >= second else {
        return "\(jsNumberString((ms * 1_000).rounded() / 1_000))ms"
    }
    guard ms >= minute else {
        return "\(fixed(ms / second, digits: 3))s"
    }
    let hours = (ms / hour).rounded(.down)
    let minutes = ((ms - hours * hour) / minute).rounded(.down)
    let seconds = fixed((ms - hours * hour - minutes * minute) / second, digits: 3)
    let paddedSeconds = seconds.count < 6 ? "0" + seconds : seconds
    if hours > 0 {
        let paddedMinutes = minutes < 10 ? "0\(Int(minutes))" : "\(Int(minutes))"
        return "\(Int(hours)):\(paddedMinutes):\(paddedSeconds) (h:mm:ss.mmm)"
    }
    return "\(Int(minutes)):\(paddedSeconds) (m:ss.mmm)"
}

/// `value.toFixed(digits)` for non-negative values.
func fixed(_ value: Double, digits: Int) -> String {
    var scale = 1.0
    for _ in 0..<digits { scale *= 10 }
    let scaled = Int64((value * scale).rounded())
    let whole = scaled / Int64(scale)
    var fraction = String(scaled % Int64(scale))
    while fraction.count < digits { fraction = "0" + fraction }
    return digits == 0 ? "\(whole)" : "\(whole).\(fraction)"
}

enum OutputStream {
    case standardOutput, standardError
}

/// Writes one line. Stdout goes through the C library's buffer (flushed at exit and before
/// anything is written to stderr, so the two streams interleave as they were written).
func writeLine(_ line: String, to stream: OutputStream) {
    switch stream {
    case .standardOutput:
        print(line)
    case .standardError:
        fflush(nil)
        var text = line
        text.append("\n")
        text.withUTF8 { bytes in
            var offset = 0
            while offset < bytes.count {
                let written = write(2, bytes.baseAddress! + offset, bytes.count - offset)
                if written <= 0 { return }
                offset += written
            }
        }
    }
}
