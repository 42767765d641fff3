import NodeLoop

let readAndWriteAtPositions = Twin("fs-data/read-and-write-at-positions") {
    let dir = try fs.mkdtempSync(os.tmpdir() + "/nodeloop-")
    let file = dir + "/data.txt"
    let fd = try fs.openSync(file, "w+")
    console.log("writeSync", try fs.writeSync(fd, "hello world"))
    try fs.write(fd, try Buffer.from("HELLO"), offset: 0, length: 5, position: 0) { error, written in
        console.log("write at 0", written)
        try fs.read(fd, length: 5, position: 6) { error, bytes in
            console.log("read at 6", bytes?.length, try bytes?.toString())
            var dots = try Buffer.alloc(8, fill: UInt8(ascii: "."))
            console.log("readSync", try fs.readSync(fd, into: &dots, offset: 2, length: 5, position: 0), try dots.toString())
            console.log("at the current position", try fs.readSync(fd, length: 4, position: nil).length)
            try fs.writeSync(fd, "!")
            try fs.closeSync(fd)
            console.log(try fs.readFileSync(file, encoding: .utf8))
            try fs.rmSync(dir, recursive: true)
        }
    }
}
