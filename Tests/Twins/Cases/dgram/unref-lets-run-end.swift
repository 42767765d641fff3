import NodeLoop

let dgramUnrefLetsRunEnd = Twin("dgram/unref-lets-run-end") {
    let socket = try dgram.createSocket("udp4")
    try socket.bind(0, "127.0.0.1") {
        console.log("listening")
        socket.unref()
        let kept = try dgram.createSocket("udp4")
        kept.unref()
        kept.ref()
        try kept.bind(0, "127.0.0.1") {
            console.log("kept listening")
            setTimeout(5) {
                console.log("closing kept")
                try kept.close()
            }
        }
    }
    process.on(.exit) { _ in console.log("exit, address family", try socket.address().family) }
}
