import NodeLoop

let channelRoundTripOrder = Twin("message-channels/channel-round-trip-order") {
    let channel = MessageChannel()
    let port1 = channel.port1
    let port2 = channel.port2
    port2.on(.message) { message in
        console.log("port2 got", message)
        Promise.resolve(()).then { console.log("microtask after", message) }
        if message as? Int == 3 { port2.postMessage("done") }
    }
    port1.on(.message) { message in
        console.log("port1 got", message)
        port1.close()
    }
    setImmediate { console.log("immediate") }
    Promise.resolve(()).then { console.log("promise") }
    for n in [1, 2, 3] { port1.postMessage(n) }
}
