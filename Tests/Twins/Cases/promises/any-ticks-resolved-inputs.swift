import NodeLoop

let anyTicksResolvedInputs = Twin("promises/any-ticks-resolved-inputs") {
    Promise.any([Promise<String>.reject(NodeError("no")), Promise.resolve("yes")]).then { value in console.log("any", value) }
    Promise.resolve()
        .then { console.log("tick 1") }
        .then { console.log("tick 2") }
        .then { console.log("tick 3") }
}
