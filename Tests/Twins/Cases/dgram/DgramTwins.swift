import NodeLoop

let dgramTwins: [Twin] = [
    dgramBindListeningAddress,
    dgramPingPong,
    dgramUDP6PingPong,
    dgramSendBufferList,
    dgramConnectSendRemoteAddress,
    dgramSendBeforeBind,
    dgramCloseCallbackAndEventOrder,
    dgramBindAddressInUse,
    dgramUseAfterClose,
    dgramBadArguments,
    dgramSendErrors,
    dgramUnrefLetsRunEnd,
    dgramThousandDatagrams,
    dgramMicrotasksBetweenMessages,
]

/// The `attempt` of the dgram JS twins: the call, or the name, code and message of what it threw.
func dgramAttempt(_ label: String, _ call: () throws -> Void) {
    do {
        try call()
        console.log(label, "no error")
    } catch {
        console.log(label, error.name, (error as? NodeError)?.code, error.message)
    }
}
