import NodeLoop

let infoUmaskRoundTrip = Twin("process/info-umask-round-trip") {
    let saved = try process.umask(0o027)
    console.log("read:", String(try process.umask(), radix: 8))
    console.log("replaced:", String(try process.umask(0o1777), radix: 8))
    console.log("kept bits:", String(try process.umask(), radix: 8))
    try process.umask(saved)
    console.log("restored:", try process.umask() == saved)
    do {
        try process.umask(-1)
    } catch let error as NodeError {
        console.log(error.name, error.code, error.message)
    }
}
