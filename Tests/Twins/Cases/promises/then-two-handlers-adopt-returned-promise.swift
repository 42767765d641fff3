import NodeLoop

let thenTwoHandlersAdoptReturnedPromise = Twin("promises/then-two-handlers-adopt-returned-promise") {
    Promise.resolve(1).then(
        { value in Promise.resolve("fulfilled \(value)") },
        { _ in Promise.resolve("never") }
    ).then { text in console.log(text) }
    Promise<Int>.reject(NodeError("no")).then(
        { _ in Promise.resolve("never") },
        { error in Promise.resolve("recovered from \((error as? NodeError)?.message ?? "")") }
    ).then { text in console.log(text) }
    Promise<Void>.resolve()
        .then { console.log("tick 1") }
        .then { console.log("tick 2") }
        .then { console.log("tick 3") }
        .then { console.log("tick 4") }
}
