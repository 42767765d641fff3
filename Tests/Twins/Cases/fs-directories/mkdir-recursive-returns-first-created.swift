import NodeLoop

let mkdirRecursiveReturnsFirstCreated = Twin("fs-directories/mkdir-recursive-returns-first-created") {
    let dir = try fs.mkdtempSync(os.tmpdir() + "/nodeloop-")
    try fs.mkdir(dir + "/a/b/c", recursive: true) { error, first in
        console.log("first created", first.map { String($0.dropFirst(dir.count)) })
        try fs.mkdir(dir + "/a/b", recursive: true) { error, first in
            console.log("already there", error == nil, first)
            try fs.mkdir(dir + "/plain", recursive: false) { error, value in
                console.log("plain", error == nil, value)
                fs.promises.mkdir(dir + "/p/q", recursive: true).then { first in
                    console.log("promise", first.map { String($0.dropFirst(dir.count)) })
                    console.log("sync", try fs.mkdirSync(dir + "/p/q", recursive: true))
                    try fs.rmSync(dir, recursive: true)
                }
            }
        }
    }
}
