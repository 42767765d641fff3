import NodeLoop

let statMissingFileEnoent = Twin("io/stat-missing-file-enoent") {
    try fs.stat("./no-such-file") { error, stats in
        console.log("code", error?.code)
        console.log("errno", error?.errno)
        console.log("syscall", error?.syscall)
        console.log("path", error?.path)
        console.log("message", error?.message)
        console.log("stats", stats)
    }
}
