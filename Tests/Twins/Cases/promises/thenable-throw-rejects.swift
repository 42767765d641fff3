import NodeLoop

private struct ThrowingThenable: Thenable {
    func then(_ resolve: PromiseResolver<String>, _ reject: PromiseRejecter) throws { throw NodeError("then threw") }
}
private struct ResolvesThenThrowsThenable: Thenable {
    func then(_ resolve: PromiseResolver<String>, _ reject: PromiseRejecter) throws { resolve("resolved first"); throw NodeError("ignored") }
}

let thenableThrowRejects = Twin("promises/thenable-throw-rejects") {
    let throwing = ThrowingThenable()
    let resolvesThenThrows = ResolvesThenThrowsThenable()
    Promise<String>.resolve(throwing).then({ value in console.log("fulfilled", value) }, { error in console.log("rejected", error.message) })
    Promise<String>.resolve(resolvesThenThrows).then({ value in console.log("fulfilled", value) }, { error in console.log("rejected", error.message) })
}
