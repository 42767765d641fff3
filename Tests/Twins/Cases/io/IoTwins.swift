let ioTwins: [Twin] = [
    immediateBeforeTimeoutInsideIO,
    statCallbackAfterSyncAndMicrotasks,
    statSuccessCallbackGetsNull,
    statCallbackWorkBeforeNextImmediate,
    statMissingFileEnoent,
    eachStatCallbackDrainsMicrotasks,
]
