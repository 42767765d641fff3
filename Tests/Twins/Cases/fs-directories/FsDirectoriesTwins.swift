import NodeLoop

let fsDirectoriesTwins: [Twin] = [
    readdirSortedNamesAndKinds,
    readdirRecursiveOrder,
    readdirRecursiveCallbackRunsSynchronously,
    readdirCallbackOrder,
    mkdirRecursiveReturnsFirstCreated,
    mkdirErrorsEexistEnoent,
    mkdirRecursiveErrorsNameTheFailingDirectory,
    mkdtempPrefixShape,
    rmdirEnotempty,
    rmForceMissingPath,
    rmDirectoryWithoutRecursive,
    rmRecursiveTree,
]
