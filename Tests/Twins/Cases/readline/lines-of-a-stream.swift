import NodeLoop

let linesOfAStream = Twin("readline/lines-of-a-stream") {
    let input = Readable<Buffer>.from([
        try Buffer.from("first\nsec"), try Buffer.from("ond\r"), try Buffer.from("\nthird\rfou"),
        Buffer([0x72, 0x74, 0x68, 0x20, 0xC3]), Buffer([0xA9, 0x0A, 0x0A]), try Buffer.from("no break at the end"),
    ])
    let lines = readline.createInterface(input: input)
    lines.on(.line) { line in console.log("line %j", line) }
    lines.on(.close) { console.log("close, closed:", lines.closed) }
    console.log("made the interface")
}
