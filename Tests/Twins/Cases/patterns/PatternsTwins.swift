let patternTwins: [Twin] = [
    limitRunsTwoAtATime,
    retryBackoffAndTimeout,
]
