import NodeLoop

let readdirSortedNamesAndKinds = Twin("fs-directories/readdir-sorted-names-and-kinds") {
    let dir = try fs.mkdtempSync(os.tmpdir() + "/nodeloop-")
    for name in ["b.txt", "a", "_u", "B", "A.txt", "9", "10"] { try fs.closeSync(fs.openSync(dir + "/" + name, "w")) }
    try fs.mkdirSync(dir + "/sub")
    try fs.symlinkSync("sub", dir + "/link")
    try fs.readdir(dir) { error, names in
        console.log("names", names)
        try fs.readdir(dir, withFileTypes: true) { error, entries in
            for entry in entries ?? [] {
                console.log(entry.name, entry.isFile(), entry.isDirectory(), entry.isSymbolicLink(), entry.parentPath == dir)
            }
            try fs.rmSync(dir, recursive: true)
        }
    }
}
