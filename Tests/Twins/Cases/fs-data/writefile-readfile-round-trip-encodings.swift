import NodeLoop

let writefileReadfileRoundTripEncodings = Twin("fs-data/writefile-readfile-round-trip-encodings") {
    let dir = try fs.mkdtempSync(os.tmpdir() + "/nodeloop-")
    let file = dir + "/text.txt"
    _ = Promise { () async throws in
        for (encoding, text) in [
            (BufferEncoding.utf8, "déjà vu 😀"),
            (.hex, "00ff10ab"),
            (.base64, "aMOpbGxv"),
            (.base64url, "aMOpbGxv_-8"),
            (.latin1, "café"),
            (.utf16le, "hé 😀"),
            (.ascii, "plain"),
        ] {
            try await fs.promises.writeFile(file, text, encoding: encoding).value
            let back = try await fs.promises.readFile(file, encoding: encoding).value
            let bytes = try await fs.promises.readFile(file).value
            console.log(encoding.name, back == text, bytes.length, bytes)
        }
        try fs.rmSync(dir, recursive: true)
    }
}
