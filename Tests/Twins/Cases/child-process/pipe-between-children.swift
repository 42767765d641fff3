import NodeLoop

let pipeBetweenChildren = Twin("child-process/pipe-between-children") {
    let writer = try childProcess.spawn("printf", ["one\\ntwo\\nthree\\n"])
    let reader = try childProcess.spawn("sh", ["-c", "while read line; do echo \"got $line\"; done; echo \"input ended\""])
    if let source = writer.stdout, let destination = reader.stdin { source.pipe(destination) }
    var text = ""
    reader.stdout?.on(.data) { chunk in text += try chunk.toString() }
    reader.stdin?.on(.finish) { console.log("reader stdin finish") }
    var codes: [String: Int32?] = [:]
    func closed(_ name: String) -> (ChildExit) -> Void {
        { status in
            codes[name] = status.code
            if codes.count == 2 {
                console.log("writer close", orNull(codes["writer"] ?? nil), "reader close", orNull(codes["reader"] ?? nil), childJSON(text))
            }
        }
    }
    writer.on(.close, closed("writer"))
    reader.on(.close, closed("reader"))
}
