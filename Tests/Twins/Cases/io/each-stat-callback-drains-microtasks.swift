import NodeLoop

let eachStatCallbackDrainsMicrotasks = Twin("io/each-stat-callback-drains-microtasks") {
    var calls = 0
    func onStat(_ error: NodeError?, _ stats: Stats?) {
        calls += 1
        let call = calls
        console.log("stat callback", call)
        queueMicrotask { console.log("microtask from callback", call) }
        process.nextTick { console.log("tick from callback", call) }
    }
    try fs.stat(".", onStat)
    try fs.stat("..", onStat)
}
