import NodeLoop

let noPendingWorkExitsZero = Twin("loop/no-pending-work-exits-zero") {
    process.on(.beforeExit) { code in console.log("beforeExit", code) }
    process.on(.exit) { code in console.log("exit", code) }
    console.log("script end")
}
