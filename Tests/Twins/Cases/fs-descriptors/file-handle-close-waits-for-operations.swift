import NodeLoop

let fileHandleCloseWaitsForOperations = Twin("fs-descriptors/file-handle-close-waits-for-operations") {
    _ = Promise { () async throws in
        let file = try await fs.promises.open("Package.swift", "r").value
        let reading = file.readFile(encoding: "utf8").then(
            { text in console.log("readFile", !text.isEmpty) },
            { error in console.log("readFile error", (error as? NodeError)?.code) }
        )
        let closing = file.close().then { console.log("closed") }
        _ = try await Promise.all(reading, closing).value
        let second = try await fs.promises.open("Package.swift", "r").value
        let stat = second.stat().then(
            { stats in console.log("stat", stats.isFile()) },
            { error in console.log("stat error", (error as? NodeError)?.code) }
        )
        try await second.close().value
        console.log("second closed")
        try await stat.value
    }
}
