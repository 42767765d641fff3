// Node's stream errors, in Node's words (lib/internal/errors.js), so that a script checking
// `error.code` or printing `error.message` sees what a Node script sees.

extension NodeError {
    /// `Error [ERR_STREAM_PUSH_AFTER_EOF]: stream.push() after EOF`.
    static var streamPushAfterEOF: NodeError {
        NodeError("stream.push() after EOF", code: "ERR_STREAM_PUSH_AFTER_EOF")
    }

    /// `Error [ERR_STREAM_UNSHIFT_AFTER_END_EVENT]: stream.unshift() after end event`.
    static var streamUnshiftAfterEndEvent: NodeError {
        NodeError("stream.unshift() after end event", code: "ERR_STREAM_UNSHIFT_AFTER_END_EVENT")
    }

    /// `Error [ERR_STREAM_WRITE_AFTER_END]: write after end`.
    static var streamWriteAfterEnd: NodeError {
        NodeError("write after end", code: "ERR_STREAM_WRITE_AFTER_END")
    }

    /// `Error [ERR_STREAM_DESTROYED]: Cannot call write after a stream was destroyed`, naming
    /// the call (`write`, `end`, `pipe`).
    static func streamDestroyed(_ call: String) -> NodeError {
        NodeError("Cannot call \(call) after a stream was destroyed", code: "ERR_STREAM_DESTROYED")
    }

    /// `Error [ERR_STREAM_ALREADY_FINISHED]: Cannot call end after a stream was finished`.
    static func streamAlreadyFinished(_ call: String) -> NodeError {
        NodeError("Cannot call \(call) after a stream was finished", code: "ERR_STREAM_ALREADY_FINISHED")
    }

    /// `Error [ERR_STREAM_PREMATURE_CLOSE]: Premature close`.
    static var streamPrematureClose: NodeError {
        NodeError("Premature close", code: "ERR_STREAM_PREMATURE_CLOSE")
    }

    /// `Error [ERR_MULTIPLE_CALLBACK]: Callback called multiple times`.
    static var multipleCallback: NodeError {
        NodeError("Callback called multiple times", code: "ERR_MULTIPLE_CALLBACK")
    }

    /// `Error [ERR_METHOD_NOT_IMPLEMENTED]: The _read() method is not implemented`.
    static func methodNotImplemented(_ method: String) -> NodeError {
        NodeError("The \(method) method is not implemented", code: "ERR_METHOD_NOT_IMPLEMENTED")
    }

    /// `TypeError [ERR_STREAM_NULL_VALUES]: May not write null values to stream`.
    static var streamNullValues: NodeError {
        NodeError("May not write null values to stream", name: "TypeError", code: "ERR_STREAM_NULL_VALUES")
    }
}
