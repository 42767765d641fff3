import NodeLoop

let readdirRecursiveOrder = Twin("fs-directories/readdir-recursive-order") {
    let dir = try fs.mkdtempSync(os.tmpdir() + "/nodeloop-")
    try fs.mkdirSync(dir + "/a/b/c", recursive: true)
    try fs.mkdirSync(dir + "/z")
    for file in ["a/x", "a/b/y", "a/b/c/w", "z/q", "top.txt"] { try fs.closeSync(fs.openSync(dir + "/" + file, "w")) }
    try fs.symlinkSync("a", dir + "/link")
    console.log("sync", try fs.readdirSync(dir, recursive: true))
    let entries = try fs.readdirSync(dir, withFileTypes: true, recursive: true)
    console.log("sync entries", entries.map { String($0.parentPath.dropFirst(dir.count)) + "|" + $0.name })
    fs.promises.readdir(dir, recursive: true).then { names in
        console.log("promise", names)
        return fs.promises.readdir(dir, withFileTypes: true, recursive: true)
    }.then { entries in
        console.log("promise entries", entries.map { String($0.parentPath.dropFirst(dir.count)) + "|" + $0.name })
        try fs.rmSync(dir, recursive: true)
    }
}
