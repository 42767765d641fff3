import NodeLoop

let finallyAwaitsReturnedPromise = Twin("promises/finally-awaits-returned-promise") {
    Promise.resolve("original")
        .finally { Promise<String> { resolve, _ in setTimeout(10) { console.log("finally timer"); resolve("ignored") } } }
        .then { value in console.log("then", value) }
    Promise.resolve("original")
        .finally { Promise<String> { _, reject in setTimeout(20) { reject(NodeError("from finally")) } } }
        .catch { error in console.log("catch", error.message) }
    console.log("sync")
}
