import CLibUV

/// What `fs.stat` reports about a file: Node's `fs.Stats`.
public struct Stats: Sendable, Equatable {
    /// The device the file lives on.
    public let dev: UInt64
    /// The file's inode number on that device.
    public let ino: UInt64
    /// The file's type and permission bits (`0o100644` for a regular file readable by all).
    public let mode: UInt64
    /// How many hard links name the file.
    public let nlink: Int
    /// The owner's user id.
    public let uid: UInt64
    /// The owner's group id.
    public let gid: UInt64
    /// The device a device file stands for (0 for other files).
    public let rdev: UInt64
    /// The size in bytes. The counts (`size`, `nlink`, `blksize`, `blocks`) are `Int`, the type
    /// Swift's own APIs take for sizes and counts; the ids and `mode` are bit patterns, `UInt64`.
    public let size: Int
    /// The block size the file system prefers for I/O.
    public let blksize: Int
    /// How many 512-byte blocks the file takes on disk.
    public let blocks: Int
    /// Last access, in milliseconds since the epoch with fractions (Node's `atimeMs`).
    public let atimeMs: Double
    /// Last change of the contents (Node's `mtimeMs`).
    public let mtimeMs: Double
    /// Last change of the contents or the inode (Node's `ctimeMs`).
    public let ctimeMs: Double
    /// Creation, where the file system records it (Node's `birthtimeMs`).
    public let birthtimeMs: Double

    init(_ stat: uv_stat_t) {
        dev = stat.st_dev
        ino = stat.st_ino
        mode = stat.st_mode
        nlink = Int(clamping: stat.st_nlink)
        uid = stat.st_uid
        gid = stat.st_gid
        rdev = stat.st_rdev
        size = Int(clamping: stat.st_size)
        blksize = Int(clamping: stat.st_blksize)
        blocks = Int(clamping: stat.st_blocks)
        atimeMs = Stats.milliseconds(stat.st_atim)
        mtimeMs = Stats.milliseconds(stat.st_mtim)
        ctimeMs = Stats.milliseconds(stat.st_ctim)
        birthtimeMs = Stats.milliseconds(stat.st_birthtim)
    }

    private static func milliseconds(_ time: uv_timespec_t) -> Double {
        Double(time.tv_sec) * 1_000 + Double(time.tv_nsec) / 1_000_000
    }

    /// The access time as a date (Node's `stats.atime`): `atimeMs` rounded to the millisecond.
    public var atime: FileTime { FileTime(roundingMilliseconds: atimeMs) }
    /// The modification time as a date (Node's `stats.mtime`).
    public var mtime: FileTime { FileTime(roundingMilliseconds: mtimeMs) }
    /// The status-change time as a date (Node's `stats.ctime`).
    public var ctime: FileTime { FileTime(roundingMilliseconds: ctimeMs) }
    /// The creation time as a date (Node's `stats.birthtime`); the epoch where the system does
    /// not record it.
    public var birthtime: FileTime { FileTime(roundingMilliseconds: birthtimeMs) }

    private static let typeMask: UInt64 = 0o170000

    /// Whether it is a regular file.
    public func isFile() -> Bool { mode & Self.typeMask == 0o100000 }
    /// Whether it is a directory.
    public func isDirectory() -> Bool { mode & Self.typeMask == 0o040000 }
    /// Whether it is a symbolic link (only `lstat` reports one).
    public func isSymbolicLink() -> Bool { mode & Self.typeMask == 0o120000 }
    /// Whether it is a named pipe.
    public func isFIFO() -> Bool { mode & Self.typeMask == 0o010000 }
    /// Whether it is a Unix socket.
    public func isSocket() -> Bool { mode & Self.typeMask == 0o140000 }
    /// Whether it is a character device.
    public func isCharacterDevice() -> Bool { mode & Self.typeMask == 0o020000 }
    /// Whether it is a block device.
    public func isBlockDevice() -> Bool { mode & Self.typeMask == 0o060000 }
}

extension Stats: InspectableAsObject {
    /// Node's order, so that `console.log(stats)` prints as Node's does.
    var inspectedProperties: [(key: String, value: Any?)] {
        [
            ("dev", dev), ("mode", mode), ("nlink", nlink), ("uid", uid), ("gid", gid), ("rdev", rdev),
            ("blksize", blksize), ("ino", ino), ("size", size), ("blocks", blocks),
            ("atimeMs", atimeMs), ("mtimeMs", mtimeMs), ("ctimeMs", ctimeMs), ("birthtimeMs", birthtimeMs),
            ("atime", atime), ("mtime", mtime), ("ctime", ctime), ("birthtime", birthtime),
        ]
    }

    var inspectedClassName: String? { "Stats" }
}
