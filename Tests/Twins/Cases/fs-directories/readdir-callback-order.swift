import NodeLoop

let readdirCallbackOrder = Twin("fs-directories/readdir-callback-order") {
    try fs.readdir(".") { error, names in
        console.log("readdir callback", names?.contains("Package.swift"))
        setTimeout(0) { console.log("timeout from callback") }
        setImmediate { console.log("immediate from callback") }
        process.nextTick { console.log("tick from callback") }
        queueMicrotask { console.log("microtask from callback") }
    }
    queueMicrotask { console.log("microtask") }
    process.nextTick { console.log("nextTick") }
    console.log("script end")
}
