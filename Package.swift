// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "NodeLoop",
    // `Atomic`, `Mutex` and task executors need macOS 15. Other Apple platforms are not supported:
    // the library links libuv through pkg-config.
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "NodeLoop", targets: ["NodeLoop"]),
        .executable(name: "nodeloop-tour", targets: ["Tour"]),
        .executable(name: "nodeloop-primes", targets: ["Primes"]),
        .executable(name: "nodeloop-file-batch", targets: ["FileBatch"]),
        .executable(name: "nodeloop-worker-split", targets: ["WorkerSplit"]),
        .executable(name: "nodeloop-worker-pool-queue", targets: ["WorkerPoolQueue"]),
        .executable(name: "nodeloop-three-processes", targets: ["ThreeProcesses"]),
        .executable(name: "nodeloop-echo", targets: ["Echo"]),
        .executable(name: "nodeloop-serve", targets: ["Serve"]),
        .executable(name: "nodeloop-fuzz", targets: ["NodeLoopFuzz"]),
        // A product so that `make release-traps` can build it alone, optimised.
        .executable(name: "nodeloop-misuse", targets: ["NodeLoopMisuse"]),
    ],
    targets: [
        .systemLibrary(
            name: "CLibUV",
            pkgConfig: "libuv",
            providers: [.apt(["libuv1-dev"]), .brew(["libuv"])]
        ),
        .target(name: "NodeLoop", dependencies: ["CLibUV"]),
        // Reads and writes Node's recordings and runs twins; shared by the tests and the tour.
        .target(name: "TwinSupport"),
        .executableTarget(
            name: "Tour",
            dependencies: ["NodeLoop", "TwinSupport"],
            path: "Samples/Tour",
            exclude: ["Node"]
        ),
        // The prime counter the CPU-bound samples share.
        .target(name: "SampleSupport", path: "Samples/Support", exclude: ["prime-counting.js"]),
        // CPU-bound work on the loop against the same work on the thread pool.
        .executableTarget(name: "Primes", dependencies: ["NodeLoop", "SampleSupport"], path: "Samples/Primes"),
        // A batch of files read, transformed and written one after another, then all at once.
        .executableTarget(name: "FileBatch", dependencies: ["NodeLoop"], path: "Samples/FileBatch", exclude: ["Node"]),
        // One large prime count split among N workers, against the same count on one thread.
        .executableTarget(name: "WorkerSplit", dependencies: ["NodeLoop", "SampleSupport"], path: "Samples/WorkerSplit", exclude: ["Node"]),
        // 40 jobs of varying size through a WorkerPool of 4 threads, with progress and utilization.
        .executableTarget(
            name: "WorkerPoolQueue", dependencies: ["NodeLoop", "SampleSupport"], path: "Samples/WorkerPoolQueue", exclude: ["Node"]
        ),
        // Three child processes one after another, then all at once with Promise.all.
        .executableTarget(
            name: "ThreeProcesses", dependencies: ["NodeLoop"], path: "Samples/ThreeProcesses", exclude: ["Node"]
        ),
        // An echo server and three clients on 127.0.0.1 (the net module).
        .executableTarget(name: "Echo", dependencies: ["NodeLoop"], path: "Samples/Echo", exclude: ["Node"]),
        // A static file server streaming files into responses (the http module).
        .executableTarget(name: "Serve", dependencies: ["NodeLoop"], path: "Samples/Serve", exclude: ["Node", "public"]),
        // The Swift halves of the twin cases; their JS halves and Node's recordings sit under Node/.
        .executableTarget(
            name: "NodeLoopTwins",
            dependencies: ["NodeLoop"],
            path: "Tests/Twins",
            exclude: ["Node"]
        ),
        // The Swift interpreter of the differential fuzzer's scenarios (docs/fuzzing.md).
        .executableTarget(name: "NodeLoopFuzz", dependencies: ["NodeLoop"], path: "Fuzz/Swift"),
        // Each misuse of a loop-confined API from another thread, one per run, for the tests
        // that prove it stops the process with a message naming the API.
        .executableTarget(name: "NodeLoopMisuse", dependencies: ["NodeLoop"], path: "Tests/Misuse"),
        .testTarget(
            name: "NodeLoopTests",
            dependencies: ["NodeLoop", "NodeLoopTwins", "Tour", "TwinSupport", "NodeLoopFuzz", "NodeLoopMisuse"]
        ),
    ],
    swiftLanguageModes: [.v6]
)

// `make docs` builds the DocC catalog with the swift-docc-plugin, a command plugin that the library
// does not use. It is added only when NODELOOP_DOCS is set, so that `swift build`, `swift test` and
// every package that depends on NodeLoop resolve no dependency at all.
if Context.environment["NODELOOP_DOCS"] != nil {
    package.dependencies.append(.package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.4.0"))
}
