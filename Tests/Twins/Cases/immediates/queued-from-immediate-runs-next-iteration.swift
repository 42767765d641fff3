import NodeLoop

let immediateQueuedFromImmediateRunsNextIteration = Twin("immediates/queued-from-immediate-runs-next-iteration") {
    setImmediate {
        console.log("A")
        setImmediate { console.log("queued by A") }
    }
    setImmediate {
        console.log("B")
        setImmediate { console.log("queued by B") }
    }
    setImmediate { console.log("C") }
}
