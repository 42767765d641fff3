#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Every read and write of the environment through ``ProcessEnvironment`` holds this lock:
/// `setenv` may move `environ` while `getenv` walks it, and C leaves making them safe
/// together to the caller. The environment itself lives in libc, so the guarded value is a
/// placeholder byte: a zero-sized `Void` would share its address with the lock's mutex pointer,
/// and ThreadSanitizer reports that overlap as a race.
private let environmentLock = Locked<UInt8>(0)

/// Node's `process.env`: the operating-system process's real environment, read and written.
///
/// It is shared by every thread, workers included, as a Node worker created with
/// `env: SHARE_ENV` shares it (a Node worker otherwise gets a copy). A write is at once what
/// `getenv` returns and what a child spawned without its own `env` inherits.
///
/// ```swift
/// process.env["LOG_LEVEL"] = "debug"     // process.env.LOG_LEVEL = 'debug'
/// let level = process.env["LOG_LEVEL"]   // "debug"
/// process.env["LOG_LEVEL"] = nil         // delete process.env.LOG_LEVEL
/// ```
///
/// Node turns any assigned value into a string (`process.env.PORT = 80` stores `"80"`); in Swift
/// the caller writes `String(80)`. As in Node, a name libc refuses (empty, or holding `=`) is
/// neither stored nor an error. Reads and writes made through this type are serialised by a
/// lock; C code calling `setenv` on another thread at the same time is not covered by it.
public struct ProcessEnvironment: Sendable, Sequence {
    /// The value of the variable `name`, nil when it is not set. Setting nil removes the variable
    /// (Node's `delete process.env.NAME`).
    public subscript(name: String) -> String? {
        get {
            environmentLock.withLock { _ in getenv(name).map { String(cString: $0) } }
        }
        nonmutating set {
            environmentLock.withLock { _ in
                // A refused name (empty or with `=`) fails with EINVAL; Node ignores it too.
                if let newValue {
                    _ = setenv(name, newValue, 1)
                } else {
                    _ = unsetenv(name)
                }
            }
        }
    }

    /// The names of every variable now set, in the environment's order (Node's
    /// `Object.keys(process.env)`).
    public var keys: [String] {
        entries().map(\.name)
    }

    /// Every variable now set, by name: what `{ ...process.env }` copies, for example to give a
    /// child its parent's environment plus a few variables.
    public var dictionary: [String: String] {
        Dictionary(entries().map { ($0.name, $0.value) }, uniquingKeysWith: { first, _ in first })
    }

    /// Iterates over a snapshot of the variables taken when the iteration starts, so that
    /// writes made while iterating are not seen (as `Object.entries(process.env)`).
    public func makeIterator() -> IndexingIterator<[(name: String, value: String)]> {
        entries().makeIterator()
    }

    /// Every `NAME=value` of `environ`, split at the first `=`, copied under the lock.
    private func entries() -> [(name: String, value: String)] {
        environmentLock.withLock { _ in
            var entries: [(name: String, value: String)] = []
            guard var cursor = currentEnvironment() else { return entries }
            while let entry = cursor.pointee {
                let text = String(cString: entry)
                if let equals = text.firstIndex(of: "=") {
                    entries.append((String(text[..<equals]), String(text[text.index(after: equals)...])))
                }
                cursor += 1
            }
            return entries
        }
    }
}

/// The C `environ` array, which `setenv` may replace: read it again for every walk.
private func currentEnvironment() -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? {
    #if canImport(Darwin)
    return _NSGetEnviron()?.pointee
    #else
    return environ
    #endif
}
