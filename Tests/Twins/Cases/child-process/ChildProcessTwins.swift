let childProcessTwins: [Twin] = [
    spawnOutputExitClose,
    childExitCodes,
    childKillSignals,
    childStdinPipe,
    childStdinEpipe,
    childStdioModes,
    execCommandFailed,
    execMaxBuffer,
    execTimeout,
    execAbort,
    spawnTimeoutAbort,
    outputHeldUntilDataListener,
]
