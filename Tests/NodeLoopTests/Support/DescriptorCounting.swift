import Synchronization

/// Tests that count the process's open descriptors and tests that open many at once take turns
/// through this lock: the suites run in parallel in one process, so a count taken while another
/// test holds a hundred sockets open would see them as a leak.
enum DescriptorCounting {
    private static let lock = Mutex(())

    /// Runs `body` while no other counting or descriptor-heavy test runs.
    static func exclusively<Result>(_ body: () throws -> Result) throws -> Result {
        try lock.withLock { _ in try body() }
    }
}
