import NodeLoop

let statCallbackWorkBeforeNextImmediate = Twin("io/stat-callback-work-before-next-immediate") {
    try fs.stat(".") { _, _ in
        setImmediate { console.log("immediate from callback") }
        queueMicrotask { console.log("microtask from callback") }
        process.nextTick { console.log("tick from callback") }
        console.log("stat callback")
    }
}
