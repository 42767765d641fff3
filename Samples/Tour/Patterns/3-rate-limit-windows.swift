import NodeLoop

let rateLimitWindows = Chapter(
    "patterns/3-rate-limit-windows",
    title: "A rate limit (sliding window)",
    lesson: "RateLimiter(limit: 3, interval: 300) starts three requests at once, then each later one as the oldest start leaves the window, in the order the callers came."
) {
    let limiter = try RateLimiter(limit: 3, interval: 300)
    let begin = performance.now()
    let requests = (1...7).map { n in
        limiter { () -> Promise<String> in
            let window = Int(((performance.now() - begin) / 300).rounded(.down))
            console.log("request \(n) starts in window \(window)")
            return Promise.delay(20).then { "reply \(n)" }
        }
    }
    Promise.all(requests).then { replies in console.log(replies.count, "replies, last:", replies[6]) }
}
