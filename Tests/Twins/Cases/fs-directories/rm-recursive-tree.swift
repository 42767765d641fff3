import NodeLoop

let rmRecursiveTree = Twin("fs-directories/rm-recursive-tree") {
    let dir = try fs.mkdtempSync(os.tmpdir() + "/nodeloop-")
    try fs.mkdirSync(dir + "/tree/d/e", recursive: true)
    try fs.mkdirSync(dir + "/target")
    for file in ["tree/f", "tree/d/e/g", "target/keep"] { try fs.closeSync(fs.openSync(dir + "/" + file, "w")) }
    try fs.symlinkSync("../../target", dir + "/tree/d/link-to-dir")
    try fs.symlinkSync("f", dir + "/tree/link-to-file")
    console.log("before", try fs.readdirSync(dir + "/tree", recursive: true))
    try fs.rm(dir + "/tree", recursive: true) { error in
        console.log("removed", error == nil)
        console.log("left", try fs.readdirSync(dir), try fs.readdirSync(dir + "/target"))
        fs.promises.rm(dir + "/target", recursive: true).then {
            console.log("promise removed", try fs.readdirSync(dir))
            try fs.rmSync(dir, recursive: true)
        }
    }
}
