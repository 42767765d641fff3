import NodeLoop

let fileHandleClosesOnce = Twin("fs-descriptors/file-handle-closes-once") {
    _ = Promise { () async throws in
        let file = try await fs.promises.open("Package.swift", "r").value
        console.log("open fd is a number", "number", file.fd > 2)
        let stats = try await file.stat().value
        console.log("stat isFile", stats.isFile())
        try await file.close().value
        console.log("fd after close", file.fd)
        try await file.close().value
        console.log("second close fulfilled")
        do { _ = try await file.stat().value } catch let error as NodeError { console.log("stat after close", error.code, error.syscall, error.message) }
        do { try await file.truncate(0).value } catch let error as NodeError { console.log("truncate after close", error.code, error.syscall, error.message) }
        do { try await file.sync().value } catch let error as NodeError { console.log("sync after close", error.code, error.syscall, error.message) }
    }
}
