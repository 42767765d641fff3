import NodeLoop

let finallyRejectedReasonPassesThrough = Twin("promises/finally-rejected-reason-passes-through") {
    _ = Promise<Int>.reject(NodeError("original"))
        .finally { console.log("finally") }
        .catch { error in console.log("catch after finally", error.message) }
    Promise.resolve()
        .then { console.log("tick 1") }
        .then { console.log("tick 2") }
        .then { console.log("tick 3") }
        .then { console.log("tick 4") }
        .then { console.log("tick 5") }
}
