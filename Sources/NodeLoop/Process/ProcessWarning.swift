/// A warning emitted through `process.emitWarning`, as `process.on(.warning)` receives it.
public struct ProcessWarning: Sendable, Equatable, CustomStringConvertible {
    /// The warning's type, such as `"TimeoutOverflowWarning"` (Node's `warning.name`).
    public let name: String
    /// What the warning says.
    public let message: String
    /// An optional identifier, printed in brackets (`[DEP0005]`).
    public let code: String?

    /// `Name: message`, as Node prints a warning after the process id.
    public var description: String { "\(name): \(message)" }
}

extension EventLoop {
    /// Emits `warning` on the next tick and prints it to stderr in Node's format.
    func emitWarning(_ message: String, type: String = "Warning", code: String? = nil) {
        let warning = ProcessWarning(name: type, message: message, code: code)
        nextTick { [unowned self] in
            // Node's own listener, added at start-up, prints before user listeners run.
            let codePart = warning.code.map { "[\($0)] " } ?? ""
            console.error("(node:\(currentProcessId())) \(codePart)\(warning)")
            try processState.emit(.warning, warning)
        }
    }
}
