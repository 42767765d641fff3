import NodeLoop

let setEncodingGivesStrings = Twin("stream/set-encoding-gives-strings") {
    let readable = Readable<String>(read: { _, _ in })
    try readable.setEncoding("hex")
    readable.on(.data) { chunk in console.log(type(of: chunk) == String.self ? "string" : "other", chunk) }
    readable.on(.end) { console.log("end", orNull(readable.readableEncoding)) }
    readable.push("hi")
    readable.push("é")
    readable.push(nil)
}
