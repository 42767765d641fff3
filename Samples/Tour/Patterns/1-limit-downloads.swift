import NodeLoop

let limitDownloads = Chapter(
    "patterns/1-limit-downloads",
    title: "A concurrency limit (p-limit)",
    lesson: "ConcurrencyLimit(3) starts each download when a slot frees; never more than three run, and Promise.all keeps input order."
) {
    let durations: [Double] = [60, 120, 180, 180, 300, 180, 240, 200]
    let limit = try ConcurrencyLimit(3)
    var running = 0
    var peak = 0
    var finished = 0
    let downloads = durations.enumerated().map { index, ms in
        limit { () -> Promise<String> in
            running += 1
            peak = max(peak, running)
            console.log("start file-\(index + 1) (\(Int(ms)) ms), \(running) running")
            return Promise.delay(ms).then { () -> String in
                running -= 1
                finished += 1
                console.log("  done file-\(index + 1): \(finished)/\(durations.count)")
                return "file-\(index + 1)"
            }
        }
    }
    Promise.all(downloads).then { names in
        console.log("all downloaded, in input order:", names.joined(separator: " "))
        console.log("most at once:", peak)
    }
}
