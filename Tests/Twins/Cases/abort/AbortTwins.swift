let abortTwins: [Twin] = [
    abortControllerAndSignal,
    timersPromisesAbort,
    intervalIteratesUntilBreak,
    intervalAbortRejectsPendingStep,
]
