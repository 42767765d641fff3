import NodeLoop

let unixSocketEcho = Twin("net/unix-socket-echo") {
    let dir = try fs.mkdtempSync(os.tmpdir() + "/nodeloop-net-")
    let socketPath = dir + "/echo.sock"
    let server = net.createServer { socket in socket.pipe(socket) }
    try server.listen(path: socketPath) {
        console.log("listening on the path", server.path == socketPath)
        let client = Socket()
        client.connect(path: socketPath) { console.log("client: connect", client.remoteAddress) }
        client.on(.data) { chunk in console.log("client: data", try chunk.toString()) }
        client.on(.close) {
            server.close { _ in
                console.log("server: closed, socket file removed", !fs.existsSync(socketPath))
                try fs.rmdirSync(dir)
            }
        }
        client.end("over a pipe")
    }
}
