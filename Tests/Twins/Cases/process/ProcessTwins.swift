let processTwins: [Twin] = [
    uncaughtExceptionKeepsRunning,
    noListenerExitsWithOne,
    monitorBeforeUncaughtException,
    beforeExitReschedulesWork,
    exitInTimerSkipsPendingWork,
    exitCodeSetDuringRun,
    exitListenerChangesExitCode,
    nextTickInExitListenerNeverRuns,
    throwInImmediateNextImmediateRuns,
    throwingNextTickLaterTicksRun,
    emitWarningTypeAndCode,
    onceListenerRunsOnce,
]
