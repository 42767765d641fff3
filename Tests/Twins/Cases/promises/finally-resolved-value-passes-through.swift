import NodeLoop

let finallyResolvedValuePassesThrough = Twin("promises/finally-resolved-value-passes-through") {
    Promise.resolve(7)
        .finally { console.log("finally") }
        .then { value in console.log("then after finally", value) }
    Promise.resolve()
        .then { console.log("tick 1") }
        .then { console.log("tick 2") }
        .then { console.log("tick 3") }
        .then { console.log("tick 4") }
        .then { console.log("tick 5") }
}
