import CLibUV
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// The memory one socket read goes into. Node reads into a fresh allocation of the size libuv
// suggests (64 KiB) and shrinks it to the bytes read, which become the chunk; a Swift array
// cannot shrink in place, so a socket guesses from its previous read:
// - after a read that filled at least half of its memory, the next goes straight into the
//   storage of the array its chunk will hold (`FileContents`), so a bulk transfer is never
//   copied;
// - otherwise into scratch memory, copied into an array of the read's size, so that a small
//   chunk (a message, a request) holds no more memory than it needs, and the one array
//   allocated is the chunk's.
// A wrong guess costs one copy, or a chunk that holds at most twice its size; never a wrong
// byte.

/// Where one socket read goes, from libuv's allocation callback to its read callback, which
/// libuv makes right after its `read(2)`.
enum SocketReadMemory {
    /// The storage of the array the chunk will hold.
    case chunkArray(FileContents)
    /// Memory the chunk is copied out of (`malloc`'d: cheaper than an allocation with an
    /// alignment), freed by ``release()``.
    case scratch(UnsafeMutableRawBufferPointer)

    /// Room for a read of `capacity` bytes, in an array if the read is expected to be large.
    init(capacity: Int, expectingLarge: Bool) {
        self = expectingLarge
            ? .chunkArray(FileContents(capacity: capacity))
            : .scratch(UnsafeMutableRawBufferPointer(start: malloc(Swift.max(capacity, 1)), count: capacity))
    }

    /// The memory; nil if `malloc` failed (libuv then reports `ENOBUFS` and reads nothing).
    private var base: UnsafeMutablePointer<UInt8>? {
        switch self {
        case .chunkArray(let contents): contents.base
        case .scratch(let memory): memory.baseAddress?.assumingMemoryBound(to: UInt8.self)
        }
    }

    private var capacity: Int {
        switch self {
        case .chunkArray(let contents): contents.capacity
        case .scratch(let memory): memory.baseAddress == nil ? 0 : memory.count
        }
    }

    /// The memory as libuv's allocation callback hands it over.
    var buffer: uv_buf_t {
        uv_buf_init(base.map { UnsafeMutableRawPointer($0).assumingMemoryBound(to: CChar.self) }, UInt32(capacity))
    }

    /// Whether a read of `count` bytes filled at least half of the memory: the guess for the
    /// socket's next read.
    func isLarge(_ count: Int) -> Bool {
        count * 2 >= capacity
    }

    /// The first `count` bytes read, as a chunk: the array itself when it is at least half
    /// full, a copy otherwise. The memory is not used after this.
    func chunk(count: Int) -> Buffer {
        if case .chunkArray(let contents) = self, isLarge(count) { return contents.buffer(count: count) }
        return Buffer(UnsafeBufferPointer(start: base, count: count))
    }

    /// Frees scratch memory (an array goes with its last reference).
    func release() {
        if case .scratch(let memory) = self { free(memory.baseAddress) }
    }
}
