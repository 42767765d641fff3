import NodeLoop

let thenChainsInterleave = Twin("promises/then-chains-interleave") {
    let a = Promise.resolve()
    a.then { console.log("a1") }.then { console.log("a2") }.then { console.log("a3") }.then { console.log("a4") }.then { console.log("a5") }
    Promise<Void> { resolve, _ in resolve(Promise.resolve()) }.then { console.log("adopted") }
    Promise.resolve().finally { console.log("finally") }.then { console.log("after finally") }
    Promise.all([Promise.resolve(1)]).then { values in console.log("all", values) }
    console.log("sync")
}
