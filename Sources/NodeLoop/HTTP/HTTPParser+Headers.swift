// Header lines (and trailer lines, which follow the same grammar): a token name, a colon,
// optional spaces, a value of visible bytes, CRLF. No space before the colon, no line folding,
// no bare LF or bare CR. Four headers are read byte by byte as they go, because they decide how
// the body is framed and whether the connection stays open: Content-Length (digits only, once),
// Transfer-Encoding (is `chunked` the last coding?), Connection (`close`, `keep-alive`,
// `upgrade` tokens) and Upgrade.

private let cr = UInt8(ascii: "\r")
private let lf = UInt8(ascii: "\n")
private let space = UInt8(ascii: " ")
private let tab = UInt8(ascii: "\t")
private let comma = UInt8(ascii: ",")

/// The `Connection` tokens the parser acts on, with the header state each one sets.
private let connectionTokenTrie = HTTPLiteralTrie([
    ("close", Int(HTTPParser.HeaderState.connectionClose.rawValue)),
    ("upgrade", Int(HTTPParser.HeaderState.connectionUpgrade.rawValue)),
    ("keep-alive", Int(HTTPParser.HeaderState.connectionKeepAlive.rawValue)),
])

/// `chunked`, the transfer coding the parser looks for.
private let chunked: StaticString = "chunked"

extension HTTPParser {
    // MARK: - Names

    /// The line after the start line may not begin with a space (that would fold the start line).
    mutating func readHeadersStart(_ input: UnsafeRawBufferPointer, _ p: inout Int) throws(HTTPParserError) {
        if input[p] == space {
            p += 1
            throw fail(.unexpectedSpace, "Unexpected space after start line", at: p)
        }
        state = .fieldStart
    }

    mutating func readFieldStart(_ input: UnsafeRawBufferPointer, _ p: inout Int) throws(HTTPParserError) {
        switch input[p] {
        case cr:
            p += 1
            state = .headersLF
        case lf:
            p += 1
            throw fail(.invalidHeaderToken, "Invalid header field char", at: p)
        case UInt8(ascii: ":"):
            throw fail(.invalidHeaderToken, "Invalid header token", at: p)
        default:
            open(.name, at: p)
            state = .field
        }
    }

    /// Token bytes up to the colon. A space right after one of the special names is
    /// "Invalid header field char"; any other stray byte is "Invalid header token".
    mutating func readField<Delegate: HTTPParserDelegate>(
        _ input: UnsafeRawBufferPointer, _ p: inout Int, _ delegate: Delegate
    ) throws(HTTPParserError) {
        guard let byte = Self.skipRun(of: .token, in: input, at: &p) else { return }
        switch byte {
        case UInt8(ascii: ":"):
            let nameState = stateOfName(input, upTo: p)
            try close(input, at: p, errorAt: p + 1, delegate)
            p += 1
            headerState = nameState
            if headerState == .transferEncoding && flags.contains(.contentLength) {
                throw fail(.invalidTransferEncoding, "Transfer-Encoding can't be present with Content-Length", at: p)
            }
            if headerState == .contentLength && flags.contains(.transferEncoding) {
                throw fail(.invalidContentLength, "Content-Length can't be present with Transfer-Encoding", at: p)
            }
            state = .valueLeadingSpace
        case space where stateOfName(input, upTo: p) != .general:
            try close(input, at: p, errorAt: p + 1, delegate)
            p += 1
            throw fail(.invalidHeaderToken, "Invalid header field char", at: p)
        default:
            throw fail(.invalidHeaderToken, "Invalid header token", at: p)
        }
    }

    /// The header state of the name being read, before its span closes: the rest of it is in
    /// `input` up to `p`, and its earlier pieces (if it began in an earlier input, so that its
    /// span starts at 0 here) in the head buffer's last field, still without a value.
    private func stateOfName(_ input: UnsafeRawBufferPointer, upTo p: Int) -> HeaderState {
        let tail = UnsafeRawBufferPointer(rebasing: input[spanStart..<p])
        guard spanStart == 0, let last = head.lastField, last.value.lowerBound < 0 else {
            return Self.specialState(tail, UnsafeRawBufferPointer(start: nil, count: 0))
        }
        return Self.specialState(UnsafeRawBufferPointer(head.storage[last.name]), tail)
    }

    /// The special name `first` followed by `second` spells, ignoring ASCII case, or `.general`.
    /// The names the parser reads the values of differ in length, so the length picks the one
    /// name to compare with.
    private static func specialState(_ first: UnsafeRawBufferPointer, _ second: UnsafeRawBufferPointer) -> HeaderState {
        let special: (name: StaticString, state: HeaderState)
        switch first.count + second.count {
        case 7: special = ("upgrade", .upgrade)
        case 10: special = ("connection", .connection)
        case 14: special = ("content-length", .contentLength)
        case 16: special = ("proxy-connection", .connection)
        case 17: special = ("transfer-encoding", .transferEncoding)
        default: return .general
        }
        let name = special.name.utf8Start
        for index in 0..<special.name.utf8CodeUnitCount {
            let byte = index < first.count ? first[index] : second[index - first.count]
            if Self.lowercased(byte) != name[index] { return .general }
        }
        return special.state
    }

    // MARK: - Values

    /// Spaces and tabs before the value. A line that ends here is an empty value.
    mutating func readValueLeadingSpace<Delegate: HTTPParserDelegate>(
        _ input: UnsafeRawBufferPointer, _ p: inout Int, _ delegate: Delegate
    ) throws(HTTPParserError) {
        switch input[p] {
        case space, tab:
            p += 1
        case cr:
            p += 1
            state = .valueLeadingSpaceLF
        case lf:
            p += 1
            throw fail(.invalidHeaderToken, "Invalid header value char", at: p)
        default:
            open(.value, at: p)
            try startValue(input, &p, delegate)
        }
    }

    /// The value's first byte is at `p`: choose how to read it by the header it belongs to.
    private mutating func startValue<Delegate: HTTPParserDelegate>(
        _ input: UnsafeRawBufferPointer, _ p: inout Int, _ delegate: Delegate
    ) throws(HTTPParserError) {
        switch headerState {
        case .upgrade:
            flags.insert(.upgrade)
            headerState = .general
            state = .value
        case .transferEncoding:
            // In a request, nothing may follow `chunked`, not even in a second header.
            if flags.contains(.chunked) && kind == .request {
                try close(input, at: p, errorAt: p + 1, delegate)
                p += 1
                throw fail(.invalidTransferEncoding, "Invalid `Transfer-Encoding` header value", at: p)
            }
            flags.insert(.transferEncoding)
            flags.remove(.chunked)
            progress = 0
            state = .transferCoding
        case .contentLength:
            if flags.contains(.contentLength) {
                throw fail(.unexpectedContentLength, "Duplicate Content-Length", at: p)
            }
            state = .contentLength
        case .connection:
            progress = HTTPLiteralTrie.root
            state = .connection
        default:
            state = .value
        }
    }

    /// After `Name:` and CRLF: the header is empty, unless a space folds the next line into it.
    mutating func readEmptyValueEnd<Delegate: HTTPParserDelegate>(
        _ input: UnsafeRawBufferPointer, _ p: inout Int, _ delegate: Delegate
    ) throws(HTTPParserError) {
        let byte = input[p]
        if byte == space || byte == tab {
            p += 1
            throw fail(.invalidHeaderToken, "Invalid header value char", at: p)
        }
        if headerState == .contentLength { throw fail(.invalidContentLength, "Empty Content-Length", at: p) }
        applyHeaderState()
        open(.value, at: p)
        try close(input, at: p, errorAt: p, delegate)
        state = .fieldStart
    }

    /// Any value byte, up to the line's end.
    mutating func readValue<Delegate: HTTPParserDelegate>(
        _ input: UnsafeRawBufferPointer, _ p: inout Int, _ delegate: Delegate
    ) throws(HTTPParserError) {
        guard Self.skipRun(of: .headerValue, in: input, at: &p) != nil else { return }
        try endValue(input, &p, delegate)
    }

    /// The value ends at `p`, which must be a CR.
    private mutating func endValue<Delegate: HTTPParserDelegate>(
        _ input: UnsafeRawBufferPointer, _ p: inout Int, _ delegate: Delegate
    ) throws(HTTPParserError) {
        switch input[p] {
        case cr:
            try close(input, at: p, errorAt: p + 1, delegate)
            p += 1
            state = .valueLF
        case lf:
            try close(input, at: p, errorAt: p, delegate)
            throw fail(.crExpected, "Missing expected CR after header value", at: p)
        default:
            try close(input, at: p, errorAt: p, delegate)
            throw fail(.invalidHeaderToken, "Invalid header value char", at: p)
        }
    }

    /// The line after a value may not start with a space or tab (obsolete line folding).
    mutating func readValueEnd(_ input: UnsafeRawBufferPointer, _ p: inout Int) throws(HTTPParserError) {
        if input[p] == space || input[p] == tab {
            throw fail(.invalidHeaderToken, "Unexpected whitespace after header value", at: p)
        }
        applyHeaderState()
        state = .fieldStart
    }

    /// A complete value's effect on the flags: a `Connection` token, or `chunked` last.
    private mutating func applyHeaderState() {
        switch headerState {
        case .connectionKeepAlive: flags.insert(.connectionKeepAlive)
        case .connectionClose: flags.insert(.connectionClose)
        case .connectionUpgrade: flags.insert(.connectionUpgrade)
        case .transferEncodingChunked: flags.insert(.chunked)
        default: return
        }
        if headerState != .transferEncodingChunked { headerState = .connection }
    }

    // MARK: - Transfer-Encoding

    /// The start of a coding: is it `chunked` (ASCII case ignored)? `progress` counts the
    /// letters matched.
    mutating func readTransferCoding(_ input: UnsafeRawBufferPointer, _ p: inout Int) {
        let expected = chunked.withUTF8Buffer { $0[Int(progress)] }
        guard input[p] | 0x20 == expected else {
            state = .transferCodingOther
            return
        }
        p += 1
        progress += 1
        if Int(progress) == chunked.utf8CodeUnitCount { state = .transferCodingChunkedEnd }
    }

    /// After `chunked`: the value may end (chunked is last) or, in a response, go on.
    mutating func readTransferCodingChunkedEnd<Delegate: HTTPParserDelegate>(
        _ input: UnsafeRawBufferPointer, _ p: inout Int, _ delegate: Delegate
    ) throws(HTTPParserError) {
        switch input[p] {
        case space:
            p += 1
        case cr, lf:
            headerState = .transferEncodingChunked
            state = .value
        case comma where kind == .request:
            try close(input, at: p, errorAt: p + 1, delegate)
            p += 1
            throw fail(.invalidTransferEncoding, "Invalid `Transfer-Encoding` header value", at: p)
        case comma:
            progress = 0
            state = .transferCoding
        default:
            state = .transferCodingOther
        }
    }

    /// Inside a coding other than `chunked`, up to the comma that starts the next.
    mutating func readTransferCodingOther(_ input: UnsafeRawBufferPointer, _ p: inout Int) {
        let byte = input[p]
        if byte == comma {
            p += 1
            state = .transferCodingSpace
        } else if HTTPByteClass.test(byte, .listElement) {
            p += 1
        } else {
            headerState = .general
            state = .value
        }
    }

    mutating func readTransferCodingSpace(_ input: UnsafeRawBufferPointer, _ p: inout Int) {
        if input[p] == space || input[p] == tab {
            p += 1
            return
        }
        progress = 0
        state = .transferCoding
    }

    // MARK: - Content-Length

    /// Decimal digits, at most 2^64 - 1.
    mutating func readContentLength<Delegate: HTTPParserDelegate>(
        _ input: UnsafeRawBufferPointer, _ p: inout Int, _ delegate: Delegate
    ) throws(HTTPParserError) {
        guard let digit = Self.digit(input[p]) else {
            state = .contentLengthSpace
            return
        }
        p += 1
        let (times10, overflowed) = contentLength.multipliedReportingOverflow(by: 10)
        let (sum, carried) = times10.addingReportingOverflow(UInt64(digit))
        guard !overflowed && !carried else {
            try close(input, at: p, errorAt: p, delegate)
            throw fail(.invalidContentLength, "Content-Length overflow", at: p)
        }
        contentLength = sum
    }

    /// Only spaces may follow the digits.
    mutating func readContentLengthSpace<Delegate: HTTPParserDelegate>(
        _ input: UnsafeRawBufferPointer, _ p: inout Int, _ delegate: Delegate
    ) throws(HTTPParserError) {
        switch input[p] {
        case space:
            p += 1
        case cr, lf:
            flags.insert(.contentLength)
            state = .value
        default:
            try close(input, at: p, errorAt: p, delegate)
            throw fail(.invalidContentLength, "Invalid character in Content-Length", at: p)
        }
    }

    // MARK: - Connection

    /// The start of a `Connection` token (spaces before it skipped): `close`, `upgrade` or
    /// `keep-alive`, ASCII case ignored, or some other token.
    mutating func readConnection(_ input: UnsafeRawBufferPointer, _ p: inout Int) {
        let byte = Self.lowercased(input[p])
        if progress == HTTPLiteralTrie.root {
            if byte == space || byte == tab {
                p += 1
                return
            }
            // The usual tokens whole, as the trie would match them byte by byte.
            if Self.input(input, at: p, startsWith: "keep-alive", ignoringCase: true) {
                p += 10
                headerState = .connectionKeepAlive
                state = .connectionTokenEnd
                return
            }
            if Self.input(input, at: p, startsWith: "close", ignoringCase: true) {
                p += 5
                headerState = .connectionClose
                state = .connectionTokenEnd
                return
            }
        }
        switch connectionTokenTrie.step(from: progress, byte: byte) {
        case .advance(let node):
            progress = node
            p += 1
        case .matched(let value, let consumed):
            if consumed { p += 1 }
            headerState = HeaderState(rawValue: UInt8(value)) ?? .general
            state = .connectionTokenEnd
        case .mismatch:
            state = .connectionOther
        }
    }

    /// After a known token: a comma (the next token), spaces, or the line's end. Anything else
    /// makes it another token.
    mutating func readConnectionTokenEnd(_ input: UnsafeRawBufferPointer, _ p: inout Int) {
        switch input[p] {
        case comma:
            p += 1
            applyHeaderState()
            progress = HTTPLiteralTrie.root
            state = .connection
        case space:
            p += 1
        case cr, lf:
            state = .value
        default:
            headerState = .general
            state = .connectionOther
        }
    }

    /// Inside a token the parser ignores, up to the comma that starts the next.
    mutating func readConnectionOther(_ input: UnsafeRawBufferPointer, _ p: inout Int) {
        let byte = input[p]
        if byte == comma {
            p += 1
            progress = HTTPLiteralTrie.root
            state = .connection
        } else if HTTPByteClass.test(byte, .listElement) {
            p += 1
        } else {
            state = .value
        }
    }

    @inline(__always)
    static func lowercased(_ byte: UInt8) -> UInt8 {
        byte &- UInt8(ascii: "A") < 26 ? byte | 0x20 : byte
    }
}
