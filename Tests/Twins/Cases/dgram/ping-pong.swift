import NodeLoop

let dgramPingPong = Twin("dgram/ping-pong") {
    let server = try dgram.createSocket("udp4")
    let client = try dgram.createSocket("udp4")
    server.on(.message) { message, rinfo in
        console.log("server got", try message.toString(), rinfo.size, rinfo.family, rinfo.address, rinfo.port == (try client.address().port))
        try server.send(try Buffer.from("pong!"), rinfo.port, rinfo.address)
    }
    client.on(.message) { message, rinfo in
        console.log("client got", try message.toString(), rinfo.size, rinfo.family, rinfo.port == (try server.address().port))
        try client.close()
        try server.close()
    }
    server.on(.close) { console.log("server closed") }
    client.on(.close) { console.log("client closed") }
    try server.bind(0, "127.0.0.1") {
        try client.bind(0, "127.0.0.1") {
            try client.send("ping", try server.address().port, "127.0.0.1") { error, bytes in console.log("sent", error == nil, bytes) }
        }
    }
}
