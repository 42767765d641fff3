import NodeLoop

/// A foreign thenable that fulfils at once, as `{ then(resolve) { resolve(...) } }`.
private struct ImmediateThenable: Thenable {
    func then(_ resolve: PromiseResolver<String>, _ reject: PromiseRejecter) throws {
        resolve("thenable")
    }
}

let awaitTicksByKind = Twin("async/await-ticks-by-kind") {
    // JavaScript's `await x` is `await Promise.resolve(x)`; Swift spells the conversion out.
    // Each body has its own settled promise: a body takes over what it captures (`sending`).
    _ = Promise { () async throws in console.log(try await Promise.resolve("plain value").value) }
    _ = Promise { () async throws in
        let settled = Promise.resolve("settled promise")
        console.log(try await settled.value)
    }
    _ = Promise { () async throws in console.log(try await Promise.resolve(ImmediateThenable()).value) }
    Promise.following { Promise.resolve("settled promise") }
        .then { _ in console.log("async return of a promise") }
    Promise { () async throws in "value" }.then { _ in console.log("async return of a value") }
    Promise.resolve()
        .then { console.log("tick 1") }
        .then { console.log("tick 2") }
        .then { console.log("tick 3") }
        .then { console.log("tick 4") }
}
