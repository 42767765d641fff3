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

    @Test func bothHandlersOfThenMayReturnAPromiseAndAPlainValueGoesThroughResolve() throws {
        var seen: [String] = []
        try runOnFreshLoop {
            Promise<Int>.reject(NodeError("no")).then(
                { value in Promise.resolve("value \(value)") },
                { _ in Promise.resolve("recovered") }
            ).then { seen.append($0) }
        }
        #expect(seen == ["recovered"])
    }

    @Test func allSettledOfDifferentTypesGivesATypedTupleOfOutcomes() throws {
        var name: String?
        var ageError: (any Error)?
        try runOnFreshLoop {
            Promise.allSettled(Promise.resolve("Ada"), Promise<Int>.reject(NodeError("unknown"))).then { first, second in
                name = first.value
                ageError = second.reason
            }
        }
        #expect(name == "Ada")
        #expect((ageError as? NodeError)?.message == "unknown")
    }

    @Test func settledResultsGiveValueAndReasonAsNodesFieldsDo() {
        let fulfilled = SettledResult<Int>.fulfilled(3)
        let rejected = SettledResult<Int>.rejected(NodeError("no"))
        #expect(fulfilled.value == 3 && fulfilled.reason == nil)
        #expect(rejected.value == nil && (rejected.reason as? NodeError)?.message == "no")
    }

    @Test func anAggregateErrorCanBeMadeWithErrorsAndAMessage() {
        let error = AggregateError(errors: [NodeError("a"), NodeError("b")], message: "both failed")
        #expect(error.errors.count == 2)
        #expect(error.description == "AggregateError: both failed")
        #expect(AggregateError(errors: []).message == "All promises were rejected")
    }

    // Swift cannot tell a multi-statement catch handler with no `return` from the value form;
    // the idiom the docs give is to write its type.
    @Test func aMultiStatementCatchHandlerWithItsTypeWrittenHandlesTheRejection() throws {
        var lines: [String] = []
        try runOnFreshLoop {
            Promise<Int>.reject(NodeError("no")).catch { (error) -> Void in
                lines.append("caught")
                lines.append((error as? NodeError)?.message ?? "")
            }
        }
        #expect(lines == ["caught", "no"])
    }
}
