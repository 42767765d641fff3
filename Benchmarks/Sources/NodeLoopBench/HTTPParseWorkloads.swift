import NodeLoopHTTPParser

// Workloads of NodeLoop's HTTP/1.1 parser alone, no sockets: a keep-alive connection's stream of
// pipelined requests, as one server connection's parser reads it. The C twin parses the same
// bytes with http_parser (Debian's libhttp-parser), node with its own parser binding.

/// A browser's GET with eight headers (443 bytes); the three implementations send the same.
let typicalRequest = Array((
    "GET /products/item/12345?ref=homepage&utm_source=newsletter HTTP/1.1\r\n" +
    "Host: www.example.com\r\n" +
    "User-Agent: Mozilla/5.0 (X11; Linux x86_64; rv:120.0) Gecko/20100101 Firefox/120.0\r\n" +
    "Accept: text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8\r\n" +
    "Accept-Language: en-US,en;q=0.5\r\n" +
    "Accept-Encoding: gzip, deflate, br\r\n" +
    "Connection: keep-alive\r\n" +
    "Cookie: session=4f8a9c2e7b1d3f6a; theme=dark\r\n" +
    "Upgrade-Insecure-Requests: 1\r\n" +
    "\r\n"
).utf8)

/// How many requests one buffer of the stream holds.
let requestsPerBuffer = 100

/// 500,000 requests, a buffer of 100 pipelined requests at a time, each buffer parsed whole.
let httpParsePipelined = Workload(name: "http-parse-pipelined", ops: 500_000, metric: .wall) { ops, stopwatch in
    parseRequestStream(ops, pieceSize: Int.max, stopwatch: stopwatch)
}

/// The same 500,000 requests handed to the parser 24 bytes at a time, as small reads would.
let httpParsePieces = Workload(name: "http-parse-pieces", ops: 500_000, metric: .wall) { ops, stopwatch in
    parseRequestStream(ops, pieceSize: 24, stopwatch: stopwatch)
}

/// Parses `ops` requests on one connection's parser and checks that each completed.
func parseRequestStream(_ ops: Int, pieceSize: Int, stopwatch: Stopwatch) {
    let buffer = Array([[UInt8]](repeating: typicalRequest, count: requestsPerBuffer).joined())
    var parser = RequestStreamParser()
    stopwatch.restart()
    buffer.withUnsafeBytes { bytes in
        var left = ops
        while left > 0 {
            let requests = Swift.min(left, requestsPerBuffer)
            let stream = UnsafeRawBufferPointer(rebasing: bytes[0..<requests * typicalRequest.count])
            guard parser.parse(stream, pieceSize: pieceSize) else { fail("http-parse: the parser rejected a request") }
            left -= requests
        }
    }
    guard parser.completedRequests == ops else { fail("http-parse: \(parser.completedRequests) of \(ops) requests completed") }
    stopwatch.stop()
}
