import NodeLoop

let queuePriorities = Chapter(
    "patterns/6-queue-priorities",
    title: "A priority queue of jobs (p-queue)",
    lesson: "A paused PromiseQueue of one at a time: higher priority runs first, equal priorities in the order added; onEmpty comes when the last job starts, onIdle when it finishes."
) {
    let queue = try PromiseQueue(concurrency: 1, autoStart: false)
    let jobs = [("send newsletter", 0), ("reset password", 10), ("resize avatar", 5), ("nightly report", 0), ("refund order", 10)]
    for (name, priority) in jobs {
        queue.add(priority: priority) { () -> Promise<Void> in
            console.log("run \(name) (priority \(priority))")
            return Promise.delay(10)
        }
    }
    console.log("queued", queue.size, "jobs while paused")
    queue.onEmpty().then { console.log("empty: the last job has started") }
    queue.onIdle().then { console.log("idle: every job has finished") }
    queue.start()
}
