let readlineTwins: [Twin] = [
    linesOfAStream,
    questionTakesTheNextLine,
    closeStopsTheLines,
]
