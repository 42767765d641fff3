import NodeLoop

let retryBackoffAndTimeout = Twin("patterns/retry-backoff-and-timeout") {
    Promise<String>.retry(RetryOptions(retries: 3, factor: 2, minTimeout: 10)) { attempt in
        console.log("attempt", attempt)
        return attempt < 3 ? Promise<String>.reject(NodeError("flaky \(attempt)")) : Promise.resolve("ok on \(attempt)")
    }.then { value in console.log("retry fulfilled", value) }
    Promise<String>.retry(RetryOptions(retries: 1, factor: 2, minTimeout: 10)) { attempt in Promise.reject(NodeError("always \(attempt)")) }
        .catch { error -> Void in console.log("retry rejected", error.message) }
    Promise<String> { resolve, _ in setTimeout(300) { resolve("slow") } }.timeout(100)
        .catch { error -> Void in console.log("timeout", error.name, error.message) }
    Promise<String> { resolve, _ in setTimeout(10) { resolve("fast") } }.timeout(200)
        .then { value in console.log("in time", value) }
}
