import NodeLoop

// Runs one twin case by name, as `node Tests/Twins/Node/<name>.js` runs its JS half.
//   NodeLoopTwins <group>/<case>    run the case; the process exits with the run's exit code
//   NodeLoopTwins --list            print every registered case name

let arguments = CommandLine.arguments
EventLoop.runMain {
    if arguments.count == 2 && arguments[1] == "--list" {
        for twin in allTwins { console.log(twin.name) }
    } else if arguments.count == 2, let twin = allTwins.first(where: { $0.name == arguments[1] }) {
        try twin.script()
    } else {
        console.error("usage: NodeLoopTwins <group>/<case> | --list")
        process.exitCode = 64
    }
}
