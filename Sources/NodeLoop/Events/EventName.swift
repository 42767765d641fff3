/// The name of an event together with the type its listeners receive, so that the compiler
/// rejects a listener whose argument does not match its event.
///
/// Declare each event once, as a static member, and use it everywhere:
///
/// ```swift
/// extension EventName where Payload == (user: String, bytes: Int) {
///     static let upload = EventName("upload")
/// }
/// emitter.on(.upload) { event in console.log(event.user, event.bytes) }
/// emitter.emit(.upload, (user: "ada", bytes: 512))
/// ```
///
/// Several values of an event travel as one tuple (Node passes them as separate arguments).
public struct EventName<Payload>: Sendable, Hashable, CustomStringConvertible {
    /// The name Node would use (`"data"`), as `eventNames()` lists it.
    public let name: String

    /// An event called `name`; declare it once as a static member so every use shares its type.
    public init(_ name: String) {
        self.name = name
    }

    public var description: String { name }
}

extension EventName where Payload == String {
    /// Emitted before a listener is added, with the event's name (Node's `'newListener'`).
    public static var newListener: Self { Self("newListener") }
    /// Emitted after a listener is removed, with the event's name (Node's `'removeListener'`).
    public static var removeListener: Self { Self("removeListener") }
}

extension EventName where Payload == any Error {
    /// The `error` event. Emitted with no listener, the error is thrown, as in Node.
    public static var error: Self { Self("error") }
    /// Listeners that see every `error` before the `error` listeners, without handling it
    /// (Node's `EventEmitter.errorMonitor`).
    public static var errorMonitor: Self { Self("Symbol(events.errorMonitor)") }
}
