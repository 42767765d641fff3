import NodeLoop

let statCallbackAfterSyncAndMicrotasks = Twin("io/stat-callback-after-sync-and-microtasks") {
    try fs.stat(".") { error, stats in console.log("stat callback", stats?.isDirectory()) }
    queueMicrotask { console.log("microtask") }
    process.nextTick { console.log("nextTick") }
    console.log("script end")
}
