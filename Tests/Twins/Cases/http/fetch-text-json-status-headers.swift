import NodeLoop

let fetchTextJSONStatusHeaders = Twin("http/fetch-text-json-status-headers") {
    let server = http.createServer { req, res in
        var body = ""
        req.on(.data) { chunk in body += try chunk.toString() }
        req.on(.end) {
            switch req.url {
            case "/json":
                try res.setHeader("Content-Type", "application/json")
                res.end(#"{"name":"NodeLoop","tags":["swift","libuv"],"count":3,"nested":{"ok":true,"none":null}}"#)
            case "/echo":
                try res.setHeader("X-Method", .string(req.method ?? ""))
                res.end("\(req.method ?? "") \(req.headers["content-type"] ?? "undefined") \(body)")
            case "/missing":
                res.statusCode = 404
                res.end("no such thing")
            default:
                try res.setHeader("Content-Type", "text/plain")
                res.end("plain text")
            }
        }
    }
    try server.listen(0, "127.0.0.1") {
        let base = "http://127.0.0.1:\(server.address()!.port)"
        Promise { () async throws in
            let text = try await fetch("\(base)/text").value
            console.log(text.status, text.ok, text.statusText, text.headers.get("content-type"), text.headers.has("X-Nope"))
            console.log(try await text.text().value)
            let json = try await fetch("\(base)/json").value.json().value
            console.log(
                json["name"]?.string, json["tags"]?.array?.compactMap(\.string), json["count"]?.number,
                json["nested"]?["ok"]?.bool, json["nested"]?["none"]?.isNull
            )
            let missing = try await fetch("\(base)/missing").value
            console.log(missing.status, missing.ok, missing.statusText, try await missing.text().value)
            let echo = try await fetch(
                "\(base)/echo", FetchInit(method: "POST", headers: ["Content-Type": "text/plain"], body: "sent body")
            ).value
            console.log(echo.headers.get("x-method"), try await echo.text().value)
            let bytes = try await fetch("\(base)/text").value.arrayBuffer().value
            console.log("bytes", bytes.count)
        }
        .then { server.close() }
    }
}
