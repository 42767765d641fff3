import NodeLoop

let microtaskFromMicrotaskSameDrain = Twin("microtasks/microtask-from-microtask-same-drain") {
    setImmediate { console.log("immediate") }
    queueMicrotask {
        console.log("microtask 1")
        queueMicrotask {
            console.log("microtask 1 -> 2")
            queueMicrotask { console.log("microtask 1 -> 2 -> 3") }
        }
    }
    queueMicrotask { console.log("microtask 2") }
}
