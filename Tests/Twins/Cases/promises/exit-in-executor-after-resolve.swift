import NodeLoop

let exitInExecutorAfterResolve = Twin("promises/exit-in-executor-after-resolve") {
    process.on(.exit) { code in console.log("exit", code) }
    setTimeout(0) {
        let p = Promise<Int> { resolve, _ in
            resolve(1)
            console.log("executor resolved")
            Promise.resolve().then { console.log("queued job") }
            try process.exit(6)
        }
        p.then { _ in console.log("then") }
    }
    console.log("script")
}
