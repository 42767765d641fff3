import NodeLoop

let dgramBadArguments = Twin("dgram/bad-arguments") {
    dgramAttempt("type udp5") { _ = try dgram.createSocket("udp5") }
    dgramAttempt("type tcp in options") { _ = try dgram.createSocket(type: "tcp") }
    dgramAttempt("recvBufferSize -1") { _ = try dgram.createSocket(type: "udp4", recvBufferSize: -1) }
    dgramAttempt("sendBufferSize 2^32") { _ = try dgram.createSocket(type: "udp4", sendBufferSize: 1 << 32) }
    dgramAttempt("bad size before bad type") { _ = try dgram.createSocket(type: "x", recvBufferSize: -2) }
    let socket = try dgram.createSocket("udp4")
    let buffer = try Buffer.from("abc")
    dgramAttempt("send to port 0") { try socket.send(buffer, 0, "127.0.0.1") }
    dgramAttempt("send to port 65536") { try socket.send(buffer, 65536, "127.0.0.1") }
    dgramAttempt("send to port -1") { try socket.send("abc", -1, "127.0.0.1") }
    dgramAttempt("send without a port") { try socket.send(buffer) }
    dgramAttempt("send with only a callback") { try socket.send(buffer) { _, _ in } }
    dgramAttempt("offset past the end") { try socket.send(buffer, offset: 4, length: 0, 9, "127.0.0.1") }
    dgramAttempt("length past the end") { try socket.send(buffer, offset: 1, length: 3, 9, "127.0.0.1") }
    dgramAttempt("negative offset") { try socket.send(buffer, offset: -1, length: 1, 9, "127.0.0.1") }
    dgramAttempt("connect to port 0") { try socket.connect(0, "127.0.0.1") }
    dgramAttempt("connect to port 70000") { try socket.connect(70000) }
    dgramAttempt("address unbound") { _ = try socket.address() }
    dgramAttempt("setBroadcast unbound") { try socket.setBroadcast(true) }
    dgramAttempt("setTTL unbound") { try socket.setTTL(64) }
    dgramAttempt("setTTL 0 unbound") { try socket.setTTL(0) }
    dgramAttempt("setMulticastTTL unbound") { try socket.setMulticastTTL(1) }
    dgramAttempt("setMulticastLoopback unbound") { try socket.setMulticastLoopback(false) }
    dgramAttempt("setMulticastInterface unbound") { try socket.setMulticastInterface("127.0.0.1") }
    dgramAttempt("getRecvBufferSize unbound") { _ = try socket.getRecvBufferSize() }
    dgramAttempt("setSendBufferSize unbound") { try socket.setSendBufferSize(4096) }
    dgramAttempt("setRecvBufferSize -1") { try socket.setRecvBufferSize(-1) }
    dgramAttempt("setSendBufferSize 2^32") { try socket.setSendBufferSize(1 << 32) }
    dgramAttempt("addMembership without a group") { try socket.addMembership("") }
    try socket.bind(0, "127.0.0.1") {
        dgramAttempt("setTTL 256") { try socket.setTTL(256) }
        dgramAttempt("setTTL 64") { try socket.setTTL(64) }
        dgramAttempt("setMulticastTTL 256") { try socket.setMulticastTTL(256) }
        dgramAttempt("setMulticastInterface not an address") { try socket.setMulticastInterface("nonsense") }
        dgramAttempt("addMembership of a unicast address") { try socket.addMembership("127.0.0.1") }
        dgramAttempt("dropMembership of a group not joined") { try socket.dropMembership("224.0.0.114", "127.0.0.1") }
        dgramAttempt("setRecvBufferSize 65536") { try socket.setRecvBufferSize(65536) }
        console.log("send queue", try socket.getSendQueueSize(), try socket.getSendQueueCount())
        try socket.close()
    }
    dgramAttempt("bind while binding") { try socket.bind(0) }
}
