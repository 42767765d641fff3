// swift-tools-version: 6.1
import PackageDescription

// NodeLoop's http messages as swift-http-types' `HTTPRequest`, `HTTPResponse` and `HTTPFields`.
// A package of its own, so that NodeLoop itself, and every package depending on it, resolves no
// Swift package: depend on this one (`.package(path: "<NodeLoop>/Integrations/HTTPTypes")` or its
// repository) to use product `NodeLoopHTTPTypes`. `make test` runs its tests too.
let package = Package(
    name: "NodeLoopHTTPTypes",
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "NodeLoopHTTPTypes", targets: ["NodeLoopHTTPTypes"]),
    ],
    dependencies: [
        .package(name: "NodeLoop", path: "../.."),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
    ],
    targets: [
        .target(
            name: "NodeLoopHTTPTypes",
            dependencies: [
                .product(name: "NodeLoop", package: "NodeLoop"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ]
        ),
        .testTarget(name: "NodeLoopHTTPTypesTests", dependencies: ["NodeLoopHTTPTypes"]),
    ],
    swiftLanguageModes: [.v6]
)
