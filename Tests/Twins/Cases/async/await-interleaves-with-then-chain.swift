import NodeLoop

let awaitInterleavesWithThenChain = Twin("async/await-interleaves-with-then-chain") {
    func f() -> Promise<String> {
        Promise { () async throws -> String in
            console.log("f start")
            try await Promise.resolve().value
            console.log("f after await 1")
            _ = try await Promise.resolve(5).value
            console.log("f after await 2")
            return "done"
        }
    }
    f().then { v in console.log("f resolved", v) }
    Promise.resolve().then { console.log("p1") }.then { console.log("p2") }.then { console.log("p3") }.then { console.log("p4") }.then { console.log("p5") }
    console.log("sync")
}
