import NodeLoop

let executorThrowRejects = Twin("promises/executor-throw-rejects") {
    Promise<String> { _, _ in throw NodeError("executor threw") }
        .catch { error in console.log("rejected", error.message) }
    Promise<String> { resolve, _ in resolve("kept"); throw NodeError("ignored") }
        .then({ value in console.log("fulfilled", value) }, { error in console.log("rejected", error.message) })
}
