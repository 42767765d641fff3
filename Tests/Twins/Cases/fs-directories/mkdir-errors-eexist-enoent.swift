import NodeLoop

let mkdirErrorsEexistEnoent = Twin("fs-directories/mkdir-errors-eexist-enoent") {
    let dir = try fs.mkdtempSync(os.tmpdir() + "/nodeloop-")
    try fs.closeSync(fs.openSync(dir + "/file", "w"))
    func show(_ label: String, _ error: NodeError?) {
        console.log(label, error?.code, error?.errno, error?.syscall, error?.path?.replacing(dir, with: "<tmp>"))
        console.log(error?.message.replacing(dir, with: "<tmp>"))
    }
    try fs.mkdir(dir) { error in
        show("existing", error)
        fs.promises.mkdir(dir + "/missing/x").catch { error -> Void in
            show("missing parent", error as? NodeError)
            do {
                try fs.mkdirSync(dir + "/file", recursive: true)
            } catch let error as NodeError {
                show("recursive on a file", error)
            }
            do {
                try fs.mkdirSync(dir + "/file/x/y", recursive: true)
            } catch let error as NodeError {
                show("recursive under a file", error)
            }
            try fs.rmSync(dir, recursive: true)
        }
    }
}
