import NodeLoop

let rmdirEnotempty = Twin("fs-directories/rmdir-enotempty") {
    let dir = try fs.mkdtempSync(os.tmpdir() + "/nodeloop-")
    try fs.mkdirSync(dir + "/full/sub", recursive: true)
    try fs.rmdir(dir + "/full") { error in
        console.log(error?.code, error?.errno, error?.syscall, error?.message.replacing(dir, with: "<tmp>"))
        try fs.rmdir(dir + "/full/sub") { error in
            console.log("empty one removed", error == nil, try fs.readdirSync(dir + "/full"))
            fs.promises.rmdir(dir + "/full").then {
                console.log("promise fulfilled", try fs.readdirSync(dir))
                try fs.rmdirSync(dir)
            }
        }
    }
}
