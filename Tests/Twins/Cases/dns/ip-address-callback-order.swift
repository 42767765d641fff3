import NodeLoop

let ipAddressCallbackOrder = Twin("dns/ip-address-callback-order") {
    console.log("start")
    try dns.lookup("127.0.0.1") { error, address, _ in console.log("callback", address) }
    process.nextTick { console.log("nextTick") }
    try dns.promises.lookup("::1").then { found in console.log("promise", found.address) }
    Promise.resolve().then { console.log("microtask") }
    try dns.lookup("::2", all: true) { error, addresses in console.log("callback all", addresses?.count) }
    try dns.lookup("localhost", family: 4) { _, _, _ in
        console.log("resolved localhost")
        setImmediate { console.log("immediate after lookup") }
        process.nextTick { console.log("tick after lookup") }
    }
    console.log("end")
}
