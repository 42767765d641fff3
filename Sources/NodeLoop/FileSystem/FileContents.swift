// The memory `readFile` reads a regular file into. Node allocates one buffer of the file's size
// after `fstat` and hands that same buffer to the callback; NodeLoop does the same by reading
// straight into the array the resulting `Buffer` holds, so the file's bytes are never copied.
// A socket's reads that are expected to be large use it too (Net/SocketReadMemory.swift).
//
// Rules:
// - `base` points into the storage of `bytes`, which stays put as long as `bytes` is neither
//   changed nor copied: nothing touches `bytes` while a read into `base` may be in flight
//   (reads run one after another, and `buffer(count:)` comes after the last one).
// - Only the first `count` bytes a caller reports as read are ever handed out; the rest of the
//   array, never written, is cut off first.

/// A regular file's bytes, read in chunks straight into the storage of the ``Buffer`` that
/// `readFile` gives; or the bytes of one socket read.
final class FileContents {
    /// The array the buffer will hold: `capacity` bytes, of which only those read are
    /// meaningful.
    private var bytes: [UInt8]
    /// The first byte of `bytes`' storage, for the reads to write into.
    let base: UnsafeMutablePointer<UInt8>
    /// The size of the file when it was opened: the most `readFile` reads.
    let capacity: Int

    /// Room for `capacity` bytes, left unwritten until the reads fill them.
    init(capacity: Int) {
        self.capacity = capacity
        var start: UnsafeMutablePointer<UInt8>?
        // UInt8 is trivial, so bytes not yet read are merely unspecified, never unsafe to hold.
        bytes = [UInt8](unsafeUninitializedCapacity: Swift.max(capacity, 1)) { memory, initialized in
            start = memory.baseAddress
            initialized = capacity
        }
        // An array with room for at least one byte always has storage.
        base = start.unsafelyUnwrapped
    }

    /// The first `count` bytes as a buffer, without copying them; the last use of this object.
    func buffer(count: Int) -> Buffer {
        var taken: [UInt8] = []
        swap(&taken, &bytes)
        if count < taken.count { taken.removeLast(taken.count - Swift.max(count, 0)) }
        return Buffer(taken)
    }
}
