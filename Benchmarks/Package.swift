// swift-tools-version: 6.0
import PackageDescription

// NodeLoop's benchmarks: a package of its own, so the library never depends on benchmark code
// and `make test` never builds it. `make bench` (see run.py) builds it in release mode.
let package = Package(
    name: "NodeLoopBenchmarks",
    dependencies: [.package(name: "NodeLoop", path: "..")],
    targets: [
        // One executable for every workload: `nodeloop-bench <workload>` prints one result line.
        .executableTarget(
            name: "nodeloop-bench",
            dependencies: [.product(name: "NodeLoop", package: "NodeLoop"), "NodeLoopHTTPParser"],
            path: "Sources/NodeLoopBench"
        ),
        // NodeLoop's HTTP parser, compiled from the library's own files (symbolic links), for
        // the http-parse workloads: the library keeps the parser internal.
        .target(name: "NodeLoopHTTPParser", path: "Sources/NodeLoopHTTPParser"),
    ],
    swiftLanguageModes: [.v6]
)
