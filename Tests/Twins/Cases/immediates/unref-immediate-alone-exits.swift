import NodeLoop

let unrefImmediateAloneDoesNotKeepAlive = Twin("immediates/unref-immediate-alone-exits") {
    process.on(.exit) { code in console.log("exit", code) }
    let immediate = setImmediate { console.log("unref immediate") }
    immediate.unref()
    console.log("hasRef", immediate.hasRef())
    console.log("script end")
}
