import NodeLoop

let dgramUseAfterClose = Twin("dgram/use-after-close") {
    let socket = try dgram.createSocket("udp4")
    try socket.bind(0, "127.0.0.1") {
        try socket.close {
            dgramAttempt("close") { try socket.close() }
            dgramAttempt("bind") { try socket.bind(0) }
            dgramAttempt("send") { try socket.send("x", 9, "127.0.0.1") }
            dgramAttempt("connect") { try socket.connect(9, "127.0.0.1") }
            dgramAttempt("address") { _ = try socket.address() }
            dgramAttempt("remoteAddress") { _ = try socket.remoteAddress() }
            dgramAttempt("disconnect") { try socket.disconnect() }
            dgramAttempt("addMembership") { try socket.addMembership("224.0.0.114") }
            dgramAttempt("dropMembership") { try socket.dropMembership("224.0.0.114") }
            dgramAttempt("setMulticastInterface") { try socket.setMulticastInterface("127.0.0.1") }
            dgramAttempt("setBroadcast") { try socket.setBroadcast(true) }
            dgramAttempt("setTTL") { try socket.setTTL(5) }
            dgramAttempt("setMulticastTTL") { try socket.setMulticastTTL(5) }
            dgramAttempt("setMulticastLoopback") { try socket.setMulticastLoopback(true) }
            dgramAttempt("getRecvBufferSize") { _ = try socket.getRecvBufferSize() }
            dgramAttempt("setSendBufferSize") { try socket.setSendBufferSize(8192) }
            dgramAttempt("setRecvBufferSize -1") { try socket.setRecvBufferSize(-1) }
            dgramAttempt("getSendQueueCount") { _ = try socket.getSendQueueCount() }
            console.log("ref and unref return the socket", socket.ref() === socket, socket.unref() === socket)
        }
    }
}
