let immediateTwins: [Twin] = [
]
