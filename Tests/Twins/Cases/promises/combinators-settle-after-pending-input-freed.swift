import NodeLoop

let combinatorsSettleAfterPendingInputFreed = Twin("promises/combinators-settle-after-pending-input-freed") {
    func never() -> Promise<Int> {
        Promise { _, _ in }
    }
    Promise.race([Promise.resolve(1), never()]).then({ v in console.log("race", v) }, { e in console.log("race!", e.message) })
    Promise.all([Promise.reject(NodeError("no")), never()]).then({ v in console.log("all", v) }, { e in console.log("all!", e.message) })
    Promise.any([never(), Promise.resolve(3)]).then { v in console.log("any", v) }
    Promise.allSettled([never()]).then { _ in console.log("allSettled never settles") }
    setImmediate {
        Promise.race([never(), Promise.resolve(4)]).then { v in console.log("race in immediate", v) }
    }
    setTimeout(1) {
        let later = Promise<Int> { resolve, _ in setTimeout(1) { resolve(5) } }
        Promise.race([never(), later]).then { v in console.log("race of a later input", v) }
    }
}
