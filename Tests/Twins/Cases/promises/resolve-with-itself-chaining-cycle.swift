import NodeLoop

let resolveWithItselfChainingCycle = Twin("promises/resolve-with-itself-chaining-cycle") {
    var resolveSelf: PromiseResolver<Int>!
    let p = Promise<Int> { resolve, _ in resolveSelf = resolve }
    resolveSelf(p)
    p.catch { error in console.log(error.name, error.message) }
}
