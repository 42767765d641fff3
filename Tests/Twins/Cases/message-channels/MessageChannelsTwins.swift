let messageChannelsTwins: [Twin] = [
    channelRoundTripOrder,
    closeEventsBothEnds,
    closeEventInClosePhase,
    portTransferredToWorker,
    twoWorkersThroughChannel,
    broadcastMainAndWorker,
    sharedCounterFourWorkers,
    atomicsWaitNotify,
]
