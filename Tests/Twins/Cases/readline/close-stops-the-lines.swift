import NodeLoop

let closeStopsTheLines = Twin("readline/close-stops-the-lines") {
    let input = Readable<Buffer>.from([try Buffer.from("one\ntwo\nthree\n")])
    let rl = readline.createInterface(input: input)
    rl.on(.line) { line in
        console.log("line", line)
        if line == "two" {
            try rl.close()
            console.log("after close")
            try rl.close()
        }
    }
    rl.on(.close) { console.log("close") }
    input.on(.end) { console.log("input end") }
    setTimeout(10) { console.log("input paused:", input.isPaused()) }
}
