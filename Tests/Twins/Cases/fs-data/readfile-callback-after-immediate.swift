import NodeLoop

let readFileCallbackAfterImmediate = Twin("fs-data/readfile-callback-after-immediate") {
    try fs.readFile("Package.swift") { error, data in
        console.log("readFile callback", error == nil, (data?.length ?? 0) > 0)
        try fs.writeFile("/dev/null", "x") { error in
            console.log("writeFile callback", error == nil)
            fs.promises.readFile("Package.swift", encoding: "utf8").then { text in console.log("promises.readFile", !text.isEmpty) }
            setImmediate { console.log("immediate queued in the writeFile callback") }
        }
        setImmediate { console.log("immediate queued in the readFile callback") }
    }
    setImmediate { console.log("immediate") }
    Promise.resolve().then { console.log("promise") }
    console.log("sync")
}
