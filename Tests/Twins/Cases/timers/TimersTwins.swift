let timerTwins: [Twin] = [
    listsOrderedByExpiry,
]
