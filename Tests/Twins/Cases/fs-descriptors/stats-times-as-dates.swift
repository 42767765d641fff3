import NodeLoop

let statsTimesAsDates = Twin("fs-descriptors/stats-times-as-dates") {
    let dir = try fs.mkdtempSync("/tmp/nodeloop-")
    let file = "\(dir)/dated.txt"
    try fs.writeFileSync(file, "x")
    for (atime, mtime) in [(0.0005, 951_782_400), (1_700_000_000.123456, 4_102_444_800.999), (86_399.9994, 1_234_567_890.0015)] {
        try fs.utimesSync(file, atime, mtime)
        let stats = try fs.statSync(file)
        console.log(stats.atimeMs, stats.mtimeMs)
        console.log(stats.atime)
        console.log([stats.atime, stats.mtime])
    }
    try fs.rmSync(dir, recursive: true)
}
