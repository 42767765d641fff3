import NodeLoop

let monitorBeforeUncaughtException = Twin("process/monitor-before-uncaught-exception") {
    process.on(.uncaughtException) { error, origin in console.log("handler", error.message, origin) }
    process.on(.uncaughtExceptionMonitor) { error, origin in console.log("monitor", error.message, origin) }
    setImmediate {
        setTimeout(1) {
            throw NodeError("from timer")
        }
        throw NodeError("from immediate")
    }
}
