import CLibUV
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// The process-wide settings a program inherits and changes: environment variables, working
// directory and file-creation mask. They belong to the operating-system process, not to a loop,
// so every thread sees the same ones.

extension NodeProcess {
    /// The environment, read and written (Node's `process.env`); see ``ProcessEnvironment``.
    public var env: ProcessEnvironment { ProcessEnvironment() }

    /// The working directory (Node's `process.cwd()`).
    ///
    /// - Throws: Node's `uv_cwd` error when the directory has been removed.
    public func cwd() throws -> String {
        try currentWorkingDirectory()
    }

    /// Changes the working directory of the whole process (Node's `process.chdir`).
    ///
    /// - Throws: Node's error, with the old directory as `path` and `directory` as `dest`:
    ///   `ENOENT: no such file or directory, chdir '/home/me' -> 'missing'`.
    public func chdir(_ directory: String) throws {
        let status = uv_chdir(directory)
        guard status == 0 else {
            let current = try? cwd()
            throw NodeError.system(status, syscall: "chdir", path: current, dest: directory)
        }
    }

    /// Sets the file-creation mask to `mask` and returns the mask it replaces (Node's
    /// `process.umask(mask)`); without `mask`, returns the mask unchanged (`process.umask()`).
    /// The system keeps only the permission bits, `mask & 0o777`.
    ///
    /// Reading the mask means setting it and setting it back, as in Node: a file created by
    /// another thread in between gets mode bits masked with 0.
    ///
    /// - Throws: Node's `ERR_OUT_OF_RANGE` for a mask below 0 or above 2³² − 1.
    @discardableResult
    public func umask(_ mask: Int? = nil) throws -> Int {
        guard let mask else {
            let current = replaceFileCreationMask(0)
            _ = replaceFileCreationMask(current)
            return Int(current)
        }
        guard (0...Int(UInt32.max)).contains(mask) else {
            throw NodeError.outOfRange("mask", mustBe: ">= 0 && <= 4294967295", received: Int64(mask))
        }
        return Int(replaceFileCreationMask(mode_t(truncatingIfNeeded: mask)))
    }
}

/// C's `umask`, which ``NodeProcess/umask(_:)`` hides inside `NodeProcess`.
private func replaceFileCreationMask(_ mask: mode_t) -> mode_t {
    umask(mask)
}

/// The working directory, from libuv's `uv_cwd`: ``NodeProcess/cwd()``, and what `fs` resolves
/// relative paths against.
///
/// - Throws: Node's `uv_cwd` error when the directory has been removed.
func currentWorkingDirectory() throws -> String {
    var size = 4_096
    while true {
        var buffer = [CChar](repeating: 0, count: size)
        var length = size
        let status = uv_cwd(&buffer, &length)
        if status == UV_ENOBUFS.rawValue {
            size = length + 1
            continue
        }
        if status < 0 { throw NodeError.system(status, syscall: "uv_cwd") }
        return String(decoding: buffer.prefix(length).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
