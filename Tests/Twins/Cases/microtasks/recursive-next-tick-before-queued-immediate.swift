import NodeLoop

let recursiveNextTickBeforeQueuedImmediate = Twin("microtasks/recursive-next-tick-before-queued-immediate") {
    var depth = 0
    func tick() {
        depth += 1
        console.log("tick depth", depth)
        if depth < 5 { process.nextTick(tick) }
    }
    setImmediate {
        console.log("immediate 1")
        process.nextTick(tick)
    }
    setImmediate { console.log("immediate 2") }
}
