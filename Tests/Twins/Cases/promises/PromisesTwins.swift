let promiseTwins: [Twin] = [
    thenChainsInterleave,
    unhandledThenHandledLate,
]
