let microtaskTwins: [Twin] = [
]
