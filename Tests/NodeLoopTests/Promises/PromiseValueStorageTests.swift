import Testing
@testable import NodeLoop

/// A fulfilled promise keeps its value in ``SettledValue``: in line when it fits in two words,
/// else in a cell of its own. Whatever its size, the value comes back whole to every reaction,
/// and it is freed exactly once, with the promise.
@Suite struct PromiseValueStorageTests {
    /// How many `Tracked` values of one test are alive.
    final class Tally {
        var live = 0
    }

    /// Counts itself in a tally while alive, to prove a value is neither leaked nor freed twice.
    final class Tracked {
        let id: Int
        let tally: Tally
        init(_ id: Int, in tally: Tally = Tally()) {
            self.id = id
            self.tally = tally
            tally.live += 1
        }
        deinit { tally.live -= 1 }
    }

    /// Wider than two words and holding a reference: kept in a heap cell.
    struct Wide {
        let tracked: Tracked
        let numbers: (Int, Int, Int, Int)
    }

    /// Over-aligned for the two words: also kept in a cell.
    struct OverAligned {
        let vector: SIMD4<Double>
    }

    @Test func valuesOfEveryShapeReachEveryReactionWhole() throws {
        var seen: [String] = []
        try runOnFreshLoop {
            let number = Promise.resolve(42)
            number.then { seen.append("int \($0)") }
            number.then { seen.append("int again \($0)") }
            Promise.resolve("a string longer than fifteen bytes, so it lives on the heap").then {
                seen.append("string \($0.count)")
            }
            Promise.resolve(Optional<Int>.none).then { seen.append("optional \(String(describing: $0))") }
            Promise.resolve(()).then { seen.append("void") }
            Promise.resolve(OverAligned(vector: SIMD4(1, 2, 3, 4))).then { seen.append("simd \($0.vector.sum())") }
            let wide = Promise.resolve(Wide(tracked: Tracked(7), numbers: (1, 2, 3, 4)))
            wide.then { seen.append("wide \($0.tracked.id) \($0.numbers.3)") }
            wide.then { seen.append("wide again \($0.numbers.0)") }
        }
        #expect(seen == [
            "int 42", "int again 42", "string 59", "optional nil", "void", "simd 10.0", "wide 7 4",
            "wide again 1",
        ])
    }

    @Test func aFulfilledValueIsFreedOnceWithItsPromise() throws {
        let tally = Tally()
        weak var weakInline: Tracked?
        weak var weakCell: Tracked?
        try runOnFreshLoop {
            let inline = Tracked(1, in: tally)
            let cell = Tracked(2, in: tally)
            weakInline = inline
            weakCell = cell
            Promise.resolve(inline).then { _ in }
            Promise.resolve(Wide(tracked: cell, numbers: (0, 0, 0, 0))).then { _ in }
            // Never fulfilled: nothing was stored, so nothing may be freed.
            _ = Promise<Wide>.withResolvers()
        }
        #expect(weakInline == nil)
        #expect(weakCell == nil)
        #expect(tally.live == 0)
    }
}
