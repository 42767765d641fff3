import Foundation
import Testing
@testable import NodeLoopFuzz

/// Where the fuzzer's Swift interpreter declares each name of a scenario and which callback
/// holds it (Fuzz/Swift/Scope.swift): it must hold a promise or handle only while the program
/// can still reach it, or no lifetime bug of NodeLoop can show.
@Suite struct FuzzScopeTests {
    private func operations(_ json: String) throws -> [NodeLoopFuzz.Operation] {
        try JSONDecoder().decode([NodeLoopFuzz.Operation].self, from: Data(json.utf8))
    }

    @Test func callbackHoldsOnlyTheVariablesItMentions() throws {
        let ops = try operations("""
            [{"op":"promise","name":"p1","kind":"resolved","value":"1"},
             {"op":"promise","name":"p2","kind":"pending"},
             {"op":"combine","kind":"race","of":["p1","p2"],"name":"p3"},
             {"op":"immediate","id":"i1","name":"h4","body":[
               {"op":"then","id":"t1","target":"p3","name":"p5","body":[]}]}]
            """)
        let main = Scope.main(ops)
        #expect(Set(main.variables.keys) == ["p1", "p2", "p3", "h4"])
        let held = main.forCallbacks(of: ops[3])
        #expect(Set(held.variables.keys) == ["p3"])
        #expect(held.variables["p3"] === main.variables["p3"])
        #expect(Set(held.entering(ops[3].body ?? []).variables.keys) == ["p3", "p5"])
    }

    @Test func nameTwoCallbacksMentionIsDeclaredByTheFunctionAroundThem() throws {
        let ops = try operations("""
            [{"op":"tick","id":"k1","body":[{"op":"promise","name":"p1","kind":"never"}]},
             {"op":"tick","id":"k2","body":[
               {"op":"then","id":"t1","target":"p1","name":"p2","body":[],"returns":"p3"}]}]
            """)
        let main = Scope.main(ops)
        #expect(Set(main.variables.keys) == ["p1"])
        let tick = main.forCallbacks(of: ops[1]).entering(ops[1].body ?? [])
        #expect(Set(tick.variables.keys) == ["p1", "p2"])
        // The promise a handler returns is the handler's own mention: declared when it runs.
        let then = try #require(ops[1].body?.first)
        let handler = tick.forCallbacks(of: then).entering(then.body ?? [], returning: then.returns)
        #expect(Set(handler.variables.keys) == ["p3"])
    }

    @Test func nameInsideAnIntervalIsDeclaredAroundItSoEveryRunSharesIt() throws {
        let ops = try operations("""
            [{"op":"interval","id":"v1","name":"h1","ms":40,"times":2,"body":[
               {"op":"micro","id":"m1","body":[{"op":"promise","name":"p2","kind":"pending"}]}]}]
            """)
        let main = Scope.main(ops)
        #expect(Set(main.variables.keys) == ["h1", "p2"])
        let held = main.forCallbacks(of: ops[0])
        #expect(held.entering(ops[0].body ?? []).variables["p2"] === main.variables["p2"])
    }
}
