let consoleTwins: [Twin] = [
    consoleFormatSpecifiers,
    loneFormatStringPrintedAsIs,
    consoleNumberFormatting,
    largeWholeNumbersPrintInFull,
    consoleValuesAndArrays,
    arrayWithUndefinedIsOneValue,
    consoleTimeAndTimeEnd,
    timeEndUnknownLabelWarns,
    longArraysBreakAndGroup,
    stringsQuotedAsNodeQuotes,
    formatJPrintsJson,
    formatSpecifiersConvertAsNode,
]
