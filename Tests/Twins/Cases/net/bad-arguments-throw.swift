import NodeLoop

let badArgumentsThrow = Twin("net/bad-arguments-throw") {
    func attempt(_ label: String, _ f: () throws -> Void) {
        do {
            try f()
            console.log(label, "no error")
        } catch {
            console.log(label, error.name, (error as? NodeError)?.code, error.message)
        }
    }
    attempt("connect -1") { try net.connect(port: -1, host: "127.0.0.1") }
    attempt("connect 65536") { try net.connect(port: 65536, host: "127.0.0.1") }
    attempt("listen 65536") { try net.createServer().listen(65536, "127.0.0.1") }
    attempt("listen -5") { try net.createServer().listen(-5) }
    attempt("setTimeout -1") { try Socket().setTimeout(-1) }
    net.createServer().close { error in console.log("close", (error as? NodeError)?.code, error?.message) }
}
