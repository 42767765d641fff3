import NodeLoop

let openCallbacksAfterTicksAndPromiseJobs = Twin("fs-descriptors/open-callbacks-after-ticks-and-promise-jobs") {
    try fs.open("Package.swift", "r") { error, fd in
        console.log("open callback", error == nil, fd == nil ? "undefined" : "number")
        setTimeout(0) {
            console.log("timeout 0")
            try fs.close(fd ?? -1) { error in console.log("close callback", error == nil) }
        }
        setImmediate { console.log("immediate") }
        process.nextTick { console.log("nextTick in callback") }
        Promise.resolve().then { console.log("promise job in callback") }
    }
    process.nextTick { console.log("nextTick") }
    Promise.resolve().then { console.log("promise job") }
    console.log("sync")
}
