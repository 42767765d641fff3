let ioTwins: [Twin] = [
    immediateBeforeTimeoutInsideIO,
]
