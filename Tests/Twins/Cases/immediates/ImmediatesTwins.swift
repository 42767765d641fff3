let immediateTwins: [Twin] = [
    immediatesRunInQueueOrder,
    immediateQueuedFromImmediateRunsNextIteration,
    clearLaterImmediate,
    ticksAndMicrotasksBetweenImmediates,
    unrefImmediateAloneDoesNotKeepAlive,
    immediateRefAgainRuns,
    immediateQueuedFromTickAndMicrotask,
    immediateQueuedFromTickInsideImmediate,
]
