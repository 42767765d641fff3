import NodeLoop

let unlinkCallbackOrder = Twin("fs-paths/unlink-callback-order") {
    let path = PathsTwin.self
    let dir = try fs.mkdtempSync(os.tmpdir() + "/nodeloop-")
    let first = path.join(dir, "first")
    let second = path.join(dir, "second")
    try fs.closeSync(fs.openSync(first, "w"))
    try fs.closeSync(fs.openSync(second, "w"))
    try fs.unlink(first) { error in
        console.log("unlink callback", error?.code)
        setImmediate { console.log("immediate from callback") }
        Promise.resolve().then { console.log("promise from callback") }
        try fs.unlink(second) { _ in
            console.log("second unlink callback")
            try fs.rmSync(dir, recursive: true)
        }
    }
    Promise.resolve().then { console.log("resolved promise") }
    console.log("script end")
}
