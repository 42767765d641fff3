import NodeLoop

let rmDirectoryWithoutRecursive = Twin("fs-directories/rm-directory-without-recursive") {
    let dir = try fs.mkdtempSync(os.tmpdir() + "/nodeloop-")
    let sub = dir + "/sub"
    try fs.mkdirSync(sub)
    func show(_ label: String, _ error: NodeError?) {
        console.log(label, error?.name, error?.code, error?.errno, error?.syscall, error?.path?.replacing(dir, with: "<tmp>"))
        console.log(error?.message.replacing(dir, with: "<tmp>"))
        console.log(error.map { String(describing: $0).replacing(dir, with: "<tmp>") })
    }
    do {
        try fs.rmSync(sub)
    } catch let error as NodeError {
        show("sync", error)
    }
    try fs.rm(sub, force: true) { error in
        show("callback", error)
        fs.promises.rm(sub).catch { error -> Void in
            show("promise", error as? NodeError)
            console.log("still a directory", try fs.statSync(sub).isDirectory())
            try fs.rmSync(dir, recursive: true)
        }
    }
}
