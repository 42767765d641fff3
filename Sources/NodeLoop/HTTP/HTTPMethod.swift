/// A request method as Node's parser numbers it: the index into Node's list of every method it
/// parses (`process.binding('http_parser').allMethods`), HTTP, RTSP and ICE methods alike.
///
/// The parser knows no other method: an unknown name is `HPE_INVALID_METHOD`.
struct HTTPMethod: Equatable, Hashable, Sendable {
    /// The method's number in Node's list.
    let index: UInt8

    /// The method's name, as `IncomingMessage.method` gives it.
    var name: String { Self.names[Int(index)] }

    /// Every method the parser accepts, in Node's numbering.
    static let names = [
        "DELETE", "GET", "HEAD", "POST", "PUT", "CONNECT", "OPTIONS", "TRACE", "COPY", "LOCK", "MKCOL",
        "MOVE", "PROPFIND", "PROPPATCH", "SEARCH", "UNLOCK", "BIND", "REBIND", "UNBIND", "ACL", "REPORT",
        "MKACTIVITY", "CHECKOUT", "MERGE", "M-SEARCH", "NOTIFY", "SUBSCRIBE", "UNSUBSCRIBE", "PATCH",
        "PURGE", "MKCALENDAR", "LINK", "UNLINK", "SOURCE", "PRI", "DESCRIBE", "ANNOUNCE", "SETUP", "PLAY",
        "PAUSE", "TEARDOWN", "GET_PARAMETER", "SET_PARAMETER", "REDIRECT", "RECORD", "FLUSH", "QUERY",
    ]

    static let get = HTTPMethod(index: 1)
    static let head = HTTPMethod(index: 2)
    static let connect = HTTPMethod(index: 5)
    static let source = HTTPMethod(index: 33)
    /// `PRI`, the start of HTTP/2's connection preface.
    static let pri = HTTPMethod(index: 34)

    /// Whether the method may name `HTTP/x.y` on its request line: the HTTP methods, `PRI` and
    /// `SOURCE` (Node's `http.METHODS` plus `PRI`).
    var isHTTP: Bool { index <= Self.pri.index || index == 46 }

    /// Whether the method may name `RTSP/x.y` on its request line.
    var isRTSP: Bool { index == 1 || index == 3 || index == 6 || (35...45).contains(index) }

    /// Whether the method may name `ICE/x.y` on its request line (only `SOURCE`).
    var isICE: Bool { self == Self.source }

    /// Every name, for matching a request line's first word.
    static let trie = HTTPLiteralTrie(names.enumerated().map { ($0.element, $0.offset) })
}
