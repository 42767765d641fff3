import NodeLoop

let allRejectsWithFirstRejection = Twin("promises/all-rejects-with-first-rejection") {
    process.on(.unhandledRejection) { reason, _ in console.log("unhandledRejection", reason.message) }
    let failAfter = { (ms: Double, message: String) in Promise<String> { _, reject in setTimeout(ms) { console.log("rejecting", message); reject(NodeError(message)) } } }
    let fulfilled = Promise<String> { resolve, _ in setTimeout(30) { resolve("late value") } }
    Promise.all([fulfilled, failAfter(20, "second"), failAfter(10, "first")]).then(
        { values in console.log("all", values) },
        { error in console.log("all rejected", error.message) }
    )
}
