import NodeLoop

let mkdtempPrefixShape = Twin("fs-directories/mkdtemp-prefix-shape") {
    let prefix = os.tmpdir() + "/nodeloop-"
    let made = try fs.mkdtempSync(prefix)
    console.log("sync", made.hasPrefix(prefix), made.utf8.count - prefix.utf8.count, try fs.statSync(made).isDirectory())
    try fs.mkdtemp(prefix) { error, second in
        let second = second ?? ""
        console.log("callback", second.hasPrefix(prefix), second.utf8.count - prefix.utf8.count, second != made)
        fs.promises.mkdtemp(prefix).then { third in
            console.log("promise", third.hasPrefix(prefix), third.utf8.count - prefix.utf8.count, third != second)
            for directory in [made, second, third] { try fs.rmdirSync(directory) }
        }
    }
}
