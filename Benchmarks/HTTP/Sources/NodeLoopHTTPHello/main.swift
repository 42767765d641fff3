import NodeLoop

// NodeLoop's hello-world server for `make bench-http`: `http.createServer` answering every
// request with the benchmark's 11-byte `hello world`. `nodeloop-http-hello <port>` listens on
// 127.0.0.1 until it is killed.

EventLoop.runMain {
    guard CommandLine.arguments.count == 2, let port = Int(CommandLine.arguments[1]) else {
        console.error("usage: nodeloop-http-hello <port>")
        try process.exit(2)
    }
    let server = http.createServer { _, res in
        try res.writeHead(200, ["Content-Type": "text/plain", "Content-Length": "11"])
        res.end("hello world")
    }
    try server.listen(port, "127.0.0.1")
}
