import NodeLoop

let dgramSendBeforeBind = Twin("dgram/send-before-bind") {
    let receiver = try dgram.createSocket("udp4")
    try receiver.bind(0, "127.0.0.1") {
        let sender = try dgram.createSocket("udp4")
        sender.on(.listening) {
            let bound = try sender.address()
            console.log("sender listening", bound.address, bound.family, bound.port > 0)
        }
        try sender.send("hello", try receiver.address().port, "127.0.0.1") { error, n in console.log("sent", error == nil, n) }
        console.log("listening listeners while binding", sender.listenerCount(.listening))
        receiver.on(.message) { message, rinfo in
            console.log("got", try message.toString(), rinfo.port == (try sender.address().port))
            try sender.close()
            try receiver.close()
        }
    }
}
