import Testing
@testable import NodeLoop
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Whether the tests run as the superuser, who passes `W_OK` and `R_OK` checks on any file.
var pathsTestsRunAsRoot: Bool { getuid() == 0 }
