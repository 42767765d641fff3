import CLibUV

/// Node's `fs.constants`: the numbers fs functions take for access modes, copy modes, open
/// flags and file types, with Node's names and the values of the platform's C library and
/// libuv (the values Node itself reports).
///
/// ```swift
/// try fs.accessSync("run.sh", fs.constants.R_OK | fs.constants.X_OK)
/// try fs.copyFileSync("a.txt", "b.txt", fs.constants.COPYFILE_EXCL)
/// let isLink = stats.mode & UInt64(fs.constants.S_IFMT) == UInt64(fs.constants.S_IFLNK)
/// ```
///
/// Every value is an `Int32`, the type of the C constants and of the `mode` parameters of
/// ``FileSystem/accessSync(_:_:)`` and ``FileSystem/copyFileSync(_:_:_:)``. A permission mask
/// for `chmod` becomes a ``FileMode`` with `FileMode(Int64(mask))`.
public struct FileSystemConstants: Sendable {
    init() {}

    // MARK: Access modes (`fs.access`)

    /// The file exists (no permission checked).
    public let F_OK: Int32 = CLibUV.F_OK
    /// The file can be read.
    public let R_OK: Int32 = CLibUV.R_OK
    /// The file can be written.
    public let W_OK: Int32 = CLibUV.W_OK
    /// The file can be executed (a directory: searched).
    public let X_OK: Int32 = CLibUV.X_OK

    // MARK: Copy modes (`fs.copyFile`)

    /// Fail with `EEXIST` if the destination exists.
    public let COPYFILE_EXCL: Int32 = CLibUV.UV_FS_COPYFILE_EXCL
    /// Try a copy-on-write clone; fall back to copying the bytes.
    public let COPYFILE_FICLONE: Int32 = CLibUV.UV_FS_COPYFILE_FICLONE
    /// Clone copy-on-write or fail (`ENOTSUP` where the file system cannot).
    public let COPYFILE_FICLONE_FORCE: Int32 = CLibUV.UV_FS_COPYFILE_FICLONE_FORCE
    /// libuv's name for ``COPYFILE_EXCL``.
    public let UV_FS_COPYFILE_EXCL: Int32 = CLibUV.UV_FS_COPYFILE_EXCL
    /// libuv's name for ``COPYFILE_FICLONE``.
    public let UV_FS_COPYFILE_FICLONE: Int32 = CLibUV.UV_FS_COPYFILE_FICLONE
    /// libuv's name for ``COPYFILE_FICLONE_FORCE``.
    public let UV_FS_COPYFILE_FICLONE_FORCE: Int32 = CLibUV.UV_FS_COPYFILE_FICLONE_FORCE

    // MARK: Open flags (`fs.open` with a number)

    /// Open for reading only.
    public let O_RDONLY: Int32 = CLibUV.O_RDONLY
    /// Open for writing only.
    public let O_WRONLY: Int32 = CLibUV.O_WRONLY
    /// Open for reading and writing.
    public let O_RDWR: Int32 = CLibUV.O_RDWR
    /// Create the file if it does not exist.
    public let O_CREAT: Int32 = CLibUV.O_CREAT
    /// With `O_CREAT`, fail with `EEXIST` if the file exists.
    public let O_EXCL: Int32 = CLibUV.O_EXCL
    /// A terminal opened does not become the controlling terminal.
    public let O_NOCTTY: Int32 = CLibUV.O_NOCTTY
    /// Truncate an existing regular file to length 0.
    public let O_TRUNC: Int32 = CLibUV.O_TRUNC
    /// Every write goes to the end of the file.
    public let O_APPEND: Int32 = CLibUV.O_APPEND
    /// Fail unless the path is a directory.
    public let O_DIRECTORY: Int32 = CLibUV.O_DIRECTORY
    /// Fail if the path is a symbolic link.
    public let O_NOFOLLOW: Int32 = CLibUV.O_NOFOLLOW
    /// Writes wait for data and metadata to reach storage.
    public let O_SYNC: Int32 = CLibUV.O_SYNC
    /// Writes wait for data to reach storage.
    public let O_DSYNC: Int32 = CLibUV.O_DSYNC
    /// Open in non-blocking mode.
    public let O_NONBLOCK: Int32 = CLibUV.O_NONBLOCK
    #if os(Linux) && arch(x86_64)
    // glibc declares these two only under _GNU_SOURCE, which Swift's C importer does not set;
    // the values are the kernel's (asm-generic/fcntl.h), which differ by architecture.
    /// Bypass the page cache where the file system allows it.
    public let O_DIRECT: Int32 = 0o40000
    /// Reads do not update the access time.
    public let O_NOATIME: Int32 = 0o1000000
    #elseif os(Linux) && arch(arm64)
    /// Bypass the page cache where the file system allows it.
    public let O_DIRECT: Int32 = 0o200000
    /// Reads do not update the access time.
    public let O_NOATIME: Int32 = 0o1000000
    #endif
    /// Windows only (memory-mapped file access); 0 elsewhere, as in Node.
    public let UV_FS_O_FILEMAP: Int32 = 0

    // MARK: File types (`stats.mode & S_IFMT`)

    /// Mask of the file-type bits of `stats.mode`.
    public let S_IFMT: Int32 = CLibUV.S_IFMT
    /// File type: regular file.
    public let S_IFREG: Int32 = CLibUV.S_IFREG
    /// File type: directory.
    public let S_IFDIR: Int32 = CLibUV.S_IFDIR
    /// File type: character device.
    public let S_IFCHR: Int32 = CLibUV.S_IFCHR
    /// File type: block device.
    public let S_IFBLK: Int32 = CLibUV.S_IFBLK
    /// File type: FIFO (named pipe).
    public let S_IFIFO: Int32 = CLibUV.S_IFIFO
    /// File type: symbolic link.
    public let S_IFLNK: Int32 = CLibUV.S_IFLNK
    /// File type: socket.
    public let S_IFSOCK: Int32 = CLibUV.S_IFSOCK

    // MARK: Permission bits (`stats.mode`, `fs.chmod`)
    // POSIX fixes these values; the C headers define them through macros the Swift importer
    // skips, so they are written out here.

    /// Owner may read, write and execute.
    public let S_IRWXU: Int32 = 0o700
    /// Owner may read.
    public let S_IRUSR: Int32 = 0o400
    /// Owner may write.
    public let S_IWUSR: Int32 = 0o200
    /// Owner may execute.
    public let S_IXUSR: Int32 = 0o100
    /// Group may read, write and execute.
    public let S_IRWXG: Int32 = 0o070
    /// Group may read.
    public let S_IRGRP: Int32 = 0o040
    /// Group may write.
    public let S_IWGRP: Int32 = 0o020
    /// Group may execute.
    public let S_IXGRP: Int32 = 0o010
    /// Others may read, write and execute.
    public let S_IRWXO: Int32 = 0o007
    /// Others may read.
    public let S_IROTH: Int32 = 0o004
    /// Others may write.
    public let S_IWOTH: Int32 = 0o002
    /// Others may execute.
    public let S_IXOTH: Int32 = 0o001

    // MARK: libuv's own values

    /// `fs.symlink` type `"dir"` (used on Windows only).
    public let UV_FS_SYMLINK_DIR: Int32 = CLibUV.UV_FS_SYMLINK_DIR
    /// `fs.symlink` type `"junction"` (used on Windows only).
    public let UV_FS_SYMLINK_JUNCTION: Int32 = CLibUV.UV_FS_SYMLINK_JUNCTION
    /// Directory entry type: unknown (libuv's `uv_dirent_type_t`).
    public let UV_DIRENT_UNKNOWN: Int32 = Int32(CLibUV.UV_DIRENT_UNKNOWN.rawValue)
    /// Directory entry type: regular file.
    public let UV_DIRENT_FILE: Int32 = Int32(CLibUV.UV_DIRENT_FILE.rawValue)
    /// Directory entry type: directory.
    public let UV_DIRENT_DIR: Int32 = Int32(CLibUV.UV_DIRENT_DIR.rawValue)
    /// Directory entry type: symbolic link.
    public let UV_DIRENT_LINK: Int32 = Int32(CLibUV.UV_DIRENT_LINK.rawValue)
    /// Directory entry type: FIFO.
    public let UV_DIRENT_FIFO: Int32 = Int32(CLibUV.UV_DIRENT_FIFO.rawValue)
    /// Directory entry type: socket.
    public let UV_DIRENT_SOCKET: Int32 = Int32(CLibUV.UV_DIRENT_SOCKET.rawValue)
    /// Directory entry type: character device.
    public let UV_DIRENT_CHAR: Int32 = Int32(CLibUV.UV_DIRENT_CHAR.rawValue)
    /// Directory entry type: block device.
    public let UV_DIRENT_BLOCK: Int32 = Int32(CLibUV.UV_DIRENT_BLOCK.rawValue)

    // MARK: Module loader (listed in Node's fs.constants too)

    /// How Node runs an extensionless entry file: as JavaScript.
    public let EXTENSIONLESS_FORMAT_JAVASCRIPT: Int32 = 0
    /// How Node runs an extensionless entry file: as WebAssembly.
    public let EXTENSIONLESS_FORMAT_WASM: Int32 = 1
}

extension FileSystem {
    /// Node's `fs.constants`: access modes, copy modes, open flags and file-type bits.
    public var constants: FileSystemConstants { FileSystemConstants() }
}

extension FileSystemPromises {
    /// Node's `fsPromises.constants`, the same values as ``FileSystem/constants``.
    public var constants: FileSystemConstants { FileSystemConstants() }
}
