let asyncTwins: [Twin] = [
    exitInAsyncFunctionEndsRun,
    awaitInterleavesWithThenChain,
    awaitRejectionCaught,
    asyncThrowRejects,
    sequentialVersusParallelAwait,
    awaitTicksByKind,
]
