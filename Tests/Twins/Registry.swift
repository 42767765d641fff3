/// Every twin case, by group. The twin test checks that this list and the JS files under
/// `Tests/Twins/Node/` name the same cases.
let allTwins: [Twin] = loopTwins + microtaskTwins + timerTwins + immediateTwins + ioTwins + processTwins + consoleTwins + promiseTwins + abortTwins + asyncTwins + bufferTwins
    + fsDescriptorsTwins
    + fsPathsTwins
    + fsDirectoriesTwins
    + fsDataTwins
    + fsStreamsTwins
    + workerTwins
    + messageChannelsTwins
    + eventTwins
    + patternTwins
    + childProcessTwins
    + osTwins
    + streamTwins
    + dnsTwins
    + netTwins
    + dgramTwins
    + httpTwins
    + readlineTwins
