import Foundation
import Testing
@testable import NodeLoop

/// The request path on random inputs (seeded, so a run repeats): mutated requests from the
/// conformance corpus, written in random pieces to a real server, never crash it, never leave a
/// connection or handle behind, and get either an answer, an error answer, or a closed
/// connection. `NODELOOP_HTTP_SERVER_FUZZ_SECONDS` runs longer (the 10-minute run);
/// `NODELOOP_HTTP_SERVER_FUZZ_SEED` picks another sequence.
@Suite("HTTP server on mutated requests")
struct HTTPServerFuzzTests {
    static let seconds = ProcessInfo.processInfo.environment["NODELOOP_HTTP_SERVER_FUZZ_SECONDS"].flatMap(Double.init) ?? 2
    static let seed = ProcessInfo.processInfo.environment["NODELOOP_HTTP_SERVER_FUZZ_SEED"].flatMap(UInt64.init) ?? 5
    static let requests = HTTPConformanceTests.cases.filter(\.isRequest)

    @Test func mutatedRequestsNeverCrashOrLeakTheServer() throws {
        try DescriptorCounting.exclusively {
            var mutator = HTTPInputMutator(seed: Self.seed)
            var sent = 0
            var answered = 0
            var refused = 0
            var dropped = 0
            let concurrency = 32
            try runOnFreshLoop {
                let deadline = performance.now() + Self.seconds * 1000
                let server = http.createServer(HTTPServerOptions(maxHeaderSize: 2048)) { req, res in
                    req.resume()
                    req.on(.end) { res.end("ok") }
                }
                server.on(.clientError) { error, socket in
                    if socket.writable { socket.end("HTTP/1.1 400 Bad Request\r\n\r\n") } else { socket.destroy() }
                }
                var running = 0
                func startNext() throws {
                    guard performance.now() < deadline else {
                        if running == 0 { server.close() }
                        return
                    }
                    let base = Self.requests[mutator.below(Self.requests.count)].bytes
                    let input = mutator.mutate(base, other: Self.requests[mutator.below(Self.requests.count)].bytes)
                    let pieces = mutator.split(input)
                    sent += 1
                    running += 1
                    let socket = try net.connect(port: server.address()!.port, host: "127.0.0.1")
                    var answer: [UInt8] = []
                    socket.on(.data) { chunk in answer += chunk.bytes }
                    socket.on(.error) { _ in }
                    socket.on(.close) {
                        if answer.starts(with: Array("HTTP/1.1 2".utf8)) {
                            answered += 1
                        } else if answer.isEmpty {
                            dropped += 1
                        } else {
                            refused += 1
                        }
                        running -= 1
                        try startNext()
                    }
                    for piece in pieces { socket.write(Buffer(piece)) }
                    // Whatever the server makes of it, the client hangs up soon.
                    setTimeout(20) { socket.destroy() }
                }
                try server.listen(0, "127.0.0.1") {
                    for _ in 0..<concurrency { try startNext() }
                }
            }
            #expect(sent == answered + refused + dropped)
            #expect(sent > 0)
            print("HTTP server fuzz: \(sent) requests in \(Self.seconds) s: \(answered) answered, \(refused) refused, \(dropped) dropped")
        }
    }
}
