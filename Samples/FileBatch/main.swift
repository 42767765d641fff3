import NodeLoop

// A batch of small files read, transformed and written, first one after another and then all
// at once.
//
// Each file takes a read and a write, and each of those waits for the thread pool. Awaited one
// after another, the waits add up. Started together with `Promise.all`, they overlap: the pool
// runs up to four at a time and the loop stays free meanwhile. Run it beside the JS twin in
// Node/file-batch.js (`node Samples/FileBatch/Node/file-batch.js`): the counts are the same,
// the timings are the machine's.

let fileCount = 20

/// The text of input file `index`: a few lines, some letters outside ASCII.
func inputText(_ index: Int) -> String {
    (1...40).map { line in "file \(index), line \(line): the quick brown fox jumps over the lazy dog, café déjà vu\n" }.joined()
}

func name(_ prefix: String, _ index: Int) -> String {
    prefix + "-" + (index < 10 ? "0" : "") + String(index) + ".txt"
}

func milliseconds(since start: Double) -> String {
    String(((performance.now() - start) * 10).rounded() / 10)
}

/// Reads one input, upper-cases it and writes the output; fulfils with the bytes written.
func transform(_ dir: String, _ index: Int, into prefix: String) -> Promise<Int> {
    Promise { () async throws -> Int in
        let text = try await fs.promises.readFile(dir + "/" + name("input", index), encoding: .utf8).value
        let upper = text.uppercased()
        try await fs.promises.writeFile(dir + "/" + name(prefix, index), upper).value
        return Buffer.byteLength(upper)
    }
}

EventLoop.runMain {
    let dir = try fs.mkdtempSync(os.tmpdir() + "/nodeloop-batch-")
    for index in 1...fileCount {
        try fs.writeFileSync(dir + "/" + name("input", index), inputText(index))
    }
    console.log("\(fileCount) input files of \(Buffer.byteLength(inputText(1))) bytes or so")

    _ = Promise { () async throws in
        var start = performance.now()
        var total = 0
        for index in 1...fileCount {
            total += try await transform(dir, index, into: "sequential").value
        }
        console.log("sequential: \(fileCount) files, \(total) bytes written in \(milliseconds(since: start)) ms")

        start = performance.now()
        let sizes = try await Promise.all((1...fileCount).map { transform(dir, $0, into: "parallel") }).value
        console.log("parallel:   \(sizes.count) files, \(sizes.reduce(0, +)) bytes written in \(milliseconds(since: start)) ms")

        var matching = 0
        for index in 1...fileCount {
            let expected = inputText(index).uppercased()
            for prefix in ["sequential", "parallel"] {
                if try fs.readFileSync(dir + "/" + name(prefix, index), encoding: .utf8) == expected { matching += 1 }
            }
        }
        console.log("check: \(matching) of \(2 * fileCount) outputs are the upper-cased inputs")
        try fs.rmSync(dir, recursive: true)
    }
}
