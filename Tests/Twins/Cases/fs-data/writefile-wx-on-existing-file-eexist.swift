import NodeLoop

let writefileWxOnExistingFileEexist = Twin("fs-data/writefile-wx-on-existing-file-eexist") {
    let dir = try fs.mkdtempSync(os.tmpdir() + "/nodeloop-")
    let file = dir + "/taken.txt"
    try fs.writeFileSync(file, "first")
    try fs.writeFile(file, "second", flag: "wx") { error in
        console.log(error?.code, error?.errno, error?.syscall)
        console.log(error?.path?.replacing(dir, with: "<dir>"))
        console.log(error?.message.replacing(dir, with: "<dir>"))
        fs.promises.writeFile(file, try Buffer.from("third"), flag: "wx").catch { error -> Void in
            console.log("promise", (error as? NodeError)?.code, error.message.replacing(dir, with: "<dir>"))
            console.log("content", try fs.readFileSync(file, encoding: .utf8))
            try fs.rmSync(dir, recursive: true)
        }
    }
}
