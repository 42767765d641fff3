import NodeLoop

let truncateNegativeLengthClamps = Twin("fs-data/truncate-negative-length-clamps") {
    let dir = try fs.mkdtempSync(os.tmpdir() + "/nodeloop-")
    let file = dir + "/data.txt"
    try fs.writeFileSync(file, "hello world")
    try fs.truncateSync(file, -1)
    console.log("truncateSync", try fs.statSync(file).size)
    try fs.writeFileSync(file, "hello world")
    let fd = try fs.openSync(file, "r+")
    try fs.ftruncateSync(fd, -5)
    console.log("ftruncateSync", try fs.fstatSync(fd).size)
    do { try fs.ftruncateSync(fd, 1 << 53) } catch let error as NodeError { console.log(error.name, error.code, error.message) }
    try fs.closeSync(fd)
    try fs.writeFileSync(file, "hello world")
    try fs.truncate(file, -1) { error in
        console.log("truncate", error == nil, try fs.statSync(file).size)
        try fs.writeFileSync(file, "hello world")
        fs.promises.truncate(file, -1).then { Promise { () async throws in
            console.log("promises.truncate", try fs.statSync(file).size)
            try fs.writeFileSync(file, "hello world")
            let handle = try await fs.promises.open(file, "r+").value
            try await handle.truncate(-3).value
            console.log("filehandle.truncate", try await handle.stat().value.size)
            try await handle.close().value
            try fs.rmSync(dir, recursive: true)
        } }
    }
}
