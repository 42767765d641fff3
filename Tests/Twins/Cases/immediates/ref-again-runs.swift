import NodeLoop

let immediateRefAgainRuns = Twin("immediates/ref-again-runs") {
    process.on(.exit) { code in console.log("exit", code) }
    let immediate = setImmediate { console.log("immediate ran") }
    immediate.unref()
    console.log("after unref", immediate.hasRef())
    immediate.ref()
    console.log("after ref", immediate.hasRef())
}
