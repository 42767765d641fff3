/// Where a fulfilled promise keeps its value: in line, in two words, when the value fits, else
/// in a heap cell whose address those words hold.
///
/// Why not a `Value?` or an enum with a `Value` payload: a promise's deinitializer runs
/// unspecialised, and freeing such a field needs the metadata of the optional or the enum,
/// which the runtime looks up in its hash tables (about 300 instructions, a sixth of a whole
/// `then`) for every promise freed. Freeing this storage needs only `Value`'s metadata, which
/// the class's own metadata holds. The promise says whether a value is there; the storage
/// itself does not know, so the promise calls ``deinitialize(as:)`` exactly once after
/// ``initialize(to:)``.
@usableFromInline
struct SettledValue {
    // Raw storage: once initialised it is only reached through pointers bound to the value's
    // type (or to the cell's address), never read as these integers.
    @usableFromInline var words: (UInt, UInt) = (0, 0)

    @inlinable
    init() {}

    /// Whether a `Value` fits in `words`, size and alignment.
    @inlinable
    static func holdsInline<Value>(_: Value.Type) -> Bool {
        MemoryLayout<Value>.size <= MemoryLayout<(UInt, UInt)>.size
            && MemoryLayout<Value>.alignment <= MemoryLayout<(UInt, UInt)>.alignment
    }

    /// Stores `value` (once).
    @inlinable
    mutating func initialize<Value>(to value: Value) {
        withUnsafeMutableBytes(of: &words) { bytes in
            let base = bytes.baseAddress.unsafelyUnwrapped
            if Self.holdsInline(Value.self) {
                base.initializeMemory(as: Value.self, to: value)
            } else {
                let cell = UnsafeMutablePointer<Value>.allocate(capacity: 1)
                cell.initialize(to: value)
                base.initializeMemory(as: UnsafeMutablePointer<Value>.self, to: cell)
            }
        }
    }

    /// A copy of the stored value.
    @inlinable
    mutating func value<Value>(as _: Value.Type) -> Value {
        withUnsafeMutableBytes(of: &words) { bytes in
            let base = bytes.baseAddress.unsafelyUnwrapped
            if Self.holdsInline(Value.self) {
                return base.assumingMemoryBound(to: Value.self).pointee
            }
            return base.assumingMemoryBound(to: UnsafeMutablePointer<Value>.self).pointee.pointee
        }
    }

    /// Destroys the stored value (and frees its cell).
    @usableFromInline
    mutating func deinitialize<Value>(as _: Value.Type) {
        withUnsafeMutableBytes(of: &words) { bytes in
            let base = bytes.baseAddress.unsafelyUnwrapped
            if Self.holdsInline(Value.self) {
                base.assumingMemoryBound(to: Value.self).deinitialize(count: 1)
            } else {
                let cell = base.assumingMemoryBound(to: UnsafeMutablePointer<Value>.self).pointee
                cell.deinitialize(count: 1)
                cell.deallocate()
            }
        }
    }
}
