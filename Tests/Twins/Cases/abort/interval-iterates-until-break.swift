import NodeLoop

let intervalIteratesUntilBreak = Twin("abort/interval-iterates-until-break") {
    _ = Promise { () async throws in
        var count = 0
        for try await value in timers.promises.setInterval(40, "tick") {
            count += 1
            console.log(value, count)
            if count == 3 { break }
        }
        console.log("left the loop")
    }
    setTimeout(100) { console.log("timeout at 100") }
    process.on(.exit) { _ in console.log("exit") }
}
