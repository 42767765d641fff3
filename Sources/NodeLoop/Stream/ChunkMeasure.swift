/// How a stream counts, joins and splits its chunks.
///
/// Node's byte streams carry `Buffer`s (or, after `setEncoding`, strings), measured in bytes
/// (string length for strings) and joined or split by `read(n)`; object-mode streams carry any
/// value, each counting as one. In Swift the chunk type says which: a `Buffer` or `String`
/// stream is a byte stream unless made with `objectMode: true`, and any other chunk type is
/// always in object mode.
struct ChunkMeasure<Chunk> {
    /// Node's `objectMode`: each chunk counts as one and is never joined or split.
    let objectMode: Bool
    /// A chunk's size toward `highWaterMark`.
    let size: (Chunk) -> Int
    /// Joins buffered chunks into one (byte streams only).
    let join: ([Chunk]) -> Chunk
    /// Splits a chunk after `count` units (byte streams only).
    let split: (Chunk, Int) -> (head: Chunk, tail: Chunk)

    /// Whether `Chunk` can be a byte stream's chunk.
    static var isByteChunk: Bool { Chunk.self == Buffer.self || Chunk.self == String.self }

    init(objectMode requested: Bool) {
        // The casts below cannot fail: each branch runs only for the type it casts to.
        if !requested, Chunk.self == Buffer.self {
            objectMode = false
            size = { ($0 as! Buffer).count }
            join = { Buffer.concat($0.map { $0 as! Buffer }) as! Chunk }
            split = { chunk, count in
                let buffer = chunk as! Buffer
                return (buffer.subarray(end: count) as! Chunk, buffer.subarray(start: count) as! Chunk)
            }
        } else if !requested, Chunk.self == String.self {
            objectMode = false
            // Node measures strings in UTF-16 code units (`string.length`).
            size = { ($0 as! String).utf16.count }
            join = { $0.map { $0 as! String }.joined() as! Chunk }
            split = { chunk, count in
                let units = Array((chunk as! String).utf16)
                return (
                    String(decoding: units[..<count], as: UTF16.self) as! Chunk,
                    String(decoding: units[count...], as: UTF16.self) as! Chunk
                )
            }
        } else {
            objectMode = true
            size = { _ in 1 }
            join = { $0[0] }
            split = { chunk, _ in (chunk, chunk) }
        }
    }
}

/// Node 20's default high-water marks: 16 KiB for byte streams, 16 objects in object mode
/// (`stream.getDefaultHighWaterMark`).
func defaultHighWaterMark(objectMode: Bool) -> Int {
    objectMode ? 16 : 16 * 1024
}
