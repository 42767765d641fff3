import NodeLoop

let unrefServerLetsRunEnd = Twin("net/unref-server-lets-run-end") {
    let server = net.createServer()
    try server.listen(0, "127.0.0.1") {
        console.log("listening")
        server.unref()
    }
    process.on(.exit) { _ in console.log("exit, listening", server.listening) }
}
