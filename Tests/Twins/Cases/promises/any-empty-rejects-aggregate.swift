import NodeLoop

let anyEmptyRejectsAggregate = Twin("promises/any-empty-rejects-aggregate") {
    Promise<Int>.any([]).catch { error in console.log(error.name, error.message, (error as! AggregateError).errors.count) }
    Promise.resolve()
        .then { console.log("tick 1") }
        .then { console.log("tick 2") }
}
