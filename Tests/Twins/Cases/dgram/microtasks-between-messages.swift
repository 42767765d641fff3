import NodeLoop

let dgramMicrotasksBetweenMessages = Twin("dgram/microtasks-between-messages") {
    let receiver = try dgram.createSocket("udp4")
    let sender = try dgram.createSocket("udp4")
    var received = 0
    receiver.on(.message) { message, _ in
        let text = try message.toString()
        console.log("message", text)
        Promise.resolve(()).then { console.log("promise job after", text) }
        process.nextTick { console.log("tick after", text) }
        received += 1
        if received == 3 {
            try receiver.close()
            try sender.close()
        }
    }
    try receiver.bind(0, "127.0.0.1") {
        let port = try receiver.address().port
        try sender.send("one", port, "127.0.0.1")
        try sender.send("two", port, "127.0.0.1")
        try sender.send("three", port, "127.0.0.1")
    }
}
