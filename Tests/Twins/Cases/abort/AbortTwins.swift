let abortTwins: [Twin] = [
    abortControllerAndSignal,
    timersPromisesAbort,
]
