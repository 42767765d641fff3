// swift-tools-version: 6.0
import PackageDescription

// The HTTP benchmark's servers (`make bench-http`, see run.py): NodeLoop's `http.createServer`,
// SwiftNIO's NIOHTTP1 and Hummingbird 2, each answering hello-world on one event loop. A package
// of its own so that neither the library nor the other benchmarks ever resolve SwiftNIO or
// Hummingbird. Each server is its own executable target, so one that fails to build leaves the
// others measurable (run.py builds them one product at a time).
let package = Package(
    name: "NodeLoopHTTPBenchmarks",
    dependencies: [
        .package(name: "NodeLoop", path: "../.."),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1"),
    ],
    targets: [
        .executableTarget(
            name: "nodeloop-http-hello",
            dependencies: [.product(name: "NodeLoop", package: "NodeLoop")],
            path: "Sources/NodeLoopHTTPHello"
        ),
        .executableTarget(
            name: "nio-http-hello",
            dependencies: [
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ],
            path: "Sources/NIOHTTPHello"
        ),
        .executableTarget(
            name: "hummingbird-http-hello",
            dependencies: [
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
            ],
            path: "Sources/HummingbirdHTTPHello"
        ),
    ],
    swiftLanguageModes: [.v6]
)
