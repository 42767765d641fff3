import NodeLoop
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

let accessModesOnReadOnlyFile = Twin("fs-paths/access-modes-on-read-only-file") {
    let path = PathsTwin.self
    let dir = try fs.mkdtempSync(os.tmpdir() + "/nodeloop-")
    let file = path.join(dir, "read-only")
    try fs.closeSync(fs.openSync(file, "w"))
    try fs.chmodSync(file, 0o444)
    let (F_OK, R_OK, W_OK, X_OK) = (fs.constants.F_OK, fs.constants.R_OK, fs.constants.W_OK, fs.constants.X_OK)
    console.log("modes", F_OK, R_OK, W_OK, X_OK)
    for (name, mode) in [("F_OK", F_OK), ("R_OK", R_OK), ("X_OK", X_OK), ("R_OK | X_OK", R_OK | X_OK)] {
        do {
            try fs.accessSync(file, mode)
            console.log("sync", name, "passes")
        } catch let error as NodeError {
            console.log("sync", name, error.code, error.syscall, path.basename(error.path))
        }
    }
    let isRoot = getuid() == 0
    do {
        try fs.accessSync(file, W_OK)
        console.log("sync W_OK as expected for this user", isRoot)
    } catch let error as NodeError {
        console.log("sync W_OK as expected for this user", !isRoot && error.code == "EACCES")
    }
    try fs.access(file) { error in
        console.log("callback default mode", error?.code)
        try fs.access(file, X_OK) { error in
            console.log("callback X_OK", error?.code, error?.message.contains("access '"))
            fs.promises.access(path.join(dir, "missing")).catch { error -> Void in
                let error = error as? NodeError
                console.log("promise missing", error?.code, error?.syscall)
                try fs.rmSync(dir, recursive: true)
            }
        }
    }
}
