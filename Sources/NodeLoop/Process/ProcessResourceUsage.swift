import CLibUV
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Node's `process.memoryUsage`: call it for every figure, or ``rss()`` for the cheapest one.
///
/// Node's figures describe V8's heap; NodeLoop has no JavaScript heap, so it gives the nearest
/// honest figures for a Swift program (see ``MemoryUsage``).
public struct ProcessMemoryUsage: Sendable {
    /// Every figure now (Node's `process.memoryUsage()`).
    public func callAsFunction() -> MemoryUsage {
        let heap = MallocHeap.now()
        return MemoryUsage(rss: rss(), heapTotal: heap.total, heapUsed: heap.used, external: 0, arrayBuffers: 0)
    }

    /// The resident set size in bytes (Node's `process.memoryUsage.rss()`), from libuv's
    /// `uv_resident_set_memory`; 0 if the system cannot tell.
    public func rss() -> Int {
        var bytes = 0
        return uv_resident_set_memory(&bytes) == 0 ? bytes : 0
    }
}

/// What `process.memoryUsage()` returns, in bytes, with Node's field names.
public struct MemoryUsage: Sendable, Equatable {
    /// The resident set size: the process's memory held in RAM (the same figure as Node's).
    public var rss: Int
    /// The memory the C allocator has taken from the system (glibc's `mallinfo2`: `arena`
    /// plus `hblkhd`), where Node gives the size of V8's heap; 0 where there is no `mallinfo2`
    /// or another allocator replaces glibc's (a sanitizer's).
    public var heapTotal: Int
    /// The part of ``heapTotal`` in allocated blocks (`uordblks` plus `hblkhd`), where Node gives
    /// the part of V8's heap in use: Swift objects, arrays and strings all live there.
    public var heapUsed: Int
    /// Always 0: Node counts here the C++ memory tied to JavaScript objects; a Swift program's
    /// memory is all in ``heapUsed``.
    public var external: Int
    /// Always 0: Node counts here the memory of `ArrayBuffer`s and `Buffer`s; NodeLoop's
    /// `Buffer`s are Swift arrays, counted in ``heapUsed``.
    public var arrayBuffers: Int
}

/// The C allocator's totals, in bytes.
private struct MallocHeap {
    let total: Int
    let used: Int

    static func now() -> MallocHeap {
        var total = 0
        var used = 0
        nodeloop_malloc_totals(&total, &used)
        return MallocHeap(total: total, used: used)
    }
}

/// What `process.resourceUsage()` returns: the kernel's counters (`getrusage`) with Node's names.
/// Times are in microseconds and ``maxRSS`` in kibibytes, as in Node.
public struct ResourceUsage: Sendable, Equatable {
    /// Microseconds spent running the program's own code.
    public var userCPUTime: Int
    /// Microseconds spent in the kernel on the program's behalf.
    public var systemCPUTime: Int
    /// The largest resident set size so far, in kibibytes.
    public var maxRSS: Int
    /// Integral shared memory size (0 on Linux, which does not keep it).
    public var sharedMemorySize: Int
    /// Integral unshared data size (0 on Linux).
    public var unsharedDataSize: Int
    /// Integral unshared stack size (0 on Linux).
    public var unsharedStackSize: Int
    /// Page faults served without reading from disk.
    public var minorPageFault: Int
    /// Page faults that read from disk.
    public var majorPageFault: Int
    /// Times the process was swapped out (0 on Linux).
    public var swappedOut: Int
    /// Blocks read by the file system.
    public var fsRead: Int
    /// Blocks written by the file system.
    public var fsWrite: Int
    /// IPC messages sent (0 on Linux).
    public var ipcSent: Int
    /// IPC messages received (0 on Linux).
    public var ipcReceived: Int
    /// Signals received (0 on Linux).
    public var signalsCount: Int
    /// Times the process gave up the processor before its time slice ended, usually to wait.
    public var voluntaryContextSwitches: Int
    /// Times the process was made to give up the processor.
    public var involuntaryContextSwitches: Int

    /// The counters now, from libuv's `uv_getrusage`; all 0 if it fails.
    static func now() -> ResourceUsage {
        var usage = uv_rusage_t()
        _ = uv_getrusage(&usage)
        func microseconds(_ time: uv_timeval_t) -> Int { Int(time.tv_sec) * 1_000_000 + Int(time.tv_usec) }
        return ResourceUsage(
            userCPUTime: microseconds(usage.ru_utime),
            systemCPUTime: microseconds(usage.ru_stime),
            maxRSS: Int(usage.ru_maxrss),
            sharedMemorySize: Int(usage.ru_ixrss),
            unsharedDataSize: Int(usage.ru_idrss),
            unsharedStackSize: Int(usage.ru_isrss),
            minorPageFault: Int(usage.ru_minflt),
            majorPageFault: Int(usage.ru_majflt),
            swappedOut: Int(usage.ru_nswap),
            fsRead: Int(usage.ru_inblock),
            fsWrite: Int(usage.ru_oublock),
            ipcSent: Int(usage.ru_msgsnd),
            ipcReceived: Int(usage.ru_msgrcv),
            signalsCount: Int(usage.ru_nsignals),
            voluntaryContextSwitches: Int(usage.ru_nvcsw),
            involuntaryContextSwitches: Int(usage.ru_nivcsw)
        )
    }
}
