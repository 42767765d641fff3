import NodeLoop

let promiseResolveReturnsSame = Twin("promises/promise-resolve-returns-same") {
    let p = Promise.resolve(1)
    console.log("Promise.resolve(p) === p", Promise<Int>.resolve(p) === p)
    console.log("new Promise(r => r(p)) === p", Promise<Int> { resolve, _ in resolve(p) } === p)
}
