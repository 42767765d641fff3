// The JS twin of Samples/WorkerSplit: the primes below a limit counted on one thread, then split
// among N workers. Run by hand: node worker-split.js [workers] [limit]. Timings differ from the
// Swift sample; the counts must not.
const { Worker, isMainThread, parentPort, workerData } = require('node:worker_threads');
const { performance } = require('node:perf_hooks');

const { countPrimes } = require('../../Support/prime-counting.js');

if (!isMainThread) {
  parentPort.postMessage(countPrimes(workerData[0], workerData[1]));
} else {
  const workerCount = Math.max(1, Number.parseInt(process.argv[2], 10) || 4);
  const limit = Math.max(2, Number.parseInt(process.argv[3], 10) || 5_000_000);
  console.log(`Counting the primes below ${limit}: on one thread, then split among ${workerCount} workers.`);

  const singleStart = performance.now();
  const single = countPrimes(0, limit);
  const singleTime = Math.round(performance.now() - singleStart);
  console.log(`One thread: ${single} primes in ${singleTime} ms`);

  const splitStart = performance.now();
  const partials = new Array(workerCount).fill(0);
  let running = workerCount;
  for (let index = 0; index < workerCount; index++) {
    const bounds = [Math.floor(limit * index / workerCount), Math.floor(limit * (index + 1) / workerCount)];
    const worker = new Worker(__filename, { workerData: bounds });
    worker.on('message', (count) => { partials[index] = count; });
    worker.on('exit', () => {
      running--;
      if (running !== 0) return;
      const total = partials.reduce((a, b) => a + b, 0);
      const splitTime = Math.round(performance.now() - splitStart);
      console.log(`${workerCount} workers: ${total} primes in ${splitTime} ms (slices: ${partials.join(', ')})`);
      console.log(total === single ? 'Both totals agree.' : 'The totals differ!');
      if (splitTime > 0) console.log(`Speed-up: ${Math.round(singleTime / splitTime * 10) / 10}x`);
    });
  }
}
