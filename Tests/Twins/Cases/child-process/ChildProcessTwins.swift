let childProcessTwins: [Twin] = [
    spawnOutputExitClose,
]
