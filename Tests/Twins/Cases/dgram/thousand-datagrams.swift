import NodeLoop

let dgramThousandDatagrams = Twin("dgram/thousand-datagrams") {
    let receiver = try dgram.createSocket("udp4")
    let sender = try dgram.createSocket("udp4")
    let total = 1000
    let window = 50
    var next = 0
    var received = 0
    var bytes = 0
    var inOrder = true
    func sendWindow() throws {
        for _ in 0..<window {
            let datagram = try Buffer.alloc(1 + next % 100, fill: UInt8(next % 256))
            try sender.send(datagram, try receiver.address().port, "127.0.0.1")
            next += 1
        }
    }
    receiver.on(.message) { message, rinfo in
        if message.length != 1 + received % 100 || message[0] != UInt8(received % 256) { inOrder = false }
        received += 1
        bytes += rinfo.size
        if received == total {
            console.log("received", received, "bytes", bytes, "in order", inOrder)
            try receiver.close()
            try sender.close()
        } else if received % window == 0 {
            try receiver.send("more", rinfo.port, rinfo.address)
        }
    }
    sender.on(.message) { _, _ in try sendWindow() }
    try receiver.bind(0, "127.0.0.1") {
        try sender.bind(0, "127.0.0.1") { try sendWindow() }
    }
}
