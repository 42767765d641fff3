let processTwins: [Twin] = [
    uncaughtExceptionKeepsRunning,
]
