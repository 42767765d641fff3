// The events of Node's streams, each declared once: every stream (and a child's stdio, which
// is a socket) uses these.

extension EventName {
    /// A chunk of a readable stream (Node's `'data'`). Its payload is the stream's chunk type:
    /// on a `Readable<Chunk>`, `on(.data) { chunk in ... }` gets a `Chunk` with no annotation.
    public static var data: Self { Self("data") }

    /// The stream and its underlying resource have closed (Node's `'close'`); no other event
    /// follows. Streams emit it with no value (`on(.close) { ... }`).
    public static var close: Self { Self("close") }
}

extension EventName where Payload == Void {
    /// A readable stream has no more data: every chunk has been consumed (Node's `'end'`).
    public static var end: Self { Self("end") }
    /// Every chunk written to a writable stream has been handled and the stream has ended
    /// (Node's `'finish'`).
    public static var finish: Self { Self("finish") }
    /// The chunks that filled a writable stream past its high-water mark have been handled:
    /// writing may go on (Node's `'drain'`).
    public static var drain: Self { Self("drain") }
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
