let processTwins: [Twin] = [
]
