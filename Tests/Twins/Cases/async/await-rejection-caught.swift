import NodeLoop

let awaitRejectionCaught = Twin("async/await-rejection-caught") {
    func load() -> Promise<String> {
        Promise { () async throws -> String in
            process.nextTick { console.log("tick") }
            do {
                _ = try await Promise<Int>.reject(NodeError("no data")).value
                console.log("not reached")
            } catch {
                console.log("caught", error.message)
            }
            return "recovered"
        }
    }
    load().then { value in console.log("load", value) }
    queueMicrotask { console.log("microtask") }
    console.log("sync")
}
