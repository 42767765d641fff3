let loopTwins: [Twin] = [
    syncBeforeAsync,
    startEndTimerFinished,
    noPendingWorkExitsZero,
]
