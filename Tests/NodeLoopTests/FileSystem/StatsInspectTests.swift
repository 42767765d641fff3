import CLibUV
import Testing
@testable import NodeLoop

/// `console.log(stats)` prints Node's `Stats { ... }` block, fields in Node's order, times as
/// ISO dates rounded to the millisecond.
@Suite struct StatsInspectTests {
    private static let stats: Stats = {
        var raw = uv_stat_t()
        raw.st_dev = 65_024
        raw.st_mode = 33_188
        raw.st_nlink = 1
        raw.st_blksize = 4_096
        raw.st_ino = 612
        raw.st_size = 49
        raw.st_blocks = 8
        raw.st_atim = uv_timespec_t(tv_sec: 1_795_637_504, tv_nsec: 778_657_000)
        raw.st_mtim = uv_timespec_t(tv_sec: 1_795_637_503, tv_nsec: 830_657_000)
        raw.st_ctim = uv_timespec_t(tv_sec: 1_795_637_503, tv_nsec: 830_657_000)
        return Stats(raw)
    }()

    // node -e "const S=require('fs').Stats; console.log(require('util').inspect(new S(65024, 33188,
    //   1, 0, 0, 0, 4096, 612, 49, 8, 1795637504778.657, 1795637503830.657, 1795637503830.657, 0)))"
    private static let nodeLines = [
        "Stats {", "  dev: 65024,", "  mode: 33188,", "  nlink: 1,", "  uid: 0,", "  gid: 0,", "  rdev: 0,",
        "  blksize: 4096,", "  ino: 612,", "  size: 49,", "  blocks: 8,", "  atimeMs: 1795637504778.657,",
        "  mtimeMs: 1795637503830.657,", "  ctimeMs: 1795637503830.657,", "  birthtimeMs: 0,",
        "  atime: 2026-11-25T20:11:44.779Z,", "  mtime: 2026-11-25T20:11:43.831Z,",
        "  ctime: 2026-11-25T20:11:43.831Z,", "  birthtime: 1970-01-01T00:00:00.000Z", "}",
    ]

    @Test func statsPrintsAsNodesStatsBlock() {
        #expect(inspect(Self.stats) == Self.nodeLines.joined(separator: "\n"))
    }

    @Test func statsInsideAnArrayIsIndentedOneLevel() {
        let nested = ["["] + Self.nodeLines.map { "  " + $0 } + ["]"]
        #expect(inspect([Self.stats]) == nested.joined(separator: "\n"))
    }
}
