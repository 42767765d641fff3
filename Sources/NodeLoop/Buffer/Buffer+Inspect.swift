// How `console.log` and `util.inspect` show a buffer: Node's `Buffer.prototype[inspect.custom]`
// (lib/buffer.js).

extension Buffer {
    /// Node's `buffer.INSPECT_MAX_BYTES`: the bytes shown before the rest are counted.
    static let inspectMaxBytes = 50

    /// The buffer as Node inspects it: `<Buffer 68 65 6c 6c 6f>`.
    ///
    /// node: `console.log(Buffer.alloc(0))` -> `<Buffer >`; `console.log(Buffer.alloc(51))` ->
    /// fifty `00` then ` ... 1 more byte>`; `Buffer.alloc(60)` -> ` ... 10 more bytes>`. Node
    /// calls this even below the inspection depth limit (`[[[buf]]]` still shows the bytes),
    /// and it prints the same inside arrays and objects.
    var inspected: String {
        let shown = bytes.prefix(Self.inspectMaxBytes)
        var text = "<Buffer "
        text.reserveCapacity(shown.count * 3 + 32)
        let digits = Array("0123456789abcdef")
        for (offset, byte) in shown.enumerated() {
            if offset > 0 { text.append(" ") }
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0F)])
        }
        let remaining = bytes.count - shown.count
        if remaining > 0 {
            text += " ... \(remaining) more byte\(remaining > 1 ? "s" : "")"
        }
        return text + ">"
    }
}
