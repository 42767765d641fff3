import NodeLoop

let executorRunsSynchronously = Twin("promises/executor-runs-synchronously") {
    console.log("before")
    let p = Promise<String> { resolve, _ in
        console.log("executor")
        resolve("value")
        console.log("executor after resolve")
    }
    p.then { value in console.log("then", value) }
    console.log("after")
}
