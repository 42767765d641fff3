import NodeLoop

let unknownBufferEncodingThrows = Twin("buffer/unknown-buffer-encoding-throws") {
    do { _ = try Buffer.from("x", "bogus") } catch let error as NodeError { console.log(error.name, error.code, error.message) }
    do { _ = try Buffer.from("x").toString("utf-16") } catch let error as NodeError { console.log(error.name, error.code, error.message) }
    do { _ = try Buffer.from("x").toString("") } catch let error as NodeError { console.log(error.name, error.code, error.message) }
    console.log([try Buffer.from("xyz").toString("bogus", start: 3)], [try Buffer.alloc(0).toString("bogus")])
    console.log(try Buffer.from("x", ""), Buffer.byteLength("h\u{E9}llo", "bogus"))
    console.log(Buffer.isEncoding("UTF-8"), Buffer.isEncoding("Ucs-2"), Buffer.isEncoding("utf16"), Buffer.isEncoding(""))
}
