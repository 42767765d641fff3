import NodeLoop

let raceEmptyNeverSettles = Twin("promises/race-empty-never-settles") {
    var settled = false
    Promise<Int>.race([]).then({ _ in settled = true }, { _ in settled = true })
    setTimeout(10) { console.log("timer ran") }
    process.on(.exit) { code in console.log("exit", code, "settled", settled) }
}
