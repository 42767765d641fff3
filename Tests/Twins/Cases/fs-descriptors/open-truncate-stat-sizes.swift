import NodeLoop
#if canImport(Glibc)
import Glibc
#endif

let openTruncateStatSizes = Twin("fs-descriptors/open-truncate-stat-sizes") {
    var template = Array("/tmp/nodeloop-XXXXXX".utf8CString)
    let dir = String(cString: mkdtemp(&template))
    let file = "\(dir)/data.bin"
    let fd = try fs.openSync(file, "w")
    console.log("created size", try fs.fstatSync(fd).size, "isFile", try fs.fstatSync(fd).isFile())
    try fs.truncateSync(file, 10)
    console.log("after truncate", try fs.statSync(file).size)
    try fs.ftruncateSync(fd, 3)
    console.log("after ftruncate", try fs.fstatSync(fd).size)
    try fs.fsyncSync(fd)
    try fs.fdatasyncSync(fd)
    try fs.closeSync(fd)
    do { _ = try fs.fstatSync(fd) } catch let error as NodeError { console.log("fstat after close", error.code, error.syscall) }
    console.log("directory isDirectory", try fs.statSync(dir).isDirectory(), "isFile", try fs.statSync(dir).isFile())
    unlink(file)
    rmdir(dir)
}
