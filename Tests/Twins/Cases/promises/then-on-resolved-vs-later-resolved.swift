import NodeLoop

let thenOnResolvedVsLaterResolved = Twin("promises/then-on-resolved-vs-later-resolved") {
    var resolveLater: PromiseResolver<Int>!
    let later = Promise<Int> { resolve, _ in resolveLater = resolve }
    later.then { value in console.log("later", value) }
    Promise.resolve(1).then { value in console.log("resolved", value) }
    Promise.resolve()
        .then { console.log("tick 1") }
        .then { () -> Void in console.log("tick 2, resolving"); resolveLater(2) }
        .then { console.log("tick 3") }
        .then { console.log("tick 4") }
}
