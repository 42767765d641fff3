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
            dependencies: [.product(name: "NodeLoop", package: "NodeLoop")],
            path: "Sources/NodeLoopBench"
        ),
    ],
    swiftLanguageModes: [.v6]
)
