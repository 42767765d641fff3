import NodeLoop

let rmForceMissingPath = Twin("fs-directories/rm-force-missing-path") {
    let dir = try fs.mkdtempSync(os.tmpdir() + "/nodeloop-")
    let missing = dir + "/missing"
    try fs.rm(missing) { error in
        console.log("without force", error?.code, error?.errno, error?.syscall, error?.message.replacing(dir, with: "<tmp>"))
        try fs.rm(missing, force: true) { error in
            console.log("with force", error == nil)
            fs.promises.rm(missing, recursive: true, force: true).then {
                console.log("promise with force fulfilled")
                try fs.rmSync(missing, force: true)
                console.log("sync with force done")
                try fs.rmSync(dir, recursive: true)
            }
        }
    }
}
