import NodeLoop

let dgramSendErrors = Twin("dgram/send-errors") {
    let socket = try dgram.createSocket("udp4")
    try socket.bind(0, "127.0.0.1") {
        let port = try socket.address().port
        func show(_ label: String) -> DatagramSocket.SendCallback {
            { error, n in
                if let error {
                    console.log(label, error.code, error.errno! < 0, error.syscall, error.address, error.port == port, n)
                } else {
                    console.log(label, "sent", n)
                }
            }
        }
        try socket.send(try Buffer.alloc(65508), port, "127.0.0.1", show("too big"))
        try socket.send(try Buffer.alloc(65508), port, "127.0.0.1")
        try socket.send("x", port, "::1", show("other family"))
        try socket.send(try Buffer.alloc(65507, fill: 1), port, "127.0.0.1", show("largest"))
        socket.on(.message) { message, rinfo in
            console.log("received", message.length, rinfo.size)
            try socket.close()
        }
        console.log("sends made")
    }
}
