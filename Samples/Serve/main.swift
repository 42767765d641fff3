import NodeLoop

// A static file server: each file is streamed with `fs.createReadStream(path).pipe(res)`.
//
//   make serve         serves Samples/Serve/public on 127.0.0.1:8080 (Ctrl-C stops)
//   make serve-demo    serves on a free port, asks for a few paths and ends; then the JS twin
//                      (Node/serve.js) does the same, and the two print the same lines

let root = "Samples/Serve/public"
let types = [".html": "text/html; charset=utf-8", ".txt": "text/plain; charset=utf-8", ".css": "text/css"]

func contentType(_ file: String) -> String {
    guard let dot = file.lastIndex(of: ".") else { return "application/octet-stream" }
    return types[String(file[dot...])] ?? "application/octet-stream"
}

func answer(_ res: ServerResponse, _ status: Int, _ text: String) throws {
    try res.writeHead(status, ["Content-Type": "text/plain; charset=utf-8"])
    res.end(text + "\n")
}

func get(_ port: Int, _ path: String, _ done: @escaping () throws -> Void) throws {
    let socket = try net.connect(port: port, host: "127.0.0.1")
    var reply = ""
    socket.on(.data) { chunk in reply += try chunk.toString() }
    socket.on(.end) {
        let parts = reply.split(separator: "\r\n\r\n", maxSplits: 1, omittingEmptySubsequences: false)
        let lines = parts[0].split(separator: "\r\n")
        let type = lines.first { $0.hasPrefix("Content-Type: ") }.map(String.init) ?? "no type"
        console.log("  \(lines[0]), \(type), \(parts.count > 1 ? parts[1].utf8.count : 0) bytes")
        try done()
    }
    socket.write("GET \(path) HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
}

EventLoop.runMain {
    let server = http.createServer { req, res in
        let path = String(req.url.split(separator: "?", omittingEmptySubsequences: false)[0])
        res.on(.finish) { console.log(req.method ?? "", req.url, res.statusCode) }
        guard req.method == "GET" || req.method == "HEAD" else { return try answer(res, 405, "only GET and HEAD") }
        guard !path.split(separator: "/").contains("..") else { return try answer(res, 403, "no way out of the root") }
        let file = root + (path.hasSuffix("/") ? path + "index.html" : path)
        try fs.stat(file) { error, stats in
            guard error == nil, let stats, stats.isFile() else { return try answer(res, 404, "no such file: " + path) }
            try res.writeHead(200, ["Content-Type": .string(contentType(file)), "Content-Length": .number(stats.size)])
            let stream = try fs.createReadStream(file)
            stream.on(.error) { _ in res.destroy() }
            stream.pipe(res)
        }
    }

    if CommandLine.arguments.contains("--demo") {
        try server.listen(0, "127.0.0.1") {
            var paths = ["/", "/hello.txt", "/style.css", "/missing.txt", "/../Package.swift"]
            func next() throws {
                guard !paths.isEmpty else { return _ = server.close() }
                try get(server.address()!.port, paths.removeFirst(), next)
            }
            try next()
        }
    } else {
        try server.listen(8080, "127.0.0.1") {
            console.log("serving \(root) on http://127.0.0.1:8080/ (Ctrl-C stops)")
        }
    }
}
