import NodeLoop

let closeEventInClosePhase = Twin("message-channels/close-event-in-close-phase") {
    let channel = MessageChannel()
    channel.port1.on(.close) {
        console.log("port1 close")
        process.nextTick { console.log("tick after port1 close") }
    }
    channel.port2.on(.close) { console.log("port2 close") }
    channel.port1.close()
    setImmediate {
        console.log("immediate")
        setImmediate { console.log("second immediate") }
    }
    process.nextTick { console.log("tick") }
    Promise.resolve(()).then { console.log("microtask") }
}
