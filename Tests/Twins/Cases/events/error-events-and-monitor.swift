import NodeLoop

let errorEventsAndMonitor = Twin("events/error-events-and-monitor") {
    let emitter = EventEmitter()
    do { try emitter.emit(.error, NodeError("nobody listens")) } catch { console.log("thrown", error.message) }
    do { try emitter.emit(.error, ThrownValue("plain")) } catch let error as NodeError { console.log("thrown", error.code, error.message) }
    emitter.on(.errorMonitor) { error in console.log("monitor", error.message) }
    do { try emitter.emit(.error, NodeError("monitored only")) } catch { console.log("thrown", error.message) }
    emitter.on(.error) { error in console.log("handled", error.message) }
    console.log("emit returned", try emitter.emit(.error, NodeError("handled now")))
}
