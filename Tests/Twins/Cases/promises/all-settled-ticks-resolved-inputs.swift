import NodeLoop

let allSettledTicksResolvedInputs = Twin("promises/all-settled-ticks-resolved-inputs") {
    Promise.allSettled([Promise.resolve(1), Promise<Int>.reject(ThrownValue(2))]).then { results in console.log("allSettled", results.count) }
    Promise.resolve()
        .then { console.log("tick 1") }
        .then { console.log("tick 2") }
        .then { console.log("tick 3") }
}
