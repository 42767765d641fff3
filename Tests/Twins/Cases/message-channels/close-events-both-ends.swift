import NodeLoop

let closeEventsBothEnds = Twin("message-channels/close-events-both-ends") {
    let channel = MessageChannel()
    channel.port1.on(.close) { console.log("port1 close") }
    channel.port2.on(.close) { console.log("port2 close") }
    channel.port2.on(.message) { message in console.log("port2 got", message) }
    channel.port1.postMessage("last")
    channel.port1.close()
    channel.port1.postMessage("after close")
    console.log("closed")
}
