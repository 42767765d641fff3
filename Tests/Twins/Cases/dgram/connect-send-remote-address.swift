import NodeLoop

let dgramConnectSendRemoteAddress = Twin("dgram/connect-send-remote-address") {
    let server = try dgram.createSocket("udp4")
    let client = try dgram.createSocket("udp4")
    server.on(.message) { message, rinfo in
        console.log("server got", try message.toString(), rinfo.port == (try client.address().port))
        guard try message.toString() == "second" else { return }
        try client.disconnect()
        dgramAttempt("remoteAddress after disconnect") { _ = try client.remoteAddress() }
        dgramAttempt("disconnect again") { try client.disconnect() }
        try client.close()
        try server.close()
    }
    try server.bind(0, "127.0.0.1") {
        let port = try server.address().port
        dgramAttempt("remoteAddress before connect") { _ = try client.remoteAddress() }
        try client.connect(port, "127.0.0.1") { error in
            console.log("connect callback", error == nil)
            let remote = try client.remoteAddress()
            console.log("remote", remote.address, remote.family, remote.port == port)
            dgramAttempt("connect again") { try client.connect(port, "127.0.0.1") }
            dgramAttempt("send with a port") { try client.send(try Buffer.from("x"), offset: 0, length: 1, port, "127.0.0.1") }
            try client.send("first") { error, n in console.log("sent", error == nil, n) }
            try client.send(try Buffer.from("second"))
        }
        client.on(.connect) { console.log("connect event") }
        dgramAttempt("connect while connecting") { try client.connect(port, "127.0.0.1") }
    }
}
