let fsDescriptorsTwins: [Twin] = [
    openTruncateStatSizes,
    openCallbacksAfterTicksAndPromiseJobs,
    callbackErrorsAndThrownArgumentErrors,
    fileHandleClosesOnce,
    statsTimesAsDates,
    fileHandleCloseWaitsForOperations,
]
