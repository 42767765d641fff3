import Testing
@testable import NodeLoop

/// Reading and writing through a `FileHandle`: positions, the current position that
/// `readFile` and `writeFile` start from, and Node's `EBADF` `file closed` after `close()`;
/// expected values were printed by node v20.
@Suite struct DataFileHandleTests {
    // node: on 'héllo' opened r+: read({length: 3, position: 1}) -> c3 a9 6c;
    // read(Buffer.alloc(4), 0, 4, null) -> 68 c3 a9 6c; write(Buffer.from('XY'), 0, 2, 0) -> 2;
    // write('ZZ', 3, 'latin1') -> 2; read({position: -2}) reads at the current position -> 5a 6f;
    // readFile() then gives <Buffer > (the position is at the end)
    @Test func readsAndWritesGoToTheirPositionsAndReadFileStartsAtTheCurrentOne() throws {
        try ScratchDirectory.with("data") { dir in
            let path = dir + "/a.txt"
            try fs.writeFileSync(path, "h\u{E9}llo")
            let seen = try DataTestSupport.runAsync { () async throws -> [[UInt8]] in
                let file = try await fs.promises.open(path, "r+").value
                var seen: [[UInt8]] = []
                seen.append(try await file.read(length: 3, position: 1).value.bytes)
                seen.append(try await file.read(length: 4).value.bytes)
                seen.append([UInt8(try await file.write(try Buffer.from("XY"), position: 0).value)])
                seen.append([UInt8(try await file.write("ZZ", position: 3, encoding: .latin1).value)])
                seen.append(try await file.read(length: 16_384, position: -2).value.bytes)
                seen.append(try await file.readFile().value.bytes)
                try await file.close().value
                return seen
            }
            #expect(seen == [[0xC3, 0xA9, 0x6C], [0x68, 0xC3, 0xA9, 0x6C], [2], [2], [0x5A, 0x6F], []])
            #expect(try fs.readFileSync(path, encoding: .latin1) == "XY\u{A9}ZZo")
        }
    }

    // node: fh.read({length: 2, position: 2**53}) reads at the current position, as a BigInt
    // position does: positions that are not safe integers are -1 in the promise form
    @Test func aPositionThatIsNotASafeIntegerReadsAtTheCurrentPosition() throws {
        try ScratchDirectory.with("data") { dir in
            let path = dir + "/a.txt"
            try fs.writeFileSync(path, "abcdef")
            let chunks = try DataTestSupport.runAsync { () async throws -> [String] in
                let file = try await fs.promises.open(path).value
                let first = try await file.read(length: 2, position: 1 << 53).value
                let second = try await file.read(length: 2, position: .min).value
                let empty = try await file.read(length: 0).value
                try await file.close().value
                return [try first.toString(), try second.toString(), try empty.toString()]
            }
            #expect(chunks == ["ab", "cd", ""])
        }
    }

    // node: a handle opened 'a': appendFile('b'), writeFile(Buffer.from('c')) -> 'abc'; a handle
    // opened 'r+' writeFile('XY') overwrites from position 0 without truncating -> 'XYc'
    @Test func writeFileAndAppendFileWriteFromTheCurrentPositionWithoutTruncating() throws {
        try ScratchDirectory.with("data") { dir in
            let path = dir + "/a.txt"
            try fs.writeFileSync(path, "a")
            _ = try DataTestSupport.runAsync { () async throws -> Bool in
                let appending = try await fs.promises.open(path, "a").value
                try await appending.appendFile("b").value
                try await appending.writeFile(try Buffer.from("c")).value
                try await appending.close().value
                let overwriting = try await fs.promises.open(path, "r+").value
                try await overwriting.writeFile("5859", encoding: .hex).value
                try await overwriting.close().value
                return true
            }
            #expect(try fs.readFileSync(path, encoding: .utf8) == "XYc")
        }
    }

    // node: on 'héllo', fh.read({length: 2}) takes 'h' and the first byte of 'é', then
    // fh.readFile('utf8') decodes the rest -> '\ufffdllo'
    @Test func readFileWithAnEncodingDecodesTheRestOfTheFile() throws {
        try ScratchDirectory.with("data") { dir in
            let path = dir + "/a.txt"
            try fs.writeFileSync(path, "h\u{E9}llo")
            let text = try DataTestSupport.runAsync { () async throws -> String in
                let file = try await fs.promises.open(path).value
                _ = try await file.read(length: 2).value
                let text = try await file.readFile(encoding: .utf8).value
                try await file.close().value
                return text
            }
            #expect(text == "\u{FFFD}llo")
        }
    }

    // node: after close, read/write/readFile/writeFile/appendFile reject with
    // Error: file closed, code EBADF, syscall read/write/readFile/writeFile/writeFile, no errno
    @Test func everyMethodRejectsWithFileClosedAfterClose() throws {
        try ScratchDirectory.with("data") { dir in
            let path = dir + "/a.txt"
            try fs.writeFileSync(path, "abc")
            let failures = try DataTestSupport.runAsync { () async throws -> [String] in
                let file = try await fs.promises.open(path, "r+").value
                try await file.close().value
                var failures: [String] = []
                func record<Value>(_ promise: Promise<Value>) async {
                    do {
                        _ = try await promise.value
                        failures.append("fulfilled")
                    } catch {
                        let error = NodeError(wrapping: error)
                        failures.append("\(error.code ?? "-") \(error.syscall ?? "-") \(error.message) \(error.errno.map(String.init) ?? "no errno")")
                    }
                }
                await record(file.read())
                await record(file.read(length: 0))
                await record(file.write(try Buffer.from("x")))
                await record(file.write(Buffer()))
                await record(file.write("x"))
                await record(file.readFile())
                await record(file.readFile(encoding: .utf8))
                await record(file.writeFile("x"))
                await record(file.appendFile(try Buffer.from("x")))
                return failures
            }
            #expect(failures == [
                "EBADF read file closed no errno",
                "EBADF read file closed no errno",
                "EBADF write file closed no errno",
                "EBADF write file closed no errno",
                "EBADF write file closed no errno",
                "EBADF readFile file closed no errno",
                "EBADF readFile file closed no errno",
                "EBADF writeFile file closed no errno",
                "EBADF writeFile file closed no errno",
            ])
        }
    }
}
