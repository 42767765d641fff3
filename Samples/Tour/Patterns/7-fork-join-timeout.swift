import NodeLoop

let forkJoinTimeout = Chapter(
    "patterns/7-fork-join-timeout",
    title: "Fork-join with a time limit",
    lesson: "Three services start at once; the slow one gets 100 ms, after which its promise rejects with a TimeoutError and the page falls back instead of waiting."
) {
    func service(_ ms: Double, _ value: String) -> Promise<String> {
        Promise.delay(ms).then { value }
    }
    let started = performance.now()
    forkJoin([
        "user": { service(40, "ada") },
        "orders": { service(60, "3 orders") },
        "recommendations": {
            service(400, "5 picks").timeout(100).catch { error -> String in
                console.log("recommendations: \(error.name): \(error.message)")
                return "none"
            }
        },
    ]).then { page in
        for name in page.keys.sorted() { console.log("\(name): \(page[name] ?? "")") }
        console.log("page ready before the slow service:", performance.now() - started < 400)
    }
}
