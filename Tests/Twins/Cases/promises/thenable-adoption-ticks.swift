import NodeLoop

private struct LoggingThenable: Thenable {
    func then(_ resolve: PromiseResolver<Int>, _ reject: PromiseRejecter) throws { console.log("thenable then called"); resolve(1) }
}

let thenableAdoptionTicks = Twin("promises/thenable-adoption-ticks") {
    let thenable = LoggingThenable()
    Promise<Int> { resolve, _ in resolve(thenable) }.then { value in console.log("from thenable", value) }
    Promise<Int> { resolve, _ in resolve(1) }.then { value in console.log("from value", value) }
    Promise.resolve()
        .then { console.log("tick 1") }
        .then { console.log("tick 2") }
        .then { console.log("tick 3") }
    console.log("sync")
}
