import Testing
@testable import NodeLoop

/// The spellings a Node developer reaches for first compile without type annotations and pick
/// the overload Node's semantics call for.
@Suite struct PromiseSpellingTests {
    struct Box: Thenable {
        let content: Int
        func then(_ resolve: PromiseResolver<Int>, _ reject: PromiseRejecter) throws { resolve(content) }
    }

    @Test func resolvingAPromiseReturnsThatSamePromise() throws {
        try runOnFreshLoop {
            let p = Promise.resolve(1)
            let q = Promise.resolve(p)
            #expect(q === p)
        }
    }

    @Test func resolvingAThenableAdoptsItsValue() throws {
        var seen: Int?
        try runOnFreshLoop {
            Promise.resolve(Box(content: 7)).then { seen = $0 }
        }
        #expect(seen == 7)
    }

    @Test func aMultiStatementHandlerOnAVoidPromiseNeedsNoAnnotation() throws {
        var lines: [String] = []
        try runOnFreshLoop {
            Promise.resolve().then {
                lines.append("a")
                lines.append("b")
            }.then {
                lines.append("c")
            }
        }
        #expect(lines == ["a", "b", "c"])
    }

    /// Swift cannot tell a multi-statement handler that returns nothing from one missing its
    /// replacement value, so the first spells out `-> Void` (docs/node-compat.md).
    @Test func aMultiStatementCatchThatReturnsNothingSaysVoid() throws {
        var caught: String?
        try runOnFreshLoop {
            Promise<Int>.reject(NodeError("no")).catch { error -> Void in
                let text = "\(error)"
                caught = text
            }
        }
        #expect(caught == "Error: no")
    }

    @Test func aRejectionCanBeCreatedAsAStatement() throws {
        var reasons: [String] = []
        try runOnFreshLoop {
            process.on(.unhandledRejection) { reason, _ in reasons.append("\(reason)") }
            Promise<Int>.reject(NodeError("dropped"))
        }
        #expect(reasons == ["Error: dropped"])
    }
}
