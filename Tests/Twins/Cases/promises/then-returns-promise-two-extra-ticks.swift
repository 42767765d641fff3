import NodeLoop

let thenReturnsPromiseTwoExtraTicks = Twin("promises/then-returns-promise-two-extra-ticks") {
    Promise.resolve()
        .then { Promise.resolve("promise") }
        .then { value in console.log("after returned", value) }
    Promise.resolve()
        .then { "plain" }
        .then { value in console.log("after returned", value) }
    Promise.resolve()
        .then { console.log("tick 1") }
        .then { console.log("tick 2") }
        .then { console.log("tick 3") }
        .then { console.log("tick 4") }
}
