import Testing
import NodeLoop

/// `Promise.all` over promises of different types fulfils with a typed tuple in argument order,
/// or rejects with the first rejection.
@Suite struct TypedAllTests {
    @Test func fulfilsWithATupleInArgumentOrderWhateverOrderTheInputsSettleIn() throws {
        var result: (String, Int, Double)?
        try runOnFreshLoop {
            let name = Promise<String> { resolve, _ in setTimeout(20) { resolve("Ada") } }
            let age = Promise<Int> { resolve, _ in setTimeout(1) { resolve(36) } }
            Promise.all(name, age, Promise.resolve(1.5)).then { result = $0 }
        }
        #expect(result?.0 == "Ada")
        #expect(result?.1 == 36)
        #expect(result?.2 == 1.5)
    }

    @Test func keepsANilFulfilmentOfAnOptionalInput() throws {
        var result: (Int?, String)?
        try runOnFreshLoop {
            Promise.all(Promise<Int?>.resolve(nil), Promise.resolve("x")).then { result = $0 }
        }
        #expect(result != nil)
        #expect(result?.0 == nil)
        #expect(result?.1 == "x")
    }

    @Test func rejectsWithTheFirstRejection() throws {
        var reason: String?
        try runOnFreshLoop {
            let slow = Promise<Int> { _, reject in setTimeout(20) { reject(NodeError("slow")) } }
            let fast = Promise<String> { _, reject in setTimeout(1) { reject(NodeError("fast")) } }
            Promise.all(slow, fast).catch { error -> Void in reason = error.message }
        }
        #expect(reason == "fast")
    }
}
