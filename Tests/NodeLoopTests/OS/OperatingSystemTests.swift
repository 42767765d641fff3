import Testing
@testable import NodeLoop
#if canImport(Glibc)
import Glibc
#endif

/// `os` reports what the system itself reports (the twin shows Node's shape; these check the
/// values against the C library).
@Suite struct OperatingSystemTests {
    @Test func cpusAndMemoryMatchTheSystem() {
        #expect(os.cpus().count == sysconf(Int32(_SC_NPROCESSORS_ONLN)))
        #expect(os.availableParallelism() >= 1 && os.availableParallelism() <= os.cpus().count)
        #expect(os.totalmem() == UInt64(sysconf(Int32(_SC_PHYS_PAGES))) * UInt64(sysconf(Int32(_SC_PAGESIZE))))
    }

    @Test func namesMatchUname() {
        var name = utsname()
        #expect(uname(&name) == 0)
        let release = withUnsafeBytes(of: name.release) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
        let sysname = withUnsafeBytes(of: name.sysname) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
        #expect(os.release() == release)
        #expect(os.type() == sysname)
    }

    @Test func hostnameMatchesGethostname() {
        var buffer = [CChar](repeating: 0, count: 256)
        #expect(gethostname(&buffer, buffer.count) == 0)
        #expect(os.hostname() == String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self))
    }
}
