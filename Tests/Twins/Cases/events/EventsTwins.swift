let eventTwins: [Twin] = [
    listenerOrderOncePrepend,
    errorEventsAndMonitor,
    maxListenersWarningOnce,
    oncePromiseAndOnIterator,
]
