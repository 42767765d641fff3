import NodeLoop

let oneByteAndUTF16LEEdgeCases = Twin("buffer/one-byte-and-utf16le-edge-cases") {
    console.log(
        try Buffer.from("A\u{E9}\u{100}\u{4E2D}\u{1F600}", .latin1), try Buffer.from("A\u{E9}\u{100}\u{4E2D}\u{1F600}", .ascii)
    )
    console.log([try Buffer.from([0x41, 0xE9, 0x7F, 0x80, 0xFF]).toString(.latin1)])
    console.log([try Buffer.from([0x41, 0xE9, 0x7F, 0x80, 0xFF]).toString(.ascii)])
    console.log(try Buffer.from("a\u{1F600}", .utf16le), Buffer.byteLength("a\u{1F600}", .utf16le))
    console.log([try Buffer.from([0x61, 0x00, 0x62]).toString(.utf16le)], [try Buffer.from([0x3D, 0xD8, 0x00, 0xDE]).toString("ucs2")])
    let hello = try Buffer.from("hello")
    console.log([
        try hello.toString(.utf8, start: -3), try hello.toString(.utf8, start: 2), try hello.toString(.utf8, start: 9),
        try hello.toString(.utf8, start: 1, end: 3), try hello.toString(.utf8, start: 3, end: 1),
        try hello.toString(.latin1, start: 1, end: 99),
    ])
    console.log(
        hello.subarray(start: -3), hello.subarray(start: 1, end: -1), hello.subarray(start: 4, end: 2),
        Buffer.concat([hello.subarray(start: 0, end: 2), try Buffer.from("!")])
    )
    console.log(hello.equals(try Buffer.from("hello")), hello.equals(hello.subarray(start: 1)), hello.length)
}
