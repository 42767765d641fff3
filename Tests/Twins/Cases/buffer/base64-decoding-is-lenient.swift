import NodeLoop

let base64DecodingIsLenient = Twin("buffer/base64-decoding-is-lenient") {
    let inputs = [
        "aGVsbG8=", "aGVsbG8", "aGV sbG8=\n", " a G V s\tb\r\nG 8 ", "aGVs=bG8", "a!!b", "QUI", "Q", "QUFBQ",
        "====", "-_-_", "+/+/", "QUFBQU\u{141}B", "QUFB\u{1F600}QUFB", "QUFB\u{E9}QUFB", "",
    ]
    for input in inputs {
        console.log(
            [input], try Buffer.from(input, .base64).toString(.hex), try Buffer.from(input, .base64url).toString(.hex),
            Buffer.byteLength(input, .base64)
        )
    }
    for bytes in [[], [0x61], [0x61, 0x62], [0x61, 0x62, 0x63], [0xFB, 0xFF], [0xFB, 0xFF, 0xFE, 0x01]] as [[UInt8]] {
        let buffer = Buffer.from(bytes)
        console.log(try buffer.toString(.hex), [try buffer.toString(.base64)], [try buffer.toString(.base64url)])
    }
}
