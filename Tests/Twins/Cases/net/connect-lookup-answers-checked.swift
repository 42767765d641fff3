import NodeLoop

let connectLookupAnswersChecked = Twin("net/connect-lookup-answers-checked") {
    let cases: [(String, TCPConnectOptions)] = [
        ("not an address", TCPConnectOptions(port: 80, host: "x.example", lookup: { _, _, callback in
            callback(nil, [LookupAddress(address: "nonsense", family: 4)])
        })),
        ("family 5", TCPConnectOptions(port: 80, host: "x.example", lookup: { _, _, callback in
            callback(nil, [LookupAddress(address: "127.0.0.1", family: 5)])
        })),
        ("an error", TCPConnectOptions(port: 80, host: "x.example", lookup: { _, _, callback in
            callback(NodeError("no such name", code: "EAI_TEST"), [])
        })),
        ("one address", TCPConnectOptions(port: 80, host: "x.example", lookup: { _, options, callback in
            console.log("asked", options.family, options.hints.rawValue, options.all)
            callback(NodeError("refused by the test", code: "ETEST"), [])
        }, autoSelectFamily: false)),
    ]
    func next(_ index: Int) throws {
        guard index < cases.count else {
            do {
                try net.connect(TCPConnectOptions(port: 80, host: "x.example", autoSelectFamilyAttemptTimeout: 0))
            } catch let error as NodeError {
                console.log("throws", error.code, error.message)
            }
            return
        }
        let (name, options) = cases[index]
        let socket = try net.connect(options)
        socket.on(.lookup) { result in console.log(name, "lookup", (result.error as? NodeError)?.code ?? "null") }
        socket.on(.error) { error in
            let error = error as! NodeError
            console.log(name, "error", error.name, error.code, error.message)
        }
        socket.on(.close) { (_: Bool) in try next(index + 1) }
    }
    try next(0)
}
