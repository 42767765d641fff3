import NodeLoop

let dgramUDP6PingPong = Twin("dgram/udp6-ping-pong") {
    let server = try dgram.createSocket("udp6")
    let client = try dgram.createSocket("udp6")
    server.on(.message) { message, rinfo in
        console.log("server got", try message.toString(), rinfo.size, rinfo.family, rinfo.address)
        try server.send("pong", rinfo.port, rinfo.address)
    }
    client.on(.message) { message, rinfo in
        console.log("client got", try message.toString(), rinfo.size, rinfo.family, rinfo.address)
        try client.close()
        try server.close()
    }
    try server.bind(0, "::1") {
        let bound = try server.address()
        console.log("server bound", bound.address, bound.family)
        try client.bind {
            console.log("client bound", try client.address().address, try client.address().family)
            try client.send("ping", try server.address().port, "::1")
        }
    }
}
