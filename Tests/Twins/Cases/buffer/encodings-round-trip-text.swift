import NodeLoop

let encodingsRoundTripText = Twin("buffer/encodings-round-trip-text") {
    let text = "Hi \u{E9}\u{E8} \u{4E2D}\u{6587} \u{1F600}!"
    for encoding in ["utf8", "utf16le", "latin1", "ascii", "base64", "base64url", "hex"] as [BufferEncoding] {
        let bytes = try Buffer.from(text, encoding)
        console.log(encoding.name, try bytes.toString(.hex), [try bytes.toString(encoding)])
        let encoded = try Buffer.from(text).toString(encoding)
        console.log(encoding.name, [encoded], try Buffer.from(encoded, encoding).toString() == text)
    }
    for alias in ["UTF-8", "ucs2", "UCS-2", "utf-16le", "binary", "Latin1", "BASE64", "Hex"] {
        console.log(alias, try Buffer.from("\u{E9}\u{1F600}", BufferEncoding(alias)).toString(.hex))
    }
}
