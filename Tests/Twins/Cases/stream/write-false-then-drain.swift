import NodeLoop

let writeFalseThenDrain = Twin("stream/write-false-then-drain") {
    let writable = Writable<Buffer>(highWaterMark: 4, write: { _, chunk, encoding, callback in
        console.log("_write", try chunk.toString(), encoding)
        setImmediate { callback(nil) }
    })
    writable.on(.drain) { [unowned writable] in console.log("drain, length", writable.writableLength) }
    console.log("write ab", writable.write("ab") { _ in console.log("cb ab") })
    console.log("write cd", writable.write("cd") { _ in console.log("cb cd") })
    console.log("needDrain", writable.writableNeedDrain, "length", writable.writableLength)
    console.log("write ef", writable.write("ef") { _ in console.log("cb ef") })
}
