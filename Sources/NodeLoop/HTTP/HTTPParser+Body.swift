// From the blank line that ends a head to the end of the message: how the body is framed
// (none, Content-Length, chunked, or until the stream ends), chunk sizes and extensions,
// trailers, and whether the connection carries another message afterwards.

private let cr = UInt8(ascii: "\r")
private let lf = UInt8(ascii: "\n")
private let space = UInt8(ascii: " ")
private let tab = UInt8(ascii: "\t")

extension HTTPParser {
    // MARK: - End of the head

    /// The LF of the blank line: the head (or the trailers) is complete. Returns whether the
    /// parser stopped for an upgrade.
    mutating func readHeadersLF<Delegate: HTTPParserDelegate>(
        _ input: UnsafeRawBufferPointer, _ p: inout Int, _ delegate: Delegate
    ) throws(HTTPParserError) -> Bool {
        guard input[p] == lf else { throw fail(.strict, "Expected LF after headers", at: p) }
        p += 1
        if flags.contains(.trailing) {
            headerBytes = 0
            return completeMessage(delegate, stopping: upgrade)
        }
        return try completeHead(at: p, delegate)
    }

    /// Hands the head to the delegate and chooses how to read the body (llhttp's
    /// `llhttp__after_headers_complete`).
    private mutating func completeHead<Delegate: HTTPParserDelegate>(at p: Int, _ delegate: Delegate) throws(HTTPParserError) -> Bool {
        upgrade = flags.isSuperset(of: [.upgrade, .connectionUpgrade])
            ? kind == .request || statusCode == 101
            : kind == .request && method == .connect
        headerBytes = 0
        // The head is a temporary of the call, released as it returns: unless the delegate keeps
        // it, the head buffer is again the storage's only holder below and keeps its storage.
        let handling = delegate.httpHeadComplete(HTTPMessageHead(
            kind: kind, method: method, version: (Int(versionMajor), Int(versionMinor)),
            statusCode: kind == .response ? Int(statusCode) : 0,
            shouldKeepAlive: shouldKeepAlive, upgrade: upgrade, buffer: head
        ))
        switch handling {
        case .read: break
        case .skip: flags.insert(.skipBody)
        case .upgrade:
            upgrade = true
            flags.insert(.skipBody)
        }
        // What follows the head is the trailers, if anything.
        head.removeAll()

        let isResponse = kind == .response
        let hasBody = flags.contains(.chunked) || contentLength > 0
        if (upgrade && (method == .connect || flags.contains(.skipBody) || !hasBody)) || (isResponse && statusCode == 101) {
            return completeMessage(delegate, stopping: true)
        }
        let bodiless = flags.contains(.skipBody) || (isResponse && [100, 102, 103, 204, 304].contains(statusCode))
        if bodiless {
            return completeMessage(delegate)
        }
        if flags.contains(.chunked) {
            contentLength = 0
            state = .chunkSizeFirst
        } else if flags.contains(.transferEncoding) {
            // A request's body length cannot be known if chunked is not its last coding.
            guard isResponse else { throw fail(.invalidTransferEncoding, "Request has invalid `Transfer-Encoding`", at: p) }
            readUntilEndOfStream(at: p)
        } else if !flags.contains(.contentLength) {
            guard messageNeedsEndOfStream else { return completeMessage(delegate) }
            readUntilEndOfStream(at: p)
        } else if contentLength == 0 {
            return completeMessage(delegate)
        } else {
            open(.body, at: p)
            state = .bodyIdentity
        }
        return false
    }

    private mutating func readUntilEndOfStream(at p: Int) {
        endOfStream = .completesMessage
        open(.body, at: p)
        state = .bodyUntilEOF
    }

    /// Whether the message's body runs until the stream ends (`llhttp_message_needs_eof`).
    private var messageNeedsEndOfStream: Bool {
        guard kind == .response else { return false }
        if statusCode / 100 == 1 || statusCode == 204 || statusCode == 304 || flags.contains(.skipBody) { return false }
        if flags.contains(.transferEncoding) && !flags.contains(.chunked) { return true }
        return !flags.contains(.chunked) && !flags.contains(.contentLength)
    }

    /// Whether the connection may carry another message (`llhttp_should_keep_alive`): HTTP/1.1
    /// unless `Connection: close`, HTTP/1.0 only with `Connection: keep-alive`, and never when
    /// the body runs to the end of the stream.
    var shouldKeepAlive: Bool {
        if versionMajor > 0 && versionMinor > 0 {
            if flags.contains(.connectionClose) { return false }
        } else if !flags.contains(.connectionKeepAlive) {
            return false
        }
        return !messageNeedsEndOfStream
    }

    // MARK: - Completion

    /// Tells the delegate the message is complete, then either stops for an upgrade (returning
    /// true, the clean-up left for the next `execute`) or cleans up at once. A message with a
    /// body stops after it if it upgrades; one without stops only where its head said so.
    private mutating func completeMessage<Delegate: HTTPParserDelegate>(_ delegate: Delegate, stopping: Bool = false) -> Bool {
        delegate.httpMessageComplete(trailers: HTTPHeaderFields(head))
        if stopping {
            state = .cleanup
            return true
        }
        cleanUpAfterMessage()
        return false
    }

    /// Back to `start` for the next message if the connection stays open, else `closed`.
    mutating func cleanUpAfterMessage() {
        let keepAlive = shouldKeepAlive
        endOfStream = .safe
        flags = []
        if keepAlive {
            contentLength = 0
            state = .start
        } else {
            state = .closed
        }
    }

    /// After a message that closes the connection, only empty lines may follow.
    mutating func readClosed(_ input: UnsafeRawBufferPointer, _ p: inout Int) throws(HTTPParserError) {
        let byte = input[p]
        p += 1
        if byte != cr && byte != lf { throw fail(.closedConnection, "Data after `Connection: close`", at: p) }
    }

    // MARK: - Content-Length body

    /// Returns whether the parser stopped for an upgrade.
    mutating func readBodyIdentity<Delegate: HTTPParserDelegate>(
        _ input: UnsafeRawBufferPointer, _ p: inout Int, _ delegate: Delegate
    ) throws(HTTPParserError) -> Bool {
        guard takeBody(input, &p) else { return false }
        try close(input, at: p, errorAt: p, delegate)
        return completeMessage(delegate, stopping: upgrade)
    }

    /// Moves `p` over as much of the remaining `contentLength` as `input` holds; returns
    /// whether all of it has arrived.
    private mutating func takeBody(_ input: UnsafeRawBufferPointer, _ p: inout Int) -> Bool {
        let available = UInt64(input.count - p)
        if available < contentLength {
            contentLength -= available
            p = input.count
            return false
        }
        p += Int(contentLength)
        contentLength = 0
        return true
    }

    // MARK: - Chunked body

    /// A chunk size's first hex digit.
    mutating func readChunkSizeFirst(_ input: UnsafeRawBufferPointer, _ p: inout Int) throws(HTTPParserError) {
        let value = HTTPByteClass.hexValue[Int(input[p])]
        guard value != 0xFF else { throw fail(.invalidChunkSize, "Invalid character in chunk size", at: p) }
        p += 1
        contentLength = UInt64(value)
        state = .chunkSize
    }

    /// More hex digits (at most 2^64 - 1), then CRLF or extensions.
    mutating func readChunkSize(_ input: UnsafeRawBufferPointer, _ p: inout Int) throws(HTTPParserError) {
        let byte = input[p]
        let value = HTTPByteClass.hexValue[Int(byte)]
        if value != 0xFF {
            p += 1
            guard contentLength >> 60 == 0 else { throw fail(.invalidChunkSize, "Chunk size overflow", at: p) }
            contentLength = contentLength << 4 | UInt64(value)
            return
        }
        switch byte {
        case cr:
            p += 1
            state = .chunkSizeLF
        case lf:
            p += 1
            throw fail(.crExpected, "Missing expected CR after chunk size", at: p)
        case UInt8(ascii: ";"):
            p += 1
            state = .chunkExtensions
        case space, tab:
            p += 1
            throw fail(.invalidChunkSize, "Invalid character in chunk size", at: p)
        default:
            throw fail(.invalidChunkSize, "Invalid character in chunk size", at: p)
        }
    }

    /// After `;`: an extension name must start here.
    mutating func readChunkExtensions(_ input: UnsafeRawBufferPointer, _ p: inout Int) throws(HTTPParserError) {
        if input[p] == space || input[p] == cr {
            p += 1
            throw fail(.strict, "Invalid character in chunk extensions", at: p)
        }
        open(.extensionName, at: p)
        state = .chunkExtensionName
    }

    /// An extension's name (`chunkExtensionName`) or unquoted value (`chunkExtensionValue`): a
    /// token, ended by `=` (after a name), `"` (a value's quoted string starts), `;` (the next
    /// extension) or CR (the size line's end).
    mutating func readChunkExtensionToken<Delegate: HTTPParserDelegate>(
        _ input: UnsafeRawBufferPointer, _ p: inout Int, _ delegate: Delegate
    ) throws(HTTPParserError) {
        guard let byte = Self.skipRun(of: .token, in: input, at: &p) else { return }
        let isName = state == .chunkExtensionName
        if byte == UInt8(ascii: "\""), !isName {
            p += 1
            state = .chunkExtensionQuoted
            return
        }
        if byte == lf {
            try close(input, at: p, errorAt: p, delegate)
            let reason = isName ? "Missing expected CR after chunk extension name" : "Missing expected CR after chunk extension value"
            throw fail(.crExpected, reason, at: p)
        }
        try close(input, at: p, errorAt: p + 1, delegate)
        p += 1
        switch byte {
        case UInt8(ascii: "=") where isName:
            open(.extensionValue, at: p)
            state = .chunkExtensionValue
        case UInt8(ascii: ";"):
            state = .chunkExtensions
        case cr:
            state = .chunkSizeLF
        default:
            let reason = isName ? "Invalid character in chunk extensions name" : "Invalid character in chunk extensions value"
            throw fail(.strict, reason, at: p)
        }
    }

    mutating func readChunkExtensionQuoted<Delegate: HTTPParserDelegate>(
        _ input: UnsafeRawBufferPointer, _ p: inout Int, _ delegate: Delegate
    ) throws(HTTPParserError) {
        guard let byte = Self.skipRun(of: .quoted, in: input, at: &p) else { return }
        switch byte {
        case UInt8(ascii: "\""):
            p += 1
            try close(input, at: p, errorAt: p, delegate)
            state = .chunkExtensionQuotedEnd
        case UInt8(ascii: "\\"):
            p += 1
            state = .chunkExtensionQuotedPair
        default:
            try close(input, at: p, errorAt: p + 1, delegate)
            p += 1
            throw fail(.strict, "Invalid character in chunk extensions quoted value", at: p)
        }
    }

    mutating func readChunkExtensionQuotedPair<Delegate: HTTPParserDelegate>(
        _ input: UnsafeRawBufferPointer, _ p: inout Int, _ delegate: Delegate
    ) throws(HTTPParserError) {
        guard HTTPByteClass.test(input[p], .quotedPair) else {
            try close(input, at: p, errorAt: p + 1, delegate)
            p += 1
            throw fail(.strict, "Invalid quoted-pair in chunk extensions quoted value", at: p)
        }
        p += 1
        state = .chunkExtensionQuoted
    }

    mutating func readChunkExtensionQuotedEnd(_ input: UnsafeRawBufferPointer, _ p: inout Int) throws(HTTPParserError) {
        switch input[p] {
        case UInt8(ascii: ";"):
            p += 1
            state = .chunkExtensions
        case cr:
            p += 1
            state = .chunkSizeLF
        case lf:
            throw fail(.crExpected, "Missing expected CR after chunk extension value", at: p)
        default:
            throw fail(.strict, "Invalid character in chunk extensions quote value", at: p)
        }
    }

    /// The LF that ends a chunk-size line: a chunk of data, or (size 0) the trailers.
    mutating func readChunkSizeLF(_ input: UnsafeRawBufferPointer, _ p: inout Int) throws(HTTPParserError) {
        guard input[p] == lf else { throw fail(.strict, "Expected LF after chunk size", at: p) }
        p += 1
        headerBytes = 0
        chunkExtensionBytes = 0
        if contentLength == 0 {
            flags.insert(.trailing)
            state = .fieldStart
        } else {
            open(.body, at: p)
            state = .chunkData
        }
    }

    mutating func readChunkData<Delegate: HTTPParserDelegate>(
        _ input: UnsafeRawBufferPointer, _ p: inout Int, _ delegate: Delegate
    ) throws(HTTPParserError) {
        guard takeBody(input, &p) else { return }
        try close(input, at: p, errorAt: p, delegate)
        progress = 0
        state = .chunkDataEnd
    }

    /// The CRLF after a chunk's data; `progress` is 1 once the CR is read.
    mutating func readChunkDataEnd(_ input: UnsafeRawBufferPointer, _ p: inout Int) throws(HTTPParserError) {
        let byte = input[p]
        if progress == 0 && byte == cr {
            p += 1
            progress = 1
        } else if progress == 1 && byte == lf {
            p += 1
            headerBytes = 0
            state = .chunkSizeFirst
        } else if progress == 0 && byte == lf {
            p += 1
            throw fail(.crExpected, "Missing expected CR after chunk data", at: p)
        } else {
            throw fail(.strict, "Expected LF after chunk data", at: p)
        }
    }
}
