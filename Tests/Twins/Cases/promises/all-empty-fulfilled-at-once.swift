import NodeLoop

let allEmptyFulfilledAtOnce = Twin("promises/all-empty-fulfilled-at-once") {
    Promise<Int>.all([]).then { values in console.log("all of nothing", values) }
    Promise.resolve()
        .then { console.log("tick 1") }
        .then { console.log("tick 2") }
}
