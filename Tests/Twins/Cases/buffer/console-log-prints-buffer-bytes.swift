import NodeLoop

let consoleLogPrintsBufferBytes = Twin("buffer/console-log-prints-buffer-bytes") {
    console.log(try Buffer.from("hello"))
    console.log(try Buffer.alloc(0))
    console.log(Buffer.from([0, 15, 16, 255]))
    console.log(try Buffer.alloc(50, fill: 0xAB))
    console.log(try Buffer.alloc(51, fill: 1))
    console.log(try Buffer.alloc(60))
    console.log([try Buffer.from("hi"), try Buffer.alloc(0)])
    console.log(["data": try Buffer.from("hi")])
    console.log([[[try Buffer.from("deep")]]])
    console.log([try Buffer.alloc(52), try Buffer.from("x")])
    console.log("bytes:", try Buffer.from("ok"), "end")
}
