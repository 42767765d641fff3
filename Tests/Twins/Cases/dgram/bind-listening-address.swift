import NodeLoop

let dgramBindListeningAddress = Twin("dgram/bind-listening-address") {
    let socket = try dgram.createSocket("udp4")
    socket.on(.listening) { console.log("listening event") }
    try socket.bind(0, "127.0.0.1") {
        let bound = try socket.address()
        console.log("bound", bound.address, bound.family, bound.port > 0)
        try socket.close()
        let any = try dgram.createSocket("udp4")
        try any.bind {
            console.log("bound without an address", try any.address().address, try any.address().family)
            try any.close()
        }
    }
    process.nextTick { console.log("next tick") }
    console.log("after bind")
    do {
        _ = try socket.address()
    } catch let error as NodeError {
        console.log("address while binding", error.code, error.syscall, error.message)
    }
}
