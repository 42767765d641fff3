import NodeLoop

let broadcastMainAndWorker = Twin("message-channels/broadcast-main-and-worker") {
    let news = BroadcastChannel("news")
    news.on(.message) { message in
        console.log("main heard", message)
        if message as? String == "second" { news.close() }
    }
    _ = Worker {
        let news = BroadcastChannel("news")
        news.on(.message) { message in console.log("worker heard itself", message) }
        news.postMessage("first")
        news.postMessage("second")
        news.close()
    }
}
