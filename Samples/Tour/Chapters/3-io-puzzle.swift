import NodeLoop

let ioPuzzle = Chapter(
    "3-io-puzzle",
    title: "The nextTick / microtask / timeout / immediate puzzle",
    lesson: "Inside an I/O callback: the rest of the callback, then nextTick, then promise jobs, then setImmediate (check phase), then setTimeout (next iteration)."
) {
    try fs.stat(".") { _, _ in
        setTimeout(0) { console.log("setTimeout 0") }
        setImmediate { console.log("setImmediate") }
        queueMicrotask { console.log("microtask (promise job)") }
        process.nextTick { console.log("process.nextTick") }
        console.log("synchronous, inside the I/O callback")
    }
}
