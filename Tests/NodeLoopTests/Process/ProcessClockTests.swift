import Testing
import NodeLoop

@Suite struct ProcessClockTests {
    @Test func hrtimeIsMonotonicAndDiffsAgainstAnEarlierReading() {
        let start = process.hrtime()
        let startNanoseconds = process.hrtime.bigint()
        var spin = 0
        for value in 0..<100_000 { spin &+= value }
        #expect(spin > 0)
        let elapsed = process.hrtime(start)
        #expect(elapsed.count == 2)
        #expect(elapsed[0] >= 0 && (0..<1_000_000_000).contains(elapsed[1]))
        #expect(elapsed[0] > 0 || elapsed[1] > 0)
        #expect(process.hrtime.bigint() > startNanoseconds)
    }

    @Test func performanceNowAdvancesInMilliseconds() {
        let start = performance.now()
        let hrStart = process.hrtime.bigint()
        while process.hrtime.bigint() - hrStart < 2_000_000 {}
        #expect(performance.now() - start >= 2)
    }
}
