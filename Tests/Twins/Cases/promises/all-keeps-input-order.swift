import NodeLoop

let allKeepsInputOrder = Twin("promises/all-keeps-input-order") {
    let after = { (ms: Double, value: String) in Promise<String> { resolve, _ in setTimeout(ms) { console.log("settled", value); resolve(value) } } }
    Promise.all([after(30, "a"), after(20, "b"), after(10, "c")]).then { values in console.log("all", values) }
}
