import NodeLoop

let immediateQueuedFromTickAndMicrotask = Twin("immediates/queued-from-tick-and-microtask") {
    process.nextTick {
        console.log("tick")
        setImmediate { console.log("immediate from tick") }
    }
    queueMicrotask {
        console.log("microtask")
        setImmediate { console.log("immediate from microtask") }
    }
    setImmediate { console.log("immediate from script") }
    console.log("script end")
}
