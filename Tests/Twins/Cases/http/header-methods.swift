import NodeLoop

let headerMethods = Twin("http/header-methods") {
    let server = http.createServer { req, res in
        try res.setHeader("Content-Type", "text/plain")
        try res.setHeader("X-Count", 3)
        try res.setHeader("Set-Cookie", ["a=1", "b=2"])
        try res.setHeader("x-count", 4)
        try res.appendHeader("X-List", "one")
        try res.appendHeader("X-List", "two")
        console.log("getHeader", res.getHeader("content-type"), res.getHeader("X-COUNT"), res.getHeader("missing"))
        console.log("getHeaders", res.getHeaders())
        console.log("names", res.getHeaderNames(), res.getRawHeaderNames())
        console.log("hasHeader", res.hasHeader("set-cookie"), res.hasHeader("nope"))
        try res.removeHeader("X-Count")
        do { try res.setHeader("Bad Name", "x") } catch let error as NodeError { console.log(error.code, error.message) }
        do { try res.setHeader("X-Bad", "a\nb") } catch let error as NodeError { console.log(error.code, error.message) }
        do { try res.writeHead(1000) } catch let error as NodeError { console.log(error.code, error.message) }
        res.end("ok")
        do { try res.setHeader("X-Late", "1") } catch let error as NodeError { console.log(error.code, error.message) }
        do { try res.writeHead(200) } catch let error as NodeError { console.log(error.code, error.message) }
    }
    try server.listen(0, "127.0.0.1") {
        let socket = try net.connect(port: server.address()!.port, host: "127.0.0.1")
        var answer = ""
        socket.on(.data) { chunk in answer += try chunk.toString() }
        socket.on(.end) {
            console.log(answerLines(answer))
            server.close()
        }
        socket.write("GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
    }
}
