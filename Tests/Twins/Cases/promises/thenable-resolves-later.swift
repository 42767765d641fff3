import NodeLoop

private struct SlowThenable: Thenable {
    func then(_ resolve: PromiseResolver<String>, _ reject: PromiseRejecter) throws { console.log("then called"); setTimeout(40) { resolve("from timer") } }
}

let thenableResolvesLater = Twin("promises/thenable-resolves-later") {
    let slow = SlowThenable()
    Promise<String> { resolve, _ in resolve(slow) }.then { value in console.log("fulfilled", value) }
    setTimeout(1) { console.log("earlier timer") }
    console.log("sync")
}
