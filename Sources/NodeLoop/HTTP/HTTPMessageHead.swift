/// A complete message head as the parser hands it to its delegate: what Node's parser passes to
/// `parserOnHeadersComplete`. The strings are made when read, from the bytes the parser copied.
struct HTTPMessageHead: Sendable {
    /// The request's method (for a response, `DELETE`'s number 0, as in Node's parser).
    let method: HTTPMethod
    let versionMajor: Int
    let versionMinor: Int
    /// The response's status code (0 for a request).
    let statusCode: Int
    /// Whether the connection may carry another message after this one (`llhttp_should_keep_alive`
    /// when the head completes, before the delegate's answer).
    let shouldKeepAlive: Bool
    /// Whether the message asks to leave HTTP: a `CONNECT` request, or `Upgrade` with
    /// `Connection: upgrade` (for a response, only with status 101).
    let upgrade: Bool
    /// The headers in arrival order, duplicates kept.
    let fields: HTTPHeaderFields

    private let buffer: HTTPHeadBuffer
    private let isResponse: Bool

    init(
        kind: HTTPParser.Kind, method: HTTPMethod, version: (major: Int, minor: Int), statusCode: Int,
        shouldKeepAlive: Bool, upgrade: Bool, buffer: HTTPHeadBuffer
    ) {
        isResponse = kind == .response
        self.method = method
        (versionMajor, versionMinor) = version
        self.statusCode = statusCode
        self.shouldKeepAlive = shouldKeepAlive
        self.upgrade = upgrade
        self.buffer = buffer
        fields = HTTPHeaderFields(buffer)
    }

    /// The request target as sent (`IncomingMessage.url`); empty for a response.
    var url: String { isResponse ? "" : startLineText }

    /// The response's reason phrase as sent (`IncomingMessage.statusMessage`); empty for a request.
    var statusMessage: String { isResponse ? startLineText : "" }

    private var startLineText: String { HTTPHeadBuffer.latin1String(buffer.storage, buffer.startLineText) }
}

/// Header lines in arrival order: a head's headers or a message's trailers.
struct HTTPHeaderFields: RandomAccessCollection, Sendable {
    /// The head's storage, which no longer changes once shared (see `HTTPHeadStorage`).
    private let bytes: HTTPHeadStorage

    init(_ buffer: HTTPHeadBuffer) {
        bytes = buffer.storage
    }

    var startIndex: Int { 0 }
    var endIndex: Int { bytes.fieldCount }

    /// The header at `index`: its name as sent, and its value without the spaces and tabs that
    /// ended it (Node trims them; the leading ones the parser already skipped).
    subscript(index: Int) -> (name: String, value: String) {
        let range = bytes.field(at: index)
        var valueEnd = range.value.upperBound
        while valueEnd > range.value.lowerBound, bytes[valueEnd - 1] == 0x20 || bytes[valueEnd - 1] == 0x09 {
            valueEnd -= 1
        }
        let value = range.value.lowerBound < 0 ? "" : HTTPHeadBuffer.latin1String(bytes, range.value.lowerBound..<valueEnd)
        return (HTTPHeadBuffer.latin1String(bytes, range.name), value)
    }

    /// The value of the first field whose name is `name` in any case (`name` is ASCII and
    /// lower-case), compared byte by byte so that no name becomes a `String`.
    func firstValue(named name: String) -> String? {
        let target = Array(name.utf8)
        for index in 0..<count {
            let range = bytes.field(at: index).name
            guard range.count == target.count else { continue }
            var same = true
            for offset in 0..<target.count {
                let byte = bytes[range.lowerBound + offset]
                if ((0x41...0x5A).contains(byte) ? byte | 0x20 : byte) != target[offset] {
                    same = false
                    break
                }
            }
            if same { return self[index].value }
        }
        return nil
    }

    /// Names and values alternating, as Node's `rawHeaders` and `rawTrailers` list them.
    var raw: [String] {
        var result: [String] = []
        result.reserveCapacity(count * 2)
        for field in self {
            result.append(field.name)
            result.append(field.value)
        }
        return result
    }
}
