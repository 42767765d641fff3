let loopTwins: [Twin] = [
    syncBeforeAsync,
]
