import NodeLoop

let fsDataTwins: [Twin] = [
    readfileBytesAndText,
    writefileReadfileRoundTripEncodings,
    appendfileAddsToTheEnd,
    writefileWxOnExistingFileEexist,
    readfileMissingFileEnoent,
    readfileDirectoryEisdir,
    readAndWriteAtPositions,
    filehandleUsedAfterCloseEbadf,
    readStreamYieldsChunksOfARange,
    writeStreamWritesInOrder,
    readFileCallbackAfterImmediate,
    truncateNegativeLengthClamps,
    readLengthBeyondDefaultBuffer,
    readStreamHighWaterMarkZeroNeverYields,
]
