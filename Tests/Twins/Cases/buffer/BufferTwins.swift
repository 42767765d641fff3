let bufferTwins: [Twin] = [
    encodingsRoundTripText,
    base64DecodingIsLenient,
    hexDecodingStopsAtInvalidPair,
    invalidUTF8DecodesToReplacement,
    consoleLogPrintsBufferBytes,
    unknownBufferEncodingThrows,
    oneByteAndUTF16LEEdgeCases,
]
