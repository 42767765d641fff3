import NodeLoop

let immediatesRunInQueueOrder = Twin("immediates/run-in-queue-order") {
    setImmediate { console.log("first") }
    setImmediate { console.log("second") }
    setImmediate { console.log("third") }
    console.log("script end")
}
