import NodeLoop

let invalidUTF8DecodesToReplacement = Twin("buffer/invalid-utf8-decodes-to-replacement") {
    let cases: [[UInt8]] = [
        [0xE2, 0x82], [0xE2, 0x82, 0x41], [0xF0, 0x9F, 0x98], [0xF0, 0x80, 0x80], [0xC0, 0xAF], [0xED, 0xA0, 0x80],
        [0xF4, 0x90, 0x80, 0x80], [0xFF, 0x41, 0xFE], [0x80, 0xBF], [0xE0, 0x80, 0x9F], [0xEF, 0xBB, 0xBF, 0x41],
        [0xF0, 0x9F, 0x98, 0x80], [0x41, 0xC3],
    ]
    for bytes in cases {
        let text = try Buffer.from(bytes).toString(.utf8)
        console.log(Buffer.from(bytes), try Buffer.from(text).toString(.hex), text.utf16.count)
    }
    let euro = try Buffer.from("\u{20AC}")
    console.log(
        try Buffer.from(euro.toString(.utf8, start: 0, end: 2)).toString(.hex), try euro.toString(.utf8, start: 2),
        try euro.toString(.hex, start: 1)
    )
}
