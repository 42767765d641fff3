import NodeLoop

fileprivate extension EventName where Payload == Void {
    static var done: Self { Self("done") }
    static var failed: Self { Self("failed") }
}

private final class JobQueue: EventEmitter {}

let subclassWarningNamesClass = Twin("events/subclass-warning-names-class") {
    process.on(.warning) { warning in console.log(warning.name, "|", warning.message) }
    let queue = try JobQueue().setMaxListeners(2)
    for _ in 0..<4 { queue.on(.done) {} }
    for _ in 0..<3 { queue.on(.failed) {} }
    let unlimited = try JobQueue().setMaxListeners(0)
    for _ in 0..<50 { unlimited.on(.done) {} }
    console.log("unlimited", unlimited.listenerCount(.done), unlimited.getMaxListeners())
    do { try unlimited.setMaxListeners(-1) } catch let error as NodeError { console.log(error.name, error.code, error.message) }
}
