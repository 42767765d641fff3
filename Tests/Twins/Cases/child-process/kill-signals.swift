import NodeLoop

let childKillSignals = Twin("child-process/kill-signals") {
    let sleeper = try childProcess.spawn("sleep", ["5"])
    do { try sleeper.kill("SIGFOO") } catch let error as NodeError { console.log("thrown", error.name, error.code, error.message) }
    do { try sleeper.kill(9999) } catch let error as NodeError { console.log("thrown", error.name, error.code, error.message) }
    console.log("killed before", sleeper.killed)
    console.log("kill SIGKILL", try sleeper.kill("SIGKILL"), "killed", sleeper.killed, "signalCode", orNull(sleeper.signalCode))
    sleeper.on(.exit) { status in
        console.log("exit", orNull(status.code), orNull(status.signal), "signalCode", orNull(sleeper.signalCode), "exitCode", orNull(sleeper.exitCode))
        console.log("kill after exit", try sleeper.kill())
    }
    sleeper.on(.close) { status in
        console.log("close", orNull(status.code), orNull(status.signal))
        let second = try childProcess.spawn("sleep", ["5"])
        console.log("kill default", try second.kill())
        second.on(.exit) { status in console.log("second exit", orNull(status.code), orNull(status.signal)) }
        second.on(.close) { _ in
            let third = try childProcess.spawn("sleep", ["5"])
            console.log("kill sigint", try third.kill("sigint"))
            third.on(.exit) { status in console.log("third exit", orNull(status.code), orNull(status.signal)) }
            third.on(.close) { _ in
                let fourth = try childProcess.spawn("sleep", ["5"])
                console.log("kill 1", try fourth.kill(1))
                fourth.on(.exit) { status in console.log("fourth exit", orNull(status.code), orNull(status.signal)) }
            }
        }
    }
}
