let asyncTwins: [Twin] = [
    awaitInterleavesWithThenChain,
    awaitRejectionCaught,
    asyncThrowRejects,
    sequentialVersusParallelAwait,
    awaitTicksByKind,
]
