let workerTwins: [Twin] = [
    onlineMessagesExitOrder,
    processExitCodeInWorker,
    uncaughtErrorThenExitOne,
    unhandledRejectionThenExitOne,
    terminateResolvesWithOne,
    messageRoundTrip,
    unrefWorkerDoesNotKeepParentAlive,
    runningWorkerKeepsParentAlive,
    sharedBufferBadIndex,
    terminateFulfilsInEveryState,
]
