import NodeLoop

let callbackErrorsAndThrownArgumentErrors = Twin("fs-descriptors/callback-errors-and-thrown-argument-errors") {
    try fs.open("./no-such-file", "r") { error, fd in
        console.log("open:", error?.code, error?.errno, error?.syscall, error?.path, error?.message, fd)
        try fs.close(12_345) { error in console.log("close:", error?.code, error?.syscall, error?.message) }
    }
    do { try fs.open("bad\0path", "r") { _, _ in console.log("never") } } catch { console.log("thrown:", error.name, (error as? NodeError)?.code) }
    do { try fs.open("./no-such-file", "rw") { _, _ in console.log("never") } } catch let error as NodeError { console.log("thrown:", error.code, error.message) }
    do { try fs.close(-1) { _ in console.log("never") } } catch { console.log("thrown:", error.name, (error as? NodeError)?.code) }
}
