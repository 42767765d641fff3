import Testing
@testable import NodeLoop

// Promises/A+ 1.1, 2.3.4: if x is not an object or function, fulfil promise with x.
//
// In Swift "not an object or function" means a value whose type is neither `Promise` nor a
// `Thenable`; such a value fulfils promise as it is. Checked for every value kind through every
// entry point into [[Resolve]] (executor, later resolve, `Promise.resolve`, a `then` handler's
// return value, a `catch` handler's return value), and on both sides of a handler chain.

@Suite("PromisesAPlus 2.3.4 non-thenable values")
struct PromisesAPlus234NonThenableTests {
    /// x fulfils promise directly, unchanged, and only once.
    @Test(arguments: ValueKind.allCases, ThenableEntry.allCases)
    func aPlainValueFulfilsThePromise(kind: ValueKind, entry: ThenableEntry) throws {
        try kind.apply(PlainValueProbe(entry: entry))
    }

    struct PlainValueProbe: ValueProbe {
        let entry: ThenableEntry
        func probe<V>(_ sample: Sample<V>) throws {
            let recorder = Recorder<V>()
            let code = try runAPlus {
                recorder.record(entry.plainPromise(sample.value))
            }
            #expect(code == 0)
            #expect(recorder.isFulfilled(with: sample.value, same: sample.same))
        }
    }

    /// A value passed down a chain of handlers that return it unchanged arrives unchanged.
    @Test(arguments: ValueKind.allCases)
    func aPlainValueSurvivesAChainOfHandlers(kind: ValueKind) throws {
        try kind.apply(ChainProbe())
    }

    struct ChainProbe: ValueProbe {
        func probe<V>(_ sample: Sample<V>) throws {
            var steps: [String] = []
            let recorder = Recorder<V>()
            let code = try runAPlus {
                let end = Promise.resolve(sample.value)
                    .then { value -> V in steps.append("then"); return value }
                    .then({ value -> V in steps.append("both"); return value }, { _ in sample.other })
                    .catch { _ in sample.other }
                    .finally { steps.append("finally") }
                recorder.record(end)
            }
            #expect(code == 0)
            #expect(steps == ["then", "both", "finally"])
            #expect(recorder.isFulfilled(with: sample.value, same: sample.same))
        }
    }

    /// A value that merely looks like a settled outcome (an optional holding nil, an error value
    /// used as a value) fulfils promise; it never rejects it.
    @Test func errorValuesUsedAsValuesFulfil() throws {
        let errors = Recorder<Sentinel>()
        let optionalErrors = Recorder<Sentinel?>()
        let results = Recorder<Result<Int, Sentinel>>()
        let code = try runAPlus {
            errors.record(Promise { resolve, _ in resolve(Sentinel(id: 1)) })
            optionalErrors.record(Promise.resolve(nil))
            results.record(Promise.resolve(1).then { _ in Result<Int, Sentinel>.failure(Sentinel(id: 2)) })
        }
        #expect(code == 0)
        #expect(errors.isFulfilled(with: Sentinel(id: 1)))
        #expect(optionalErrors.isFulfilled(with: nil))
        #expect(results.isFulfilled(with: .failure(Sentinel(id: 2))))
    }
}
