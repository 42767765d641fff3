import NodeLoop

let chmodThenStatModeOctal = Twin("fs-paths/chmod-then-stat-mode-octal") {
    let path = PathsTwin.self
    let dir = try fs.mkdtempSync(os.tmpdir() + "/nodeloop-")
    let file = path.join(dir, "file")
    let octal = { String(try fs.statSync(file).mode & 0o777, radix: 8) }
    try fs.closeSync(fs.openSync(file, "w"))
    try fs.chmodSync(file, 0o640)
    console.log("number", try octal())
    try fs.chmodSync(file, "751")
    console.log("string", try octal())
    let fd = try fs.openSync(file, "r")
    try fs.fchmodSync(fd, 0o604)
    console.log("fchmodSync", try octal())
    try fs.closeSync(fd)
    try fs.chmod(file, 0o700) { error in
        console.log("callback", error?.code, try octal())
        fs.promises.open(file, "r").then { handle -> Promise<Void> in
            return handle.chmod(0o444).then { () -> Promise<Void> in
                console.log("filehandle", try octal())
                return handle.close()
            }
        }.then { fs.promises.chmod(path.join(dir, "missing"), 0o644) }.catch { error -> Void in
            let error = error as? NodeError
            console.log("promise missing", error?.code, error?.syscall)
            try fs.rmSync(dir, recursive: true)
        }
    }
}
