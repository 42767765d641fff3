let messageChannelsTwins: [Twin] = [
    channelRoundTripOrder,
    closeEventsBothEnds,
    portTransferredToWorker,
    twoWorkersThroughChannel,
    broadcastMainAndWorker,
    sharedCounterFourWorkers,
    atomicsWaitNotify,
]
