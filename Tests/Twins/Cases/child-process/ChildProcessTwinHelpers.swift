import NodeLoop

/// `JSON.stringify` of a string made of printable ASCII and newlines, as the JS halves print
/// a child's output.
func childJSON(_ text: String) -> String {
    "\"" + text.replacing("\\", with: "\\\\").replacing("\"", with: "\\\"").replacing("\n", with: "\\n") + "\""
}

/// What `console.log` shows for a JS value that is `null` where Swift has nil.
func orNull(_ value: Any?) -> Any {
    value ?? "null"
}

/// Node's `stream instanceof net.Socket`, for a stream seen as any ``Stream``.
func isSocket(_ stream: Stream?) -> Bool {
    stream is Socket
}
