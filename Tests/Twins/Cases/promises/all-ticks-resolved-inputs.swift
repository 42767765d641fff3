import NodeLoop

let allTicksResolvedInputs = Twin("promises/all-ticks-resolved-inputs") {
    Promise.all([Promise.resolve(1), Promise.resolve(2)]).then { values in console.log("all", values) }
    Promise.resolve()
        .then { console.log("tick 1") }
        .then { console.log("tick 2") }
        .then { console.log("tick 3") }
}
