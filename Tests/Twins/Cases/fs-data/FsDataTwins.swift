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
    readFileCallbackAfterImmediate,
    truncateNegativeLengthClamps,
    readLengthBeyondDefaultBuffer,
]
