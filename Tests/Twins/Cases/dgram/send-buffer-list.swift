import NodeLoop

let dgramSendBufferList = Twin("dgram/send-buffer-list") {
    let receiver = try dgram.createSocket("udp4")
    let sender = try dgram.createSocket("udp4")
    var received = 0
    receiver.on(.message) { message, rinfo in
        console.log("got", "[\(try message.toString())]", rinfo.size)
        received += 1
        if received == 3 {
            try sender.close()
            try receiver.close()
        }
    }
    try receiver.bind(0, "127.0.0.1") {
        let port = try receiver.address().port
        try sender.send([try Buffer.from("ab"), try Buffer.from("cd"), try Buffer.from("ef")], port, "127.0.0.1") { error, n in console.log("list sent", error == nil, n) }
        try sender.send(try Buffer.from("hello world"), offset: 6, length: 5, port, "127.0.0.1") { error, n in console.log("slice sent", error == nil, n) }
        try sender.send([Buffer](), port, "127.0.0.1") { error, n in console.log("empty sent", error == nil, n) }
    }
}
