import NodeLoop

let linkAndStatNlink = Twin("fs-paths/link-and-stat-nlink") {
    let path = PathsTwin.self
    let dir = try fs.mkdtempSync(os.tmpdir() + "/nodeloop-")
    let first = path.join(dir, "first")
    let second = path.join(dir, "second")
    try fs.closeSync(fs.openSync(first, "w"))
    console.log("nlink before", try fs.statSync(first).nlink)
    try fs.link(first, second) { error in
        console.log("link error", error?.code)
        console.log("nlink after", try fs.statSync(first).nlink, try fs.statSync(second).nlink)
        console.log("same inode", try fs.statSync(first).ino == fs.statSync(second).ino)
        do {
            try fs.linkSync(first, second)
        } catch let error as NodeError {
            console.log("again", error.code, error.syscall, path.basename(error.path), path.basename(error.dest))
        }
        try fs.unlinkSync(first)
        console.log("nlink after unlink", try fs.statSync(second).nlink)
        fs.promises.link(first, path.join(dir, "third")).catch { error -> Void in
            let error = error as? NodeError
            console.log("promise missing", error?.code, path.basename(error?.path), path.basename(error?.dest))
            try fs.rmSync(dir, recursive: true)
        }
    }
}
