import NodeLoop

let realpathThroughSymlink = Twin("fs-paths/realpath-through-symlink") {
    let path = PathsTwin.self
    let dir = try fs.mkdtempSync(os.tmpdir() + "/nodeloop-")
    let root = try fs.realpathSync(dir)
    let relative = { (resolved: String?) in path.relative(root, resolved).map { $0.isEmpty ? "." : $0 } }
    try fs.mkdirSync(path.join(dir, "real"))
    try fs.mkdirSync(path.join(dir, "real", "sub"))
    try fs.closeSync(fs.openSync(path.join(dir, "real", "file"), "w"))
    try fs.symlinkSync("real", path.join(dir, "link"))
    try fs.symlinkSync("link/file", path.join(dir, "chain"))
    try fs.symlinkSync("real/sub", path.join(dir, "deep"))
    console.log("sync", relative(try fs.realpathSync(path.join(dir, "link", "file"))))
    console.log("sync dots", relative(try fs.realpathSync(dir + "/link/./file/")))
    console.log("sync chain", relative(try fs.realpathSync(path.join(dir, "chain"))))
    console.log("sync deep/..", relative(try fs.realpathSync(dir + "/deep/..")))
    do {
        _ = try fs.realpathSync(path.join(dir, "link", "missing", "deeper"))
    } catch let error as NodeError {
        console.log("sync missing", error.code, error.syscall, relative(error.path))
    }
    try fs.realpath(path.join(dir, "link")) { error, resolved in
        console.log("callback", error?.code, relative(resolved))
        fs.promises.realpath(path.join(dir, "chain")).then { resolved -> Promise<String> in
            console.log("promise chain", relative(resolved))
            return fs.promises.realpath(dir + "/deep/..")
        }.then { resolved -> Promise<String> in
            console.log("promise deep/..", relative(resolved))
            return fs.promises.realpath(path.join(dir, "missing"))
        }.catch { error -> Void in
            let error = error as? NodeError
            console.log("promise missing", error?.code, error?.syscall, path.basename(error?.path))
            try fs.rmSync(dir, recursive: true)
        }
    }
}
