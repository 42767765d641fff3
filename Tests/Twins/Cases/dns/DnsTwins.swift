let dnsTwins: [Twin] = [
    lookupLocalhost,
    ipAddressAnsweredWithoutResolver,
    enotfoundForInvalidName,
    lookupPromiseForm,
    lookupArgumentErrors,
    ipAddressCallbackOrder,
]
