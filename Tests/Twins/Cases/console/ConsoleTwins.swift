let consoleTwins: [Twin] = [
]
