import NodeLoop

let finallyThrowWins = Twin("promises/finally-throw-wins") {
    Promise.resolve(1)
        .finally { throw NodeError("thrown in finally 1") }
        .then({ value in console.log("value", value) }, { error in console.log("rejected", error.message) })
    _ = Promise<Int>.reject(NodeError("original"))
        .finally { throw NodeError("thrown in finally 2") }
        .catch { error in console.log("rejected", error.message) }
}
