let microtaskTwins: [Twin] = [
    nextTickBeforeQueuedMicrotask,
    tickFromTickBeforeMicrotask,
    tickFromMicrotaskAfterMicrotasks,
    microtaskFromMicrotaskSameDrain,
    microtasksDrainBetweenTimers,
    recursiveNextTickBeforeQueuedImmediate,
    throwingMicrotaskRestStillRun,
]
