import NodeLoop

let resolveWithPromiseThreeTicks = Twin("promises/resolve-with-promise-three-ticks") {
    let p = Promise.resolve("p")
    Promise<String> { resolve, _ in resolve(p) }.then { value in console.log("adopted", value) }
    Promise.resolve("direct").then { value in console.log(value) }
    Promise.resolve()
        .then { console.log("tick 1") }
        .then { console.log("tick 2") }
        .then { console.log("tick 3") }
        .then { console.log("tick 4") }
}
