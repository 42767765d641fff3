import NodeLoop

let firstSettleWins = Twin("promises/first-settle-wins") {
    Promise<Int> { resolve, reject in
        resolve(1)
        reject(NodeError("ignored"))
        resolve(2)
    }.then({ value in console.log("fulfilled", value) }, { error in console.log("rejected", error.message) })
    Promise<Int> { resolve, reject in
        reject(NodeError("first"))
        resolve(3)
        reject(NodeError("second"))
    }.then({ value in console.log("fulfilled", value) }, { error in console.log("rejected", error.message) })
}
