// How a stream with a `_construct` starts, as Node's lib/internal/streams/destroy.js orders it
// ------------------------------------------------------------------------------------------
// Made with a `_construct`, a stream is not constructed yet. On the next tick `_construct` is
// called; its callback (or its throw) is taken on the tick after that:
//
//   made ─tick─▶ _construct(cb) ─ cb(err) ─tick─▶ constructed ─┬─ destroyed meanwhile: the
//                                                               │  waiting destroy runs _destroy
//                                                               ├─ err: destroy(err) (autoDestroy)
//                                                               └─ else, a tick later: the
//                                                                  readable side reads ahead if
//                                                                  asked, the writable side
//                                                                  writes what waited
//
// Until then `read` does not call `_read`, `write` buffers, `end` does not finish, and
// `destroy` marks the stream destroyed but waits to call `_destroy`.

extension Stream {
    /// Called by `Stream.init` for a stream with a `_construct`.
    func beginConstructing() {
        lifecycle.beginConstructing()
        process.nextTick { [self] in construct() }
    }

    private func construct() {
        var called = false
        // Node takes the callback's outcome on a later tick, whenever it comes.
        let onConstructed: Callback = { [self] error in
            process.nextTick { [self] in
                guard !called else {
                    errorOrDestroy(error ?? NodeError.multipleCallback, sync: false)
                    return
                }
                called = true
                constructed(error)
            }
        }
        do {
            try _construct(onConstructed)
        } catch {
            onConstructed(error)
        }
    }

    private func constructed(_ error: (any Error)?) {
        lifecycle.markConstructed()
        if destroyed {
            let resume = destroyWhenConstructed
            destroyWhenConstructed = nil
            resume?(error)
        } else if let error {
            errorOrDestroy(error, sync: true)
        } else {
            process.nextTick { [self] in
                (self as? any ReadableSideConstruction)?.readableSideConstructed()
                (self as? any WritableStream)?.writableSideConstructed()
            }
        }
    }
}

/// The readable side's part once its stream is constructed (the writable side's is
/// `WritableStream.writableSideConstructed()`).
protocol ReadableSideConstruction: Stream {
    func readableSideConstructed()
}

extension Readable: ReadableSideConstruction {
    /// A read asked for while constructing is made now (Node's `maybeReadMore`).
    func readableSideConstructed() {
        if state.needReadable { maybeReadMore() }
    }
}

extension WritableStream {
    /// What waited in the buffer is written, and a stream already ended may finish.
    func writableSideConstructed() {
        _writableCore.constructed()
    }
}
