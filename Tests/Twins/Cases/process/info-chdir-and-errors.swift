import NodeLoop

let infoChdirAndErrors = Twin("process/info-chdir-and-errors") {
    let path = PathsTwin.self
    let original = try process.cwd()
    let dir = try fs.mkdtempSync(os.tmpdir() + "/nodeloop-")
    try process.chdir(dir)
    console.log("cwd is the directory:", try process.cwd() == fs.realpathSync(dir))
    try process.chdir(original)
    console.log("cwd restored:", try process.cwd() == original)
    let missing = path.join(dir, "missing")
    do {
        try process.chdir(missing)
    } catch let error as NodeError {
        console.log(error.code, error.errno, error.syscall)
        console.log(error.path == original, error.dest == missing)
        console.log(error.message.replacing(original, with: "<cwd>", maxReplacements: 1).replacing(missing, with: "<missing>", maxReplacements: 1))
    }
    try fs.rmdirSync(dir)
}
