let patternTwins: [Twin] = [
    limitRunsTwoAtATime,
    retryBackoffAndTimeout,
    mapLimitKeepsInputOrder,
]
