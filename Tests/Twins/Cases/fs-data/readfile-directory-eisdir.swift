import NodeLoop

let readfileDirectoryEisdir = Twin("fs-data/readfile-directory-eisdir") {
    let dir = try fs.mkdtempSync(os.tmpdir() + "/nodeloop-")
    try fs.readFile(dir) { error, data in
        console.log("callback", error?.code, error?.errno, error?.syscall, error?.path)
        console.log("callback", error?.message)
        do {
            _ = try fs.readFileSync(dir, encoding: .utf8)
        } catch let error as NodeError {
            console.log("sync", error.code, error.message)
        }
        fs.promises.readFile(dir).catch { error -> Void in
            console.log("promise", (error as? NodeError)?.code, error.message)
            try fs.rmSync(dir, recursive: true)
        }
    }
}
