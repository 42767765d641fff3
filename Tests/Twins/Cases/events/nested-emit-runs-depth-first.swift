import NodeLoop

fileprivate extension EventName where Payload == Int {
    static var outer: Self { Self("outer") }
    static var inner: Self { Self("inner") }
}

let nestedEmitRunsDepthFirst = Twin("events/nested-emit-runs-depth-first") {
    let emitter = EventEmitter()
    emitter.on(.outer) { [unowned emitter] n in
        console.log("outer A", n)
        try emitter.emit(.inner, n * 10)
        console.log("outer A after inner")
    }
    emitter.on(.outer) { n in console.log("outer B", n) }
    emitter.on(.inner) { [unowned emitter] n in
        console.log("inner", n)
        if n < 100 { try emitter.emit(.inner, n * 10) }
    }
    try emitter.emit(.outer, 1)
}
