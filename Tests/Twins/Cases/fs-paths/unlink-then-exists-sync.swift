import NodeLoop

let unlinkThenExistsSync = Twin("fs-paths/unlink-then-exists-sync") {
    let path = PathsTwin.self
    let dir = try fs.mkdtempSync(os.tmpdir() + "/nodeloop-")
    let file = path.join(dir, "file")
    try fs.closeSync(fs.openSync(file, "w"))
    console.log("exists before", fs.existsSync(file))
    console.log("exists with NUL", fs.existsSync(file + "\0"))
    console.log("exists of directory", fs.existsSync(dir))
    try fs.unlinkSync(file)
    console.log("exists after unlinkSync", fs.existsSync(file))
    try fs.unlink(file) { error in
        console.log("unlink again", error?.code, error?.errno, error?.syscall, path.basename(error?.path))
        try fs.unlink(dir) { error in
            console.log("unlink a directory", error?.code, error?.syscall)
            fs.promises.unlink(file).catch { error -> Void in
                console.log("promise", (error as? NodeError)?.code)
                try fs.rmSync(dir, recursive: true)
            }
        }
    }
}
