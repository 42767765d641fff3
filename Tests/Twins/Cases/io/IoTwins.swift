let ioTwins: [Twin] = [
]
