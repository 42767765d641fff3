import NodeLoop

let immediateQueuedFromTickInsideImmediate = Twin("immediates/queued-from-tick-inside-immediate") {
    setImmediate {
        console.log("A")
        process.nextTick { setImmediate { console.log("from tick in A") } }
        queueMicrotask { setImmediate { console.log("from microtask in A") } }
    }
    setImmediate { console.log("B") }
}
