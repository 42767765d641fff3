/// The CPU-bound job the samples share: counts the primes in `range` by trial division, slow on
/// purpose, so that its cost grows steadily with the range and the samples can compare where it
/// runs (the loop, the thread pool, workers).
public func countPrimes(in range: Range<Int>) -> Int {
    var count = 0
    for candidate in range where candidate >= 2 {
        var divisor = 2
        var isPrime = true
        while divisor * divisor <= candidate {
            if candidate % divisor == 0 {
                isPrime = false
                break
            }
            divisor += 1
        }
        if isPrime { count += 1 }
    }
    return count
}
