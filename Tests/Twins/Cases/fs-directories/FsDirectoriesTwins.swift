import NodeLoop
#if canImport(Glibc)
import Glibc
#endif

let fsDirectoriesTwins: [Twin] = [
    readdirSortedNamesAndKinds,
    readdirRecursiveOrder,
    readdirRecursiveCallbackRunsSynchronously,
    readdirCallbackOrder,
    mkdirRecursiveReturnsFirstCreated,
    mkdirErrorsEexistEnoent,
    mkdtempPrefixShape,
    rmdirEnotempty,
    rmForceMissingPath,
    rmDirectoryWithoutRecursive,
    rmRecursiveTree,
]

/// Node's `os.tmpdir()`: where these cases make their scratch directories.
func directoriesTmpdir() -> String {
    for name in ["TMPDIR", "TMP", "TEMP"] {
        if let value = getenv(name).map({ String(cString: $0) }), !value.isEmpty {
            return value.count > 1 && value.hasSuffix("/") ? String(value.dropLast()) : value
        }
    }
    return "/tmp"
}

/// `fs.symlinkSync(target, path)`, which is not part of these cases' API: libc's symlink.
func directoriesSymlinkSync(_ target: String, _ path: String) throws {
    guard symlink(target, path) == 0 else { throw NodeError("symlink failed: \(path)") }
}
