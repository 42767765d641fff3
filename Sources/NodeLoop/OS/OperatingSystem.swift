import CLibUV
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Node's `os` module: what the machine offers, for sizing pools and reporting.
///
/// ```swift
/// let pool = WorkerPool<Int, Int>(threads: os.availableParallelism()) { countPrimes(below: $0) }
/// console.log(os.cpus().count, "CPUs,", os.freemem() / 1_048_576, "MiB free")
/// ```
public let os = OperatingSystem()

/// The type of ``os``. Every value is read when asked for, from libuv as Node reads it.
public struct OperatingSystem: Sendable {
    /// The line ending of the platform (`"\n"`).
    public let EOL = "\n"

    /// How many threads can usefully run at once: the CPUs this process may run on (Node's
    /// `os.availableParallelism()`), at least 1. The usual size of a worker pool.
    public func availableParallelism() -> Int {
        Int(uv_available_parallelism())
    }

    /// One entry per logical CPU: its model, speed and the time it has spent in each mode.
    /// Some virtual machines report a speed of 0, as Node shows them.
    public func cpus() -> [CPUInfo] {
        var infos: UnsafeMutablePointer<uv_cpu_info_t>?
        var count: Int32 = 0
        guard uv_cpu_info(&infos, &count) == 0, let infos else { return [] }
        defer { uv_free_cpu_info(infos, count) }
        return (0..<Int(count)).map { index in
            let info = infos[index]
            let times = info.cpu_times
            return CPUInfo(
                model: info.model.map { String(cString: $0) } ?? "",
                speed: Int(info.speed),
                times: CPUTimes(user: times.user, nice: times.nice, sys: times.sys, idle: times.idle, irq: times.irq)
            )
        }
    }

    /// The memory of the machine, in bytes.
    public func totalmem() -> UInt64 {
        uv_get_total_memory()
    }

    /// The memory available to start new programs without swapping, in bytes: the kernel's
    /// `MemAvailable`, which Node v20 reports (free memory plus what caches would give back).
    public func freemem() -> UInt64 {
        if let available = Self.meminfoValue("MemAvailable:") { return available }
        return uv_get_free_memory()
    }

    /// The 1, 5 and 15 minute load averages.
    public func loadavg() -> [Double] {
        var averages: (Double, Double, Double) = (0, 0, 0)
        withUnsafeMutablePointer(to: &averages) { pointer in
            pointer.withMemoryRebound(to: Double.self, capacity: 3) { uv_loadavg($0) }
        }
        return [averages.0, averages.1, averages.2]
    }

    /// Seconds since the machine started.
    public func uptime() -> Double {
        var seconds = 0.0
        return uv_uptime(&seconds) == 0 ? seconds : 0
    }

    /// The machine's host name.
    public func hostname() -> String {
        Self.libuvString { buffer, size in uv_os_gethostname(buffer, size) }
    }

    /// The current user's home directory: `HOME`, or the password database's entry.
    public func homedir() -> String {
        Self.libuvString { buffer, size in uv_os_homedir(buffer, size) }
    }

    /// The directory for temporary files, as Node finds it: `TMPDIR`, `TMP` or `TEMP`, else
    /// `/tmp`, without a trailing slash.
    public func tmpdir() -> String {
        for name in ["TMPDIR", "TMP", "TEMP"] {
            if let value = getenv(name).map({ String(cString: $0) }), !value.isEmpty {
                return value.count > 1 && value.hasSuffix("/") ? String(value.dropLast()) : value
            }
        }
        return "/tmp"
    }

    /// `"linux"` (Node's `process.platform`).
    public func platform() -> String {
        #if os(Linux)
        return "linux"
        #elseif os(macOS)
        return "darwin"
        #else
        return type().lowercased()
        #endif
    }

    /// The kernel's name, `"Linux"` (`uname -s`).
    public func type() -> String {
        uname().sysname
    }

    /// The kernel's release (`uname -r`).
    public func release() -> String {
        uname().release
    }

    /// The CPU architecture as Node names it: `"x64"`, `"arm64"`.
    public func arch() -> String {
        #if arch(x86_64)
        return "x64"
        #elseif arch(arm64)
        return "arm64"
        #elseif arch(i386)
        return "ia32"
        #else
        return uname().machine
        #endif
    }

    /// The byte order of the CPU: `"LE"` or `"BE"`.
    public func endianness() -> String {
        1.littleEndian == 1 ? "LE" : "BE"
    }

    private func uname() -> (sysname: String, release: String, machine: String) {
        var name = uv_utsname_t()
        guard uv_os_uname(&name) == 0 else { return ("", "", "") }
        func text<T>(_ field: T) -> String {
            withUnsafeBytes(of: field) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
        }
        return (text(name.sysname), text(name.release), text(name.machine))
    }

    /// A string libuv writes into a caller's buffer, growing the buffer when libuv asks.
    private static func libuvString(_ read: (UnsafeMutablePointer<CChar>, UnsafeMutablePointer<Int>) -> Int32) -> String {
        var capacity = 256
        while true {
            var buffer = [CChar](repeating: 0, count: capacity)
            var size = capacity
            let status = buffer.withUnsafeMutableBufferPointer { read($0.baseAddress!, &size) }
            if status == UV_ENOBUFS.rawValue, size > capacity {
                capacity = size + 1
                continue
            }
            guard status == 0 else { return "" }
            return String(decoding: buffer.prefix(size).map { UInt8(bitPattern: $0) }, as: UTF8.self)
        }
    }

    /// A `/proc/meminfo` line's value in bytes (the file gives kB), or nil.
    private static func meminfoValue(_ key: String) -> UInt64? {
        guard let meminfo = try? fs.readFileSync("/proc/meminfo", encoding: .utf8),
              let line = meminfo.split(separator: "\n").first(where: { $0.hasPrefix(key) }) else { return nil }
        return UInt64(line.dropFirst(key.count).filter(\.isNumber)).map { $0 * 1024 }
    }
}

/// One logical CPU, as `os.cpus()` describes it.
public struct CPUInfo: Sendable, Equatable {
    /// The CPU's model name.
    public let model: String
    /// Its speed in MHz (0 where the machine does not say).
    public let speed: Int
    /// The time it has spent in each mode since the machine started.
    public let times: CPUTimes
}

/// The milliseconds a CPU has spent in each mode.
public struct CPUTimes: Sendable, Equatable {
    /// Running user programs.
    public let user: UInt64
    /// Running user programs at lowered priority.
    public let nice: UInt64
    /// Running the kernel.
    public let sys: UInt64
    /// Idle.
    public let idle: UInt64
    /// Serving interrupts.
    public let irq: UInt64
}
