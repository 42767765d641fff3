import Testing
@testable import NodeLoop

/// `readFile`, `writeFile` and `appendFile` in their three forms: whole files as bytes and as
/// text, sizes the kernel does not know, the descriptor closed on every path, and Node's errors;
/// expected values were printed by node v20.
@Suite struct DataWholeFileTests {
    // node: writeFileSync(p, 'héllo'); readFileSync(p) -> <Buffer 68 c3 a9 6c 6c 6f>;
    // readFileSync(p, 'hex') -> '68c3a96c6c6f'; (p, 'base64') -> 'aMOpbGxv'; (p, 'latin1') -> 'hÃ©llo'
    @Test func readFileSyncGivesTheBytesOrTheirTextInEachEncoding() throws {
        try ScratchDirectory.with("data") { dir in
            let path = dir + "/a.txt"
            try fs.writeFileSync(path, "h\u{E9}llo")
            #expect(try fs.readFileSync(path).bytes == [0x68, 0xC3, 0xA9, 0x6C, 0x6C, 0x6F])
            #expect(try fs.readFileSync(path, encoding: .utf8) == "h\u{E9}llo")
            #expect(try fs.readFileSync(path, encoding: .hex) == "68c3a96c6c6f")
            #expect(try fs.readFileSync(path, encoding: .base64) == "aMOpbGxv")
            #expect(try fs.readFileSync(path, encoding: "UTF8") == "h\u{E9}llo")
            #expect(try fs.readFileSync(path, encoding: .latin1) == "h\u{C3}\u{A9}llo")
        }
    }

    @Test func theCallbackAndPromiseFormsGiveWhatTheSyncFormGives() throws {
        try ScratchDirectory.with("data") { dir in
            let path = dir + "/a.txt"
            try fs.writeFileSync(path, "h\u{E9}llo")
            var results: [String] = []
            try runOnFreshLoop {
                try fs.readFile(path) { error, bytes in results.append("callback bytes \(bytes?.length ?? -1)") }
                try fs.readFile(path, encoding: .hex) { error, text in results.append("callback hex \(text ?? "-")") }
                fs.promises.readFile(path).then { results.append("promise bytes \($0.length)") }
                fs.promises.readFile(path, encoding: .utf8).then { results.append("promise utf8 \($0)") }
            }
            #expect(results.sorted() == [
                "callback bytes 6", "callback hex 68c3a96c6c6f", "promise bytes 6", "promise utf8 h\u{E9}llo",
            ])
        }
    }

    // The round trip of a few MiB through the Sync forms, every byte value included.
    @Test func writeFileSyncThenReadFileSyncRoundTripsAFewMebibytes() throws {
        try ScratchDirectory.with("data") { dir in
            let path = dir + "/big.bin"
            let size = 3 << 20 + 17
            let data = Buffer(DataTestSupport.pattern(count: size + 7).prefix(size))
            try fs.writeFileSync(path, data)
            #expect(try fs.statSync(path).size == size)
            let back = try fs.readFileSync(path)
            #expect(back.length == size)
            #expect(back == data)
        }
    }

    // node: for (const e of ['utf8','hex','base64','base64url','latin1','ucs2','ascii'])
    // { writeFileSync(p, s, e); readFileSync(p, e) === s } with s the text in that encoding
    @Test(arguments: [
        ("d\u{E9}j\u{E0} vu \u{1F600}", BufferEncoding.utf8),
        ("00ff10ab", .hex),
        ("aMOpbGxv", .base64),
        ("aMOpbGxv_-8", .base64url),
        ("caf\u{E9}", .latin1),
        ("d\u{E9}j\u{E0} \u{1F600}", .utf16le),
        ("plain", .ascii),
    ])
    func writeFileThenReadFileRoundTripsTextInEachEncoding(_ text: String, _ encoding: BufferEncoding) throws {
        try ScratchDirectory.with("data") { dir in
            let path = dir + "/t.txt"
            var back: String?
            try runOnFreshLoop {
                try fs.writeFile(path, text, encoding: encoding) { error in
                    try fs.readFile(path, encoding: encoding) { error, text in back = text }
                }
            }
            #expect(back == text)
        }
    }

    // node: appendFileSync(p, 'a'); appendFile(p, Buffer.from('b')); fsPromises.appendFile(p, '63', 'hex')
    // -> 'abc'; appendFileSync(p, 'Q', {flag: 'w'}) -> 'Q'
    @Test func appendFileAddsToTheEndAndCreatesAMissingFile() throws {
        try ScratchDirectory.with("data") { dir in
            let path = dir + "/log.txt"
            try fs.appendFileSync(path, "a")
            try runOnFreshLoop {
                try fs.appendFile(path, try Buffer.from("b")) { error in
                    fs.promises.appendFile(path, "63", encoding: .hex).then { }
                }
            }
            #expect(try fs.readFileSync(path, encoding: .utf8) == "abc")
            try fs.appendFileSync(path, "Q", flag: "w")
            #expect(try fs.readFileSync(path, encoding: .utf8) == "Q")
        }
    }

    // node: writeFileSync(p, 'x', {mode: 0o600}) -> (statSync(p).mode & 0o777) === 0o600 under umask 022;
    // writeFileSync(p, 'x', {flag: ''}) writes as 'w'
    @Test func writeFileCreatesTheFileWithTheModeAndAnEmptyFlagMeansW() throws {
        try ScratchDirectory.with("data") { dir in
            let path = dir + "/secret.txt"
            try fs.writeFileSync(path, "x", mode: 0o600)
            #expect(try fs.statSync(path).mode & 0o777 == 0o600)
            try fs.writeFileSync(path, "yz", flag: "")
            #expect(try fs.readFileSync(path, encoding: .utf8) == "yz")
        }
    }

    // node: readFileSync('/proc/self/status', 'utf8') starts with 'Name:' although stat says size 0
    @Test func aFileOfUnknownSizeIsReadUntilAReadGivesNothing() throws {
        #expect(try fs.statSync("/proc/self/status").size == 0)
        let text = try fs.readFileSync("/proc/self/status", encoding: .utf8)
        #expect(text.hasPrefix("Name:"))
        #expect(text.contains("\nPid:"))
    }

    @Test func theAsyncFormReadsAFileOfUnknownSizeUntilAReadGivesNothing() throws {
        var text: String?
        try runOnFreshLoop {
            fs.promises.readFile("/proc/self/status", encoding: .utf8).then { text = $0 }
        }
        #expect(text?.hasPrefix("Name:") == true)
        #expect(text?.contains("\nPid:") == true)
    }

    @Test func theAsyncFormReadsALargeFileWholeInChunksInOrder() throws {
        try ScratchDirectory.with("data") { dir in
            // Five and a half chunks of Node's 512 KiB.
            let bytes = DataTestSupport.pattern(count: 2_883_584)
            try fs.writeFileSync(dir + "/big", Buffer(bytes))
            var read: Buffer?
            try runOnFreshLoop {
                fs.promises.readFile(dir + "/big").then { read = $0 }
            }
            #expect(read?.bytes == bytes)
        }
    }

    // node: statSync('/sys/devices/system/cpu/online').size -> 4096; readFile of it -> 4 bytes, '0-1\n'
    @Test func theAsyncFormGivesOnlyTheBytesReadWhenTheFileHoldsLessThanItsSize() throws {
        let path = "/sys/devices/system/cpu/online"
        let reported = try fs.statSync(path).size
        var read: Buffer?
        try runOnFreshLoop {
            try fs.readFile(path) { _, bytes in read = bytes }
        }
        let bytes = try #require(read)
        #expect(bytes.length > 0)
        #expect(UInt64(bytes.length) < reported)
        #expect(bytes == (try fs.readFileSync(path)))
        #expect(bytes.bytes.last == 0x0A)
    }

    // node: readFileSync('.') -> EISDIR: illegal operation on a directory, read (errno -21, no path)
    @Test func readingADirectoryIsEISDIRWithoutAPath() throws {
        try ScratchDirectory.with("data") { dir in
            let error = try #require(throws: NodeError.self) { try fs.readFileSync(dir) }
            #expect(error.code == "EISDIR")
            #expect(error.errno == -21)
            #expect(error.syscall == "read")
            #expect(error.path == nil)
            #expect(error.message == "EISDIR: illegal operation on a directory, read")
        }
    }

    // Each failing readFile and writeFile opened its file and must have closed it again.
    @Test func theDescriptorIsClosedOnEveryPathIncludingErrors() throws {
        try ScratchDirectory.with("data") { dir in
            try fs.writeFileSync(dir + "/a.txt", "abc")
            let before = DataTestSupport.openDescriptorCount()
            for _ in 0..<300 {
                #expect(throws: NodeError.self) { try fs.readFileSync(dir) }
                #expect(throws: NodeError.self) { try fs.readFileSync(dir + "/a.txt", flag: "a") }
                #expect(throws: NodeError.self) { try fs.appendFileSync(dir + "/a.txt", "x", flag: "r") }
            }
            var failures = 0
            try runOnFreshLoop {
                for _ in 0..<100 {
                    fs.promises.readFile(dir).catch { _ in failures += 1 }
                }
            }
            #expect(failures == 100)
            // 1,000 leaked descriptors would show; other tests running meanwhile open a few.
            #expect(DataTestSupport.openDescriptorCount() - before < 100)
        }
    }

    // node: truncateSync(p, 3 * 2**30); readFileSync(p) -> RangeError [ERR_FS_FILE_TOO_LARGE]:
    // File size (3221225472) is greater than 2 GiB (also from readFile and fsPromises.readFile)
    @Test func aFileOver2GiBIsERR_FS_FILE_TOO_LARGE() throws {
        try ScratchDirectory.with("data") { dir in
            let path = dir + "/sparse.bin"
            try fs.writeFileSync(path, "")
            try fs.truncateSync(path, 3 << 30)
            let error = try #require(throws: NodeError.self) { try fs.readFileSync(path) }
            #expect(error.name == "RangeError")
            #expect(error.code == "ERR_FS_FILE_TOO_LARGE")
            #expect(error.message == "File size (3221225472) is greater than 2 GiB")
            let rejection = try DataTestSupport.rejection { fs.promises.readFile(path) }
            #expect(rejection?.code == "ERR_FS_FILE_TOO_LARGE")
        }
    }

    // node: fs.readFile('a\0', {flag: 'q'}, cb) throws the flag error, readFileSync('a\0', {flag: 'q'})
    // the path error: the callback form checks the flag first
    @Test func theCallbackFormChecksTheFlagBeforeThePathAsNodeDoes() throws {
        let callback = try #require(throws: NodeError.self) { try fs.readFile("a\0", flag: "q") { _, _ in } }
        #expect(callback.message == "The argument 'flags' is invalid. Received 'q'")
        let sync = try #require(throws: NodeError.self) { try fs.readFileSync("a\0", flag: "q") }
        #expect(sync.message == "The argument 'path' must be a string, Uint8Array, or URL without null bytes. Received 'a\\x00'")
    }

    // node: fsPromises.readFile(p, {flag: ''}) reads ('' || 'r'); readFileSync(p, {flag: ''}) throws
    @Test func anEmptyFlagReadsInThePromiseFormOnly() throws {
        try ScratchDirectory.with("data") { dir in
            let path = dir + "/a.txt"
            try fs.writeFileSync(path, "ab")
            let error = try #require(throws: NodeError.self) { try fs.readFileSync(path, flag: "") }
            #expect(error.message == "The argument 'flags' is invalid. Received ''")
            var length: Int?
            try runOnFreshLoop {
                fs.promises.readFile(path, flag: "").then { length = $0.length }
            }
            #expect(length == 2)
        }
    }
}
