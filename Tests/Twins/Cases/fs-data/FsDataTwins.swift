import Glibc
import NodeLoop

let fsDataTwins: [Twin] = [
    readfileBytesAndText,
    writefileReadfileRoundTripEncodings,
    appendfileAddsToTheEnd,
    writefileWxOnExistingFileEexist,
    readfileMissingFileEnoent,
    readfileDirectoryEisdir,
    readAndWriteAtPositions,
    filehandleUsedAfterCloseEbadf,
    readStreamYieldsChunksOfARange,
    writeStreamWritesInOrder,
    readFileCallbackAfterImmediate,
]

/// `fs.mkdtempSync(path.join(os.tmpdir(), 'nodeloop-'))`: a new directory with a random name.
func fsDataScratchDirectory() throws -> String {
    let base = getenv("TMPDIR").map { String(cString: $0) } ?? "/tmp"
    var template = Array("\(base)/nodeloop-XXXXXX".utf8CString)
    guard let made = mkdtemp(&template) else { throw NodeError("mkdtemp failed") }
    return String(cString: made)
}

/// `fs.rmSync(path, { recursive: true })`.
func fsDataRemove(_ path: String) {
    var status = stat()
    guard lstat(path, &status) == 0 else { return }
    guard status.st_mode & S_IFMT == S_IFDIR, let directory = opendir(path) else {
        unlink(path)
        return
    }
    while let entry = readdir(directory) {
        let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
        if name != "." && name != ".." { fsDataRemove(path + "/" + name) }
    }
    closedir(directory)
    rmdir(path)
}
