import CLibUV
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// What the process has used: memory, processor time, the kernel's resource counters and the
// time since it started. All of it is the whole process's, every thread included.

extension NodeProcess {
    /// Memory use: `process.memoryUsage()` and `process.memoryUsage.rss()`.
    public var memoryUsage: ProcessMemoryUsage { ProcessMemoryUsage() }

    /// Processor time used by the process, in microseconds (Node's `process.cpuUsage()`), or the
    /// time used since `previous` when given (`process.cpuUsage(previous)`).
    public func cpuUsage(_ previous: CPUUsage? = nil) -> CPUUsage {
        let usage = ResourceUsage.now()
        let now = CPUUsage(user: usage.userCPUTime, system: usage.systemCPUTime)
        guard let previous else { return now }
        return CPUUsage(user: now.user - previous.user, system: now.system - previous.system)
    }

    /// The kernel's resource counters for the process (Node's `process.resourceUsage()`).
    public func resourceUsage() -> ResourceUsage {
        ResourceUsage.now()
    }

    /// Seconds since the process started, with a fractional part (Node's `process.uptime()`);
    /// `os.uptime()` is the system's.
    public func uptime() -> Double {
        Double(uv_hrtime() &- processStartTime) / 1_000_000_000
    }
}

/// What ``NodeProcess/cpuUsage(_:)`` returns: microseconds of processor time.
public struct CPUUsage: Sendable, Equatable {
    /// Microseconds spent running the program's own code.
    public var user: Int
    /// Microseconds spent in the kernel on the program's behalf.
    public var system: Int

    /// A usage of `user` and `system` microseconds, for example one saved to compare with later.
    public init(user: Int, system: Int) {
        self.user = user
        self.system = system
    }
}

/// The `uv_hrtime()` clock's reading when the process started.
///
/// Node reads the clock in its `main`. A library starts later, so on Linux NodeLoop asks the
/// kernel when the process started (`/proc/self/stat`, in clock ticks of 10 ms since boot) and
/// subtracts the time since then from the clock; elsewhere, or if that fails, it counts from the
/// first use of ``NodeProcess/uptime()``.
private let processStartTime: UInt64 = {
    let now = uv_hrtime()
    guard let age = processAgeInNanoseconds(), age < now else { return now }
    return now - age
}()

/// How long ago the process started, from the kernel's start time and the boot-time clock.
private func processAgeInNanoseconds() -> UInt64? {
    #if os(Linux)
    guard let file = fopen("/proc/self/stat", "r") else { return nil }
    defer { fclose(file) }
    var buffer = [CChar](repeating: 0, count: 1_024)
    guard fgets(&buffer, Int32(buffer.count), file) != nil else { return nil }
    let line = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    // The command name in parentheses may hold spaces; the fields after it are plain. The
    // start time is field 22 of the line, so the 20th after the closing parenthesis.
    guard let close = line.lastIndex(of: ")") else { return nil }
    let fields = line[line.index(after: close)...].split(separator: " ")
    guard fields.count > 19, let ticks = UInt64(fields[19]) else { return nil }
    let ticksPerSecond = UInt64(sysconf(Int32(_SC_CLK_TCK)))
    var boot = timespec()
    guard ticksPerSecond > 0, clock_gettime(CLOCK_BOOTTIME, &boot) == 0 else { return nil }
    let sinceBoot = UInt64(boot.tv_sec) * 1_000_000_000 + UInt64(boot.tv_nsec)
    let startedAfterBoot = ticks * (1_000_000_000 / ticksPerSecond)
    return sinceBoot >= startedAfterBoot ? sinceBoot - startedAfterBoot : nil
    #else
    return nil
    #endif
}
