let timerTwins: [Twin] = [
]
