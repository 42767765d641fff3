import Testing
@testable import NodeLoop
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// chmod, chown, utimes and their descriptor, link and FileHandle forms. Expected values and
/// messages are what node v20 prints for the same calls.
@Suite struct PathsPermissionsTests {
    private func permissions(_ path: String) throws -> String {
        String(try fs.statSync(path).mode & 0o777, radix: 8)
    }

    // MARK: chmod

    @Test func chmodSetsBitsFromANumberOrAnOctalStringInEachForm() throws {
        let scratch = try ScratchDirectory("paths")
        defer { scratch.remove() }
        let a = try scratch.file("a"), b = try scratch.file("b"), c = try scratch.file("c")
        var callbackError: NodeError? = NodeError("not called")
        try runOnFreshLoop {
            try fs.chmodSync(a, 0o640)
            try fs.chmod(b, "751") { error in callbackError = error }
            _ = fs.promises.chmod(c, FileMode(octal: "604"))
        }
        #expect(callbackError == nil)
        #expect(try permissions(a) == "640")
        #expect(try permissions(b) == "751")
        #expect(try permissions(c) == "604")
    }

    @Test func chmodKeepsTheSpecialBits() throws {
        let scratch = try ScratchDirectory("paths")
        defer { scratch.remove() }
        let file = try scratch.file("file")
        try fs.chmodSync(file, 0o17777)
        #expect(String(try fs.statSync(file).mode, radix: 8) == "107777")
    }

    @Test func chmodFollowsASymbolicLink() throws {
        let scratch = try ScratchDirectory("paths")
        defer { scratch.remove() }
        let file = try scratch.file("file")
        try fs.symlinkSync("file", scratch["link"])
        try fs.chmodSync(scratch["link"], 0o600)
        #expect(try permissions(file) == "600")
        #expect(String(try fs.lstatSync(scratch["link"]).mode & 0o777, radix: 8) == "777")
    }

    @Test func fchmodAndTheFileHandleSetTheBitsOfAnOpenFile() throws {
        let scratch = try ScratchDirectory("paths")
        defer { scratch.remove() }
        let file = try scratch.file("file")
        let fd = try fs.openSync(file)
        defer { try? fs.closeSync(fd) }
        try fs.fchmodSync(fd, 0o604)
        #expect(try permissions(file) == "604")
        var seen: [String] = []
        try runOnFreshLoop {
            try fs.fchmod(fd, 0o640) { error in
                seen.append("callback \(error?.code ?? "ok") \((try? permissions(file)) ?? "")")
                fs.promises.open(file).then { handle -> Promise<Void> in
                    handle.chmod(0o444).then { () -> Promise<Void> in
                        seen.append("handle \((try? permissions(file)) ?? "")")
                        return handle.close()
                    }
                }
            }
        }
        #expect(seen == ["callback ok 640", "handle 444"])
    }

    @Test func fchmodOfAClosedDescriptorFailsWithEBADF() throws {
        let error = #expect(throws: NodeError.self) { try fs.fchmodSync(Int32.max, 0o644) }
        #expect(error?.code == "EBADF")
        #expect(error?.errno == -9)
        #expect(error?.message == "EBADF: bad file descriptor, fchmod")
        #expect(error?.path == nil)
    }

    // MARK: chown

    @Test func chownToTheCurrentOwnerAndMinusOneSucceedInEachForm() throws {
        let scratch = try ScratchDirectory("paths")
        defer { scratch.remove() }
        let file = try scratch.file("file")
        try fs.symlinkSync("file", scratch["link"])
        let (uid, gid) = (Int64(getuid()), Int64(getgid()))
        let fd = try fs.openSync(file)
        defer { try? fs.closeSync(fd) }
        var outcomes: [String] = []
        try runOnFreshLoop {
            try fs.chownSync(file, uid, gid)
            try fs.chownSync(file, -1, -1)
            try fs.lchownSync(scratch["link"], uid, -1)
            try fs.fchownSync(fd, -1, gid)
            try fs.chown(file, uid, gid) { error in outcomes.append("chown \(error?.code ?? "ok")") }
            try fs.lchown(scratch["link"], uid, gid) { error in outcomes.append("lchown \(error?.code ?? "ok")") }
            try fs.fchown(fd, uid, gid) { error in outcomes.append("fchown \(error?.code ?? "ok")") }
            fs.promises.chown(file, uid, gid).then { outcomes.append("promise chown ok") }
            fs.promises.lchown(scratch["link"], -1, -1).then { outcomes.append("promise lchown ok") }
        }
        #expect(outcomes.sorted() == ["chown ok", "fchown ok", "lchown ok", "promise chown ok", "promise lchown ok"])
        #expect(try fs.statSync(file).uid == UInt64(uid))
        #expect(try fs.lstatSync(scratch["link"]).gid == UInt64(gid))
    }

    @Test func lchownOfAMissingPathNamesLchown() throws {
        let scratch = try ScratchDirectory("paths")
        defer { scratch.remove() }
        let error = #expect(throws: NodeError.self) { try fs.lchownSync(scratch["missing"], 0, 0) }
        #expect(error?.message == "ENOENT: no such file or directory, lchown '\(scratch["missing"])'")
    }

    // MARK: utimes

    @Test func utimesSetsTimesFromSecondsWithFractionsInEachForm() throws {
        let scratch = try ScratchDirectory("paths")
        defer { scratch.remove() }
        let a = try scratch.file("a"), b = try scratch.file("b"), c = try scratch.file("c")
        var callbackError: NodeError? = NodeError("not called")
        try runOnFreshLoop {
            try fs.utimesSync(a, 1000.5, 2000.25)
            try fs.utimes(b, 0, 1_700_000_000) { error in callbackError = error }
            _ = fs.promises.utimes(c, 5, 6)
        }
        #expect(callbackError == nil)
        #expect(try fs.statSync(a).atimeMs == 1_000_500)
        #expect(try fs.statSync(a).mtimeMs == 2_000_250)
        #expect(try fs.statSync(b).atimeMs == 0)
        #expect(try fs.statSync(b).mtimeMs == 1_700_000_000_000)
        #expect(try fs.statSync(c).mtimeMs == 6_000)
    }

    /// libuv keeps microseconds, as Node shows: 1700000000.123456789 s is 1700000000123.456 ms.
    @Test func utimesKeepsMicroseconds() throws {
        let scratch = try ScratchDirectory("paths")
        defer { scratch.remove() }
        let file = try scratch.file("file")
        try fs.utimesSync(file, 1.5, 1_700_000_000.123456789)
        #expect(try fs.statSync(file).mtimeMs == 1_700_000_000_123.456)
        #expect(try fs.statSync(file).atimeMs == 1_500)
    }

    @Test func aNegativeTimeMeansNowAndMinusZeroIsTheEpoch() throws {
        let scratch = try ScratchDirectory("paths")
        defer { scratch.remove() }
        let file = try scratch.file("file")
        let before = Double(time(nil) - 1) * 1_000
        try fs.utimesSync(file, -5, -0.0)
        let stats = try fs.statSync(file)
        #expect(stats.atimeMs >= before && stats.atimeMs < before + 60_000)
        #expect(stats.mtimeMs == 0)
    }

    @Test func utimesBeyondWhatTheKernelTakesFailsWithEINVAL() throws {
        let scratch = try ScratchDirectory("paths")
        defer { scratch.remove() }
        let file = try scratch.file("file")
        let error = #expect(throws: NodeError.self) { try fs.utimesSync(file, 1e20, 1e20) }
        #expect(error?.message == "EINVAL: invalid argument, utime '\(file)'")
    }

    @Test func futimesLutimesAndTheFileHandleSetTimes() throws {
        let scratch = try ScratchDirectory("paths")
        defer { scratch.remove() }
        let file = try scratch.file("file")
        let link = scratch["link"]
        try fs.symlinkSync("file", link)
        let fd = try fs.openSync(file)
        defer { try? fs.closeSync(fd) }
        try fs.futimesSync(fd, 3000, 4000.125)
        #expect(try fs.statSync(file).mtimeMs == 4_000_125)
        try fs.lutimesSync(link, 10, 20)
        #expect(try fs.lstatSync(link).mtimeMs == 20_000)
        #expect(try fs.statSync(file).mtimeMs == 4_000_125)
        var seen: [String] = []
        try runOnFreshLoop {
            try fs.futimes(fd, 1, 2) { error in seen.append("futimes \(error?.code ?? "ok")") }
            try fs.lutimes(link, 3, 4) { error in seen.append("lutimes \(error?.code ?? "ok")") }
            fs.promises.lutimes(scratch["missing"], 1, 1).catch { error -> Void in
                seen.append("promise lutimes \((error as? NodeError)?.syscall ?? "")")
            }
            fs.promises.open(file).then { handle -> Promise<Void> in
                handle.utimes(7, 8).finally { handle.close() }
            }.then { seen.append("handle \(Int((try? fs.statSync(file).mtimeMs) ?? 0))") }
        }
        #expect(seen.sorted() == ["futimes ok", "handle 8000", "lutimes ok", "promise lutimes lutime"])
        #expect(try fs.lstatSync(link).mtimeMs == 4_000)
    }

    @Test func futimesOfAClosedDescriptorNamesFutime() throws {
        let error = #expect(throws: NodeError.self) { try fs.futimesSync(Int32.max, 1, 1) }
        #expect(error?.message == "EBADF: bad file descriptor, futime")
    }

    // MARK: FileHandle after close

    @Test func aClosedFileHandleRejectsWithFileClosedAndNodesSyscalls() throws {
        let scratch = try ScratchDirectory("paths")
        defer { scratch.remove() }
        let file = try scratch.file("file")
        var errors: [String] = []
        try runOnFreshLoop {
            fs.promises.open(file).then { handle -> Promise<Void> in
                handle.close().then { () -> Promise<[SettledResult<Void>]> in
                    Promise.allSettled([handle.chmod(0o644), handle.chown(0, 0), handle.utimes(1, 1)])
                }.then { results in
                    for result in results {
                        if case .rejected(let error) = result, let error = error as? NodeError {
                            errors.append("\(error.code ?? "") \(error.message) \(error.syscall ?? "")")
                        }
                    }
                }
            }
        }
        #expect(errors == ["EBADF file closed fchmod", "EBADF file closed fchown", "EBADF file closed futimes"])
    }
}
