import NodeLoop

let lookupArgumentErrors = Twin("dns/lookup-argument-errors") {
    let show = { (label: String, call: () throws -> Void) in
        do {
            try call()
            console.log(label, "passed")
        } catch {
            console.log(label, error.name, (error as? NodeError)?.code)
            console.log(" ", error.message)
        }
    }
    show("family 5") { try dns.lookup("localhost", family: 5) { _, _, _ in } }
    show("family IPv7") { try dns.lookup("localhost", family: "IPv7") { _, _, _ in } }
    show("family -4") { try dns.lookup("localhost", all: true, family: -4) { _, _ in } }
    show("hints") { try dns.lookup("localhost", hints: LookupHints(rawValue: 12345)) { _, _, _ in } }
    show("hints before family") { try dns.lookup("localhost", family: 5, hints: LookupHints(rawValue: 1)) { _, _, _ in } }
    show("promise family 7") { _ = try dns.promises.lookup("localhost", family: 7) }
    show("promise family IPv6") { _ = try dns.promises.lookup("localhost", family: "IPv6") }
    show("promise hints") { _ = try dns.promises.lookup("localhost", all: true, hints: LookupHints(rawValue: 64)) }
    show("IPv6 by name") { try dns.lookup("::1", family: "IPv6") { _, _, _ in } }
}
