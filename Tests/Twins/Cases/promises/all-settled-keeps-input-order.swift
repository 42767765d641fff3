import NodeLoop

let allSettledKeepsInputOrder = Twin("promises/all-settled-keeps-input-order") {
    let after = { (ms: Double, value: Int) in Promise<Int> { resolve, _ in setTimeout(ms) { resolve(value) } } }
    let failAfter = { (ms: Double, reason: Int) in Promise<Int> { _, reject in setTimeout(ms) { reject(ThrownValue(reason)) } } }
    Promise.allSettled([after(20, 1), failAfter(10, 42), after(5, 3)]).then { results in
        console.log(results)
        console.log(results.map { result in result.status })
    }
}
