import NodeLoop

let fsDirectoriesTwins: [Twin] = [
    readdirSortedNamesAndKinds,
    readdirRecursiveOrder,
    readdirRecursiveCallbackRunsSynchronously,
    readdirCallbackOrder,
    mkdirRecursiveReturnsFirstCreated,
    mkdirErrorsEexistEnoent,
    mkdtempPrefixShape,
    rmdirEnotempty,
    rmForceMissingPath,
    rmDirectoryWithoutRecursive,
    rmRecursiveTree,
]
