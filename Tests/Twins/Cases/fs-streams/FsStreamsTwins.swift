import NodeLoop

let fsStreamsTwins: [Twin] = [
    readStreamEventOrder,
    readStreamStartEndRanges,
    readStreamEncoding,
    readStreamHighWaterMarkChunkSizes,
    readStreamPipeCopiesAFile,
    readStreamMissingFileErrorThenClose,
    readStreamDestroyMidRead,
    readStreamHighWaterMarkZeroNeverYields,
    writeStreamDrainAfterFalse,
    writeStreamAppendFlag,
    writeStreamCorkWritev,
    writeStreamWritesInOrder,
    streamFromDescriptor,
    pipelineFileThroughTransform,
]
