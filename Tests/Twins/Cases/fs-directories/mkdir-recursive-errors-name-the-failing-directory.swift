import NodeLoop

let mkdirRecursiveErrorsNameTheFailingDirectory = Twin("fs-directories/mkdir-recursive-errors-name-the-failing-directory") {
    let dir = try fs.mkdtempSync(os.tmpdir() + "/nodeloop-")
    try fs.symlinkSync(dir + "/nowhere", dir + "/dangling")
    try fs.closeSync(fs.openSync(dir + "/file", "w"))
    func show(_ label: String, _ error: NodeError?) {
        console.log(label, error?.code, error?.errno, error?.syscall, error?.path?.replacing(dir, with: "<tmp>"))
        console.log(error?.message.replacing(dir, with: "<tmp>"))
    }
    for target in ["dangling/a/b", "file/a/b", "file"] {
        do { try fs.mkdirSync(dir + "/" + target, recursive: true) } catch let error as NodeError { show("sync " + target, error) }
    }
    try fs.mkdir(dir + "/dangling/a/b", recursive: true) { error, _ in
        show("callback dangling/a/b", error)
        fs.promises.mkdir(dir + "/dangling/a/b", recursive: true).catch { error -> Void in
            show("promise dangling/a/b", error as? NodeError)
            fs.promises.mkdir(dir + "/file/a/b", recursive: true).catch { error -> Void in
                show("promise file/a/b", error as? NodeError)
                try fs.mkdir(dir + "/file", recursive: true) { error, _ in
                    show("callback file", error)
                    try fs.rmSync(dir, recursive: true)
                }
            }
        }
    }
}
