import NodeLoop

let copyfileExclOntoExistingEexist = Twin("fs-paths/copyfile-excl-onto-existing-eexist") {
    let path = PathsTwin.self
    let dir = try fs.mkdtempSync(os.tmpdir() + "/nodeloop-")
    let mask = { (text: String?) in text?.replacing(dir, with: "<scratch>") }
    let src = path.join(dir, "src")
    let dest = path.join(dir, "dest")
    let fd = try fs.openSync(src, "w")
    try fs.ftruncateSync(fd, 5)
    try fs.closeSync(fd)
    try fs.copyFileSync(src, dest)
    console.log("copied size", try fs.statSync(dest).size)
    try fs.truncateSync(dest, 2)
    try fs.copyFileSync(src, dest)
    console.log("replaced size", try fs.statSync(dest).size)
    console.log("COPYFILE_EXCL", fs.constants.COPYFILE_EXCL)
    do {
        try fs.copyFileSync(src, dest, fs.constants.COPYFILE_EXCL)
    } catch let error as NodeError {
        console.log("sync", error.code, error.errno, error.syscall)
        console.log("sync", mask(error.message))
        console.log("sync", path.basename(error.path), path.basename(error.dest))
    }
    try fs.copyFile(src, dest, fs.constants.COPYFILE_EXCL) { error in
        console.log("callback", error?.code, mask(error?.message))
        fs.promises.copyFile(src, dest, fs.constants.COPYFILE_EXCL).catch { error -> Void in
            let error = error as? NodeError
            console.log("promise", error?.code, mask(error?.message))
            try fs.rmSync(dir, recursive: true)
        }
    }
}
