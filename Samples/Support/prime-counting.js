// The CPU-bound job the JS twins of the samples share, as Samples/Support/PrimeCounting.swift
// is for their Swift halves: the primes in [lower, upper) by trial division, slow on purpose.
function countPrimes(lower, upper) {
  let count = 0;
  for (let candidate = Math.max(lower, 2); candidate < upper; candidate++) {
    let isPrime = true;
    for (let divisor = 2; divisor * divisor <= candidate; divisor++) {
      if (candidate % divisor === 0) { isPrime = false; break; }
    }
    if (isPrime) count++;
  }
  return count;
}

module.exports = { countPrimes };
