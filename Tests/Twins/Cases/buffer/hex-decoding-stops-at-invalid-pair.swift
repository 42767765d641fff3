import NodeLoop

let hexDecodingStopsAtInvalidPair = Twin("buffer/hex-decoding-stops-at-invalid-pair") {
    let inputs = ["68656c6c6f", "68656C6C6F", "6865zz6c6f", "686", "6 8", " 68", "68 65", "0g12", "\u{141}\u{141}", "a\u{1F600}", ""]
    for input in inputs {
        console.log([input], try Buffer.from(input, .hex), Buffer.byteLength(input, .hex))
    }
    console.log(try Buffer.from([0, 1, 15, 16, 127, 128, 254, 255]).toString(.hex))
}
