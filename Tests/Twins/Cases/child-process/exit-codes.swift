import NodeLoop

let childExitCodes = Twin("child-process/exit-codes") {
    let codes = [0, 1, 42, 255]
    func next(_ index: Int) throws {
        if index == codes.count { return }
        let child = try childProcess.spawn("sh", ["-c", "exit \(codes[index])"])
        console.log("spawned", codes[index], "exitCode", orNull(child.exitCode), "signalCode", orNull(child.signalCode))
        child.on(.exit) { status in
            console.log("exit", orNull(status.code), orNull(status.signal), "exitCode", orNull(child.exitCode), "signalCode", orNull(child.signalCode))
        }
        child.on(.close) { status in
            console.log("close", orNull(status.code), orNull(status.signal))
            try next(index + 1)
        }
    }
    try next(0)
}
