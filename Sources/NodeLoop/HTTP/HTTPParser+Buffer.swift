extension HTTPParser {
    /// Parses the bytes of a socket's `data` chunk; see ``execute(_:delegate:)``. (In a file of
    /// its own: the parser's files are also built, without `Buffer`, by the parser benchmark.)
    mutating func execute<Delegate: HTTPParserDelegate>(
        _ chunk: Buffer, delegate: Delegate
    ) throws(HTTPParserError) -> HTTPParseOutcome {
        var result: Result<HTTPParseOutcome, HTTPParserError> = .success(.consumedAll)
        chunk.bytes.withUnsafeBytes { bytes in
            do throws(HTTPParserError) {
                result = .success(try execute(bytes, delegate: delegate))
            } catch {
                result = .failure(error)
            }
        }
        return try result.get()
    }
}
