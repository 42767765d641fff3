import CLibUV

/// What `fs.stat` reports about a file: Node's `fs.Stats`.
public struct Stats: Sendable, Equatable {
    public let dev: UInt64
    public let ino: UInt64
    public let mode: UInt64
    public let nlink: UInt64
    public let uid: UInt64
    public let gid: UInt64
    public let rdev: UInt64
    public let size: UInt64
    public let blksize: UInt64
    public let blocks: UInt64
    /// Times in milliseconds since the epoch, with fractions, as Node's `*Ms` fields.
    public let atimeMs: Double
    public let mtimeMs: Double
    public let ctimeMs: Double
    public let birthtimeMs: Double

    init(_ stat: uv_stat_t) {
        dev = stat.st_dev
        ino = stat.st_ino
        mode = stat.st_mode
        nlink = stat.st_nlink
        uid = stat.st_uid
        gid = stat.st_gid
        rdev = stat.st_rdev
        size = stat.st_size
        blksize = stat.st_blksize
        blocks = stat.st_blocks
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

    public func isFile() -> Bool { mode & Self.typeMask == 0o100000 }
    public func isDirectory() -> Bool { mode & Self.typeMask == 0o040000 }
    public func isSymbolicLink() -> Bool { mode & Self.typeMask == 0o120000 }
    public func isFIFO() -> Bool { mode & Self.typeMask == 0o010000 }
    public func isSocket() -> Bool { mode & Self.typeMask == 0o140000 }
    public func isCharacterDevice() -> Bool { mode & Self.typeMask == 0o020000 }
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
