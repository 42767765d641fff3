import Hummingbird
import Logging
import NIOCore
import NIOPosix

// Hummingbird 2's hello-world server for `make bench-http`: a router with one `GET /` route, on
// an event loop group of one thread, logging errors only. `hummingbird-http-hello <port>`
// listens on 127.0.0.1.

guard CommandLine.arguments.count == 2, let port = Int(CommandLine.arguments[1]) else {
    print("usage: hummingbird-http-hello <port>")
    exit(2)
}

let router = Router()
router.get("/") { _, _ -> Response in
    Response(
        status: .ok,
        headers: [.contentType: "text/plain", .contentLength: "11"],
        body: ResponseBody(byteBuffer: ByteBuffer(string: "hello world"))
    )
}

var logger = Logger(label: "hummingbird-http-hello")
logger.logLevel = .error
let app = Application(
    router: router,
    configuration: .init(address: .hostname("127.0.0.1", port: port)),
    eventLoopGroupProvider: .shared(MultiThreadedEventLoopGroup(numberOfThreads: 1)),
    logger: logger
)
try await app.runService()
