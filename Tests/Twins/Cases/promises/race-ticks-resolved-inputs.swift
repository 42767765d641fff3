import NodeLoop

let raceTicksResolvedInputs = Twin("promises/race-ticks-resolved-inputs") {
    Promise.race([Promise.resolve("first"), Promise.resolve("second")]).then { value in console.log("race", value) }
    Promise.resolve()
        .then { console.log("tick 1") }
        .then { console.log("tick 2") }
        .then { console.log("tick 3") }
}
