import NodeLoop

let appendfileAddsToTheEnd = Twin("fs-data/appendfile-adds-to-the-end") {
    let dir = try fs.mkdtempSync(os.tmpdir() + "/nodeloop-")
    let file = dir + "/log.txt"
    try fs.appendFileSync(file, "one\n")
    try fs.appendFile(file, try Buffer.from("two\n")) { error in
        console.log("callback, no error:", error == nil)
        fs.promises.appendFile(file, "7468726565", encoding: .hex).then {
            console.log(jsonString(try fs.readFileSync(file, encoding: .utf8)))
            try fs.appendFileSync(file, "fresh", flag: "w")
            console.log(jsonString(try fs.readFileSync(file, encoding: .utf8)))
            try fs.rmSync(dir, recursive: true)
        }
    }
}

/// `JSON.stringify` of a string made of printable ASCII and newlines.
private func jsonString(_ text: String) -> String {
    "\"" + text.replacing("\\", with: "\\\\").replacing("\"", with: "\\\"").replacing("\n", with: "\\n") + "\""
}
