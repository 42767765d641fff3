import NodeLoop

let renameMovesAndEnoentNamesBothPaths = Twin("fs-paths/rename-moves-and-enoent-names-both-paths") {
    let path = PathsTwin.self
    let dir = try fs.mkdtempSync(os.tmpdir() + "/nodeloop-")
    let mask = { (text: String?) in text?.replacing(dir, with: "<scratch>") }
    let a = path.join(dir, "a")
    let b = path.join(dir, "b")
    try fs.closeSync(fs.openSync(a, "w"))
    try fs.renameSync(a, b)
    console.log("after renameSync", fs.existsSync(a), fs.existsSync(b))
    do {
        try fs.renameSync(a, b)
    } catch let error as NodeError {
        console.log("sync", error.code, error.errno, error.syscall)
        console.log("sync", mask(error.message))
        console.log("sync", path.basename(error.path), path.basename(error.dest))
    }
    try fs.rename(path.join(dir, "missing"), path.join(dir, "elsewhere")) { error in
        console.log("callback", error?.code, mask(error?.message))
        fs.promises.rename(b, a).then { () -> Promise<Void> in
            console.log("promise fulfilled", fs.existsSync(a), fs.existsSync(b))
            return fs.promises.rename(b, a)
        }.catch { error -> Void in
            let error = error as? NodeError
            console.log("promise rejected", error?.code, mask(error?.message))
            console.log("dest", path.basename(error?.dest))
            try fs.rmSync(dir, recursive: true)
        }
    }
}
