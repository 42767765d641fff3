import NodeLoop

let rejectedChainReportsLastPromise = Twin("promises/rejected-chain-reports-last-promise") {
    let last = Promise<Int>.reject(NodeError("from the start"))
        .then { _ in console.log("skipped 1") }
        .then { console.log("skipped 2") }
    process.on(.unhandledRejection) { reason, promise in console.log("unhandledRejection", reason.message, promise === last) }
}
