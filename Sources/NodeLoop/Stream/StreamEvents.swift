// The events of Node's streams. `end`, `finish` and `drain` (no value) were declared with the
// child process's streams and are shared; the ones below complete the set.

extension EventName {
    /// A chunk of a readable stream (Node's `'data'`). Its payload is the stream's chunk type:
    /// on a `Readable<Chunk>`, `on(.data) { chunk in ... }` gets a `Chunk` with no annotation.
    public static var data: Self { Self("data") }

    /// The stream and its underlying resource have closed (Node's `'close'`); no other event
    /// follows. Streams emit it with no value (`on(.close) { ... }`).
    public static var close: Self { Self("close") }
}

extension EventName where Payload == Void {
    /// A readable stream has data to `read()`, or has reached its end (Node's `'readable'`).
    /// Listening to it puts the stream in paused mode.
    public static var readable: Self { Self("readable") }
    /// `pause()` stopped a flowing stream (Node's `'pause'`).
    public static var pause: Self { Self("pause") }
    /// `resume()` started the flow (Node's `'resume'`).
    public static var resume: Self { Self("resume") }
    /// A writable stream's last write has completed and its final step is about to run
    /// (Node's `'prefinish'`).
    public static var prefinish: Self { Self("prefinish") }
}

extension EventName where Payload == Stream {
    /// A readable stream began piping into this writable stream; the payload is the source
    /// (Node's `'pipe'`).
    public static var pipe: Self { Self("pipe") }
    /// A readable stream stopped piping into this writable stream; the payload is the source
    /// (Node's `'unpipe'`).
    public static var unpipe: Self { Self("unpipe") }
}
