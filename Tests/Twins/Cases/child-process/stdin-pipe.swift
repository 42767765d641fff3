import NodeLoop

let childStdinPipe = Twin("child-process/stdin-pipe") {
    func run(_ command: String, _ args: [String], feed: (Socket) throws -> Void, then: (() throws -> Void)? = nil) throws {
        let child = try childProcess.spawn(command, args)
        var out = ""
        child.stdout?.on(.data) { chunk in out += try chunk.toString() }
        child.stdin?.on(.finish) { console.log(command, "stdin finish") }
        if let stdin = child.stdin { try feed(stdin) }
        child.on(.close) { status in
            console.log(command, "close", orNull(status.code), childJSON(out))
            try then?()
        }
    }
    try run("sort", [], feed: { stdin in
        console.log("write returns", stdin.write("pear\n"))
        stdin.write(try Buffer.from("apple\n"))
        stdin.end("fig\n")
        console.log("writableEnded", stdin.writableEnded)
    }, then: {
        try run("wc", ["-l"], feed: { stdin in
            for line in 1...1000 { stdin.write("line \(line)\n") }
            stdin.end()
        }, then: {
            try run("cat", [], feed: { stdin in
                stdin.write("one ") { error in console.log("write callback", orNull(error)) }
                stdin.end(Buffer([0x74, 0x77, 0x6f, 0x0a]))
            })
        })
    })
}
