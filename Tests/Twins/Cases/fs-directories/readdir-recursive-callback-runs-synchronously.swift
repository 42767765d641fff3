import NodeLoop

let readdirRecursiveCallbackRunsSynchronously = Twin("fs-directories/readdir-recursive-callback-runs-synchronously") {
    let dir = try fs.mkdtempSync(os.tmpdir() + "/nodeloop-")
    try fs.mkdirSync(dir + "/sub")
    try fs.closeSync(fs.openSync(dir + "/sub/file", "w"))
    process.nextTick { console.log("nextTick") }
    queueMicrotask { console.log("microtask") }
    try fs.readdir(dir, recursive: true) { error, names in console.log("callback", names) }
    console.log("after the call")
    do {
        try fs.readdir(dir + "/missing", recursive: true) { _, _ in console.log("never") }
    } catch let error as NodeError {
        console.log("thrown", error.code, error.syscall)
    }
    try fs.rmSync(dir, recursive: true)
}
