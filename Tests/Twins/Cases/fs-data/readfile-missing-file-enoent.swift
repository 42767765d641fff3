import NodeLoop

let readfileMissingFileEnoent = Twin("fs-data/readfile-missing-file-enoent") {
    let dir = try fs.mkdtempSync(os.tmpdir() + "/nodeloop-")
    let missing = dir + "/missing.txt"
    try fs.readFile(missing) { error, data in
        console.log("callback", error?.code, error?.errno, error?.syscall)
        console.log("callback", error?.message.replacing(dir, with: "<dir>"))
        console.log("data", data)
        fs.promises.readFile(missing, encoding: .utf8).catch { error -> Void in
            let error = error as? NodeError
            console.log("promise", error?.code, error?.errno, error?.syscall)
            console.log("promise", error?.message.replacing(dir, with: "<dir>"))
            try fs.rmSync(dir, recursive: true)
        }
    }
}
