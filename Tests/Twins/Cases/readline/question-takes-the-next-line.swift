import NodeLoop

let questionTakesTheNextLine = Twin("readline/question-takes-the-next-line") {
    let output = Writable<Buffer>(write: { _, chunk, _, callback in
        console.log("output: %j", try chunk.toString())
        callback(nil)
    })
    let input = Readable<Buffer>.from([try Buffer.from("ada\nbob\ncy\n")])
    let rl = readline.createInterface(input: input, output: output)
    rl.question("name? ") { answer in
        console.log("answer", answer)
        rl.on(.line) { line in console.log("line", line) }
    }
    rl.on(.close) { console.log("close") }
}
