import NodeLoop

let writeAfterEnd = Twin("net/write-after-end") {
    let server = net.createServer { socket in socket.resume() }
    try server.listen(0, "127.0.0.1") {
        let client = Socket()
        try client.connect(port: server.address()!.port, host: "127.0.0.1") {
            client.end("done")
            let ok = client.write("more") { error in console.log("write callback", (error as? NodeError)?.code, error?.message) }
            console.log("write returned", ok)
        }
        client.on(.error) { error in console.log("error", (error as? NodeError)?.code) }
        client.on(.close) { (hadError: Bool) in console.log("close", hadError); server.close() }
    }
}
