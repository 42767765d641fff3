import NodeLoop

let anyAllRejectedReasonsInInputOrder = Twin("promises/any-all-rejected-reasons-in-input-order") {
    let failAfter = { (ms: Double, message: String) in Promise<String> { _, reject in setTimeout(ms) { reject(NodeError(message)) } } }
    Promise.any([failAfter(30, "a"), failAfter(10, "b"), failAfter(20, "c")]).catch { error -> Void in
        console.log(error.name, error.message)
        console.log((error as! AggregateError).errors.map { reason in reason.message })
    }
}
