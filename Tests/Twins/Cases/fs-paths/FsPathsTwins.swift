let fsPathsTwins: [Twin] = [
    renameMovesAndEnoentNamesBothPaths,
    copyfileExclOntoExistingEexist,
    accessModesOnReadOnlyFile,
    symlinkReadlinkLstat,
    realpathThroughSymlink,
    linkAndStatNlink,
    chmodThenStatModeOctal,
    utimesThenStatMtime,
    unlinkThenExistsSync,
    unlinkCallbackOrder,
    pathArgumentErrors,
]
