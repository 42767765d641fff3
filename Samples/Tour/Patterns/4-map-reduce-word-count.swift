import NodeLoop

let mapReduceWordCount = Chapter(
    "patterns/4-map-reduce-word-count",
    title: "Map-reduce with the map on the thread pool",
    lesson: "Counting words is CPU work, so each chunk is counted on libuv's thread pool while the loop stays free; progress and the fold run on the loop, the fold in input order."
) {
    let words = ["loop", "timer", "promise", "tick", "pool", "worker"]
    let chunks = (0..<8).map { chunk in
        (0..<5000).map { i in words[(i * (chunk + 1) + chunk) % words.count] }.joined(separator: " ")
    }
    @Sendable func countWords(_ text: String) -> [String: Int] {
        text.split(separator: " ").reduce(into: [:]) { counts, word in counts[String(word), default: 0] += 1 }
    }
    var counted = 0
    mapReduce(
        chunks,
        concurrency: threadPool.size,
        map: { chunk in
            threadPool.run { countWords(chunk) }.then { counts -> [String: Int] in
                counted += 1
                console.log("counted \(counted) of \(chunks.count) chunks")
                return counts
            }
        },
        initial: [String: Int]()
    ) { total, counts in
        total.merging(counts, uniquingKeysWith: +)
    }.then { total in
        for word in words { console.log("\(word): \(total[word, default: 0])") }
    }
}
