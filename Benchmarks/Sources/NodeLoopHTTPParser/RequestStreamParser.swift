// The one public entry point of this module. The module compiles NodeLoop's HTTP parser from
// the library's own source files (the other files here are symbolic links to
// ../../../Sources/NodeLoop/HTTP), so the benchmark measures that code, optimised as the library
// optimises it, without the library exporting its internal parser. A parser file added to the
// library needs its link here.

/// A server connection's parser reading a stream of requests, for the http-parse workloads: it
/// counts the requests and keeps nothing else, as a server whose handler has not run yet.
public struct RequestStreamParser {
    private var parser = HTTPParser(kind: .request)
    private let delegate = RequestCounter()

    /// A parser at the start of a connection.
    public init() {}

    /// The requests completed so far.
    public var completedRequests: Int { delegate.completed }

    /// Parses `bytes` as one socket read would hand them over, in pieces of at most
    /// `pieceSize` bytes. Returns false if the parser rejected them.
    public mutating func parse(_ bytes: UnsafeRawBufferPointer, pieceSize: Int) -> Bool {
        var start = 0
        while start < bytes.count {
            let end = Swift.min(bytes.count, start + pieceSize)
            do {
                _ = try parser.execute(UnsafeRawBufferPointer(rebasing: bytes[start..<end]), delegate: delegate)
            } catch {
                return false
            }
            start = end
        }
        return true
    }
}

/// Counts messages; reads the head's header count so that the head is really handed over.
private final class RequestCounter: HTTPParserDelegate {
    var completed = 0
    var fields = 0

    func httpMessageBegins() {}

    func httpHeadComplete(_ head: HTTPMessageHead) -> HTTPBodyHandling {
        fields &+= head.fields.count
        return .read
    }

    func httpBody(_ bytes: UnsafeRawBufferPointer) {}

    func httpMessageComplete(trailers: HTTPHeaderFields) {
        completed += 1
    }
}
