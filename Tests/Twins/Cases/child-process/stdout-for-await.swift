import NodeLoop

let stdoutForAwait = Twin("child-process/stdout-for-await") {
    let child = LoopBound(try childProcess.spawn("sh", ["-c", "echo one; sleep 0.2; echo two"]))
    _ = Promise { () async throws in
        let closed = Promise<ChildExit> { resolve, _ in child.value.on(.close) { resolve($0) } }
        guard let stdout = child.value.stdout else { return }
        var chunks: [String] = []
        for try await chunk in stdout { chunks.append(try chunk.toString()) }
        console.log("loop done", "[" + chunks.map(childJSON).joined(separator: ",") + "]", "destroyed", stdout.destroyed,
                    "readableEnded", stdout.readableEnded)
        console.log("close", orNull(try await closed.value.code))
    }
}
