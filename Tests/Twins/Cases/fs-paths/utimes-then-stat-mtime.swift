import NodeLoop

let utimesThenStatMtime = Twin("fs-paths/utimes-then-stat-mtime") {
    let path = PathsTwin.self
    let dir = try fs.mkdtempSync(os.tmpdir() + "/nodeloop-")
    let file = path.join(dir, "file")
    let link = path.join(dir, "link")
    try fs.closeSync(fs.openSync(file, "w"))
    try fs.utimesSync(file, 1000.5, 2000.25)
    console.log("utimesSync", try fs.statSync(file).atimeMs, try fs.statSync(file).mtimeMs)
    let fd = try fs.openSync(file, "r")
    try fs.futimesSync(fd, 3000, 4000.125)
    console.log("futimesSync", try fs.statSync(file).atimeMs, try fs.statSync(file).mtimeMs)
    try fs.closeSync(fd)
    try fs.symlinkSync("file", link)
    try fs.lutimesSync(link, 10, 20)
    console.log("lutimesSync link", try fs.lstatSync(link).mtimeMs, "target", try fs.statSync(file).mtimeMs)
    try fs.utimes(file, 0, 1700000000) { error in
        console.log("callback", error?.code, try fs.statSync(file).atimeMs, try fs.statSync(file).mtimeMs)
        fs.promises.utimes(file, 5, 6).then { () -> Promise<Void> in
            console.log("promise", try fs.statSync(file).mtimeMs)
            return fs.promises.utimes(path.join(dir, "missing"), 5, 6)
        }.catch { error -> Void in
            let error = error as? NodeError
            console.log("promise missing", error?.code, error?.syscall)
            try fs.rmSync(dir, recursive: true)
        }
    }
}
