import NodeLoop

let readfileBytesAndText = Twin("fs-data/readfile-bytes-and-text") {
    let dir = try fs.mkdtempSync(os.tmpdir() + "/nodeloop-")
    let file = dir + "/hello.txt"
    try fs.writeFileSync(file, "héllo wörld")
    try fs.readFile(file) { error, bytes in
        console.log("bytes", bytes)
        console.log("length", bytes?.length)
        try fs.readFile(file, encoding: .utf8) { error, text in
            console.log("utf8", text)
            try fs.readFile(file, encoding: .hex) { error, text in
                console.log("hex", text)
                try fs.readFile(file, encoding: .base64) { error, text in
                    console.log("base64", text)
                    console.log("latin1", try fs.readFileSync(file, encoding: .latin1))
                    try fs.rmSync(dir, recursive: true)
                }
            }
        }
    }
}
