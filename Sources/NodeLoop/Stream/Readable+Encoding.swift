// `setEncoding`: in Node it makes `data` deliver strings instead of Buffers. A Swift stream's
// chunk type cannot change, so strings come from a `Readable<String>`, whose encoding
// `setEncoding` chooses; a `Readable<Buffer>` has no `setEncoding`.

extension Readable where Chunk == String {
    /// Chooses the encoding of the stream's strings (Node's `setEncoding`): pushed text (UTF-8)
    /// and the text already buffered are re-encoded, so with `"hex"` a pushed `"hi"` is read
    /// as `"6869"`. Strings are UTF-8 text until this is called.
    ///
    /// - Throws: Node's `ERR_UNKNOWN_ENCODING` for an encoding Node does not know.
    @discardableResult
    public func setEncoding(_ encoding: BufferEncoding) throws -> Self {
        owner.check("Readable.setEncoding")
        _ = try Buffer.from("", encoding)
        changeEncoding(to: encoding) { text, from in
            // Both encodings are known, and text in `from` came from bytes, so this holds.
            (try? Buffer.from(text, from).toString(encoding)) ?? text
        }
        return self
    }
}

extension Readable where Chunk == Buffer {
    /// Not available: a `Readable<Buffer>` delivers `Buffer`s. Make a `Readable<String>` to
    /// receive strings, and call `setEncoding` on it for another encoding than UTF-8.
    @available(*, unavailable, message: "a Readable<Buffer> delivers Buffers; use a Readable<String> for strings")
    public func setEncoding(_ encoding: BufferEncoding) -> Self { self }
}
