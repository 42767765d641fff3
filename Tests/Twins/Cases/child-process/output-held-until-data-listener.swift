import NodeLoop

let outputHeldUntilDataListener = Twin("child-process/output-held-until-data-listener") {
    let early = try childProcess.spawn("sh", ["-c", "echo early; sleep 0.3"])
    setTimeout(100) { early.stdout?.on(.data) { chunk in console.log("early got", childJSON(try chunk.toString())) } }
    early.on(.close) { status in
        console.log("early close", status.code)
        let gone = try childProcess.spawn("sh", ["-c", "echo gone"])
        gone.on(.exit) { _ in console.log("gone exit") }
        gone.on(.close) { _ in
            console.log("gone close")
            setTimeout(50) { gone.stdout?.on(.data) { chunk in console.log("gone got late", try chunk.toString()) } }
        }
    }
}
