import NodeLoop

let exitInAsyncFunctionEndsRun = Twin("async/exit-in-async-function-ends-run") {
    process.on(.exit) { code in console.log("exit", code) }
    func main() -> Promise<Void> {
        Promise { () async throws -> Void in
            console.log("main start")
            try await Promise.resolve().value
            console.log("main after await")
            try process.exit(4)
        }
    }
    main().catch { error in console.log("caught", error) }
    Promise.resolve().then { console.log("job") }.then { console.log("second job") }
    console.log("script")
}
