import NodeLoop

let nextTickInThenAfterDrain = Twin("promises/next-tick-in-then-after-drain") {
    Promise.resolve().then { () -> Void in
        console.log("job 1")
        process.nextTick { console.log("tick from job 1") }
    }.then { console.log("job 2") }
        .then { console.log("job 3") }
    Promise.resolve().then { console.log("other job 1") }
        .then { console.log("other job 2") }
}
