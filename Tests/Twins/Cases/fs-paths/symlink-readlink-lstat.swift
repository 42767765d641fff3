import NodeLoop

let symlinkReadlinkLstat = Twin("fs-paths/symlink-readlink-lstat") {
    let path = PathsTwin.self
    let dir = try fs.mkdtempSync(os.tmpdir() + "/nodeloop-")
    let target = path.join(dir, "target")
    let link = path.join(dir, "link")
    try fs.closeSync(fs.openSync(target, "w"))
    try fs.symlink("target", link) { error in
        console.log("symlink error", error?.code)
        console.log("readlinkSync", try fs.readlinkSync(link))
        console.log("lstat isSymbolicLink", try fs.lstatSync(link).isSymbolicLink())
        console.log("stat isSymbolicLink", try fs.statSync(link).isSymbolicLink(), "isFile", try fs.statSync(link).isFile())
        try fs.readlink(link) { error, value in
            console.log("readlink callback", error?.code, value)
            do {
                try fs.symlinkSync("other", link)
            } catch let error as NodeError {
                console.log("again", error.code, error.syscall, error.path, path.basename(error.dest))
            }
            fs.promises.readlink(target).catch { error -> Void in
                let error = error as? NodeError
                console.log("readlink of a file", error?.code, error?.syscall)
                try fs.rmSync(dir, recursive: true)
            }
        }
    }
}
