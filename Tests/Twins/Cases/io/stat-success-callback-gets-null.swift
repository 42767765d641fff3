import NodeLoop

let statSuccessCallbackGetsNull = Twin("io/stat-success-callback-gets-null") {
    try fs.stat(".") { error, stats in
        console.log("no error:", error == nil)
        console.log("is directory", stats?.isDirectory())
    }
}
