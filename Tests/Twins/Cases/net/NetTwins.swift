let netTwins: [Twin] = [
    isIP,
]
