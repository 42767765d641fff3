#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Node's `fs` module for the calling thread's loop.
///
/// Each function comes in Node's three forms:
/// - callback: `fs.stat(path) { error, stats in }`, the callback runs on the loop in the poll
///   phase, as a macrotask (microtasks drain after it);
/// - synchronous: `try fs.statSync(path)`, blocking the calling thread;
/// - promise: `fs.promises.stat(path)`, a ``Promise`` settled on the loop.
///
/// Failures are ``NodeError``s in Node's shape (`code`, `errno`, `syscall`, `path`, `dest`, and
/// Node's message). A bad argument (a path with a NUL byte, an unknown flag, a negative length)
/// is thrown at the call in the callback and synchronous forms, as Node throws it, and rejects
/// the promise in the promise form.
///
/// ```swift
/// try fs.stat("/etc/hosts") { error, stats in
///     if let error { console.log(error.code); return }
///     console.log(stats!.size)
/// }
/// ```
public let fs = FileSystem()

/// The type of ``fs``.
public struct FileSystem: Sendable {
    /// Node's `fs.promises`: the same functions, returning promises.
    public var promises: FileSystemPromises { FileSystemPromises() }
}

/// The type of `fs.promises`.
public struct FileSystemPromises: Sendable {}

// MARK: - Argument checks shared by every fs call

extension FileSystemCalls {
    /// Node's check on a path: no NUL byte (C would cut the path short there).
    static func checkPath(_ path: String, argument name: String = "path") throws {
        // Searched with `memchr` in the string's contiguous UTF-8 storage where it has one
        // (native strings always do): through the generic `UTF8View` iterator, the search cost
        // about 30 instructions a byte, a thousand on a short path, more than the rest of
        // `fs.stat`.
        let hasNul = path.utf8.withContiguousStorageIfAvailable { bytes in
            bytes.baseAddress.map { memchr($0, 0, bytes.count) != nil } ?? false
        } ?? path.utf8.contains(0)
        if hasNul {
            throw NodeError.invalidArgumentValue(name, path, reason: "must be a string, Uint8Array, or URL without null bytes")
        }
    }

    /// Node's check on a file descriptor: not negative.
    static func checkDescriptor(_ fd: Int32) throws {
        if fd < 0 {
            throw NodeError.outOfRange("fd", mustBe: ">= 0 && <= 2147483647", received: Int64(fd))
        }
    }
}
