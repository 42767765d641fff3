import NodeLoop

let dgramCloseCallbackAndEventOrder = Twin("dgram/close-callback-and-event-order") {
    let socket = try dgram.createSocket("udp4")
    try socket.bind(0, "127.0.0.1") {
        socket.on(.close) { console.log("close event") }
        try socket.close { console.log("close callback") }
        socket.on(.close) { console.log("close event, added after") }
        setImmediate { console.log("immediate") }
        Promise.resolve(()).then { console.log("promise job") }
        process.nextTick { console.log("tick queued after close") }
        console.log("after close")
        do {
            try socket.close()
        } catch let error as NodeError {
            console.log("close again", error.code, error.message)
        }
    }
    let early = try dgram.createSocket("udp4")
    early.on(.listening) { console.log("early listening") }
    try early.bind(0, "127.0.0.1")
    try early.close { console.log("early closed") }
    let queued = try dgram.createSocket("udp4")
    try queued.send("lost", 9, "127.0.0.1") { error, n in console.log("queued send callback", error, n) }
    try queued.close { console.log("queued closed") }
    queued.on(.listening) { console.log("queued listening") }
    console.log("end of script")
}
