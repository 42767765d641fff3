// The JS twin of Samples/WorkerPoolQueue: 40 prime-counting jobs through a tiny hand-written pool
// of 4 worker_threads (FIFO queue, one job per worker at a time). Run by hand: node
// worker-pool-queue.js. The finishing order and timings differ from the Swift sample; the counts
// must not.
const { Worker, isMainThread, parentPort } = require('node:worker_threads');
const { performance } = require('node:perf_hooks');

const { countPrimes } = require('../../Support/prime-counting.js');

if (!isMainThread) {
  parentPort.on('message', ({ id, limit }) => parentPort.postMessage({ id, result: countPrimes(0, limit) }));
} else {
  // The pool: idle workers, a FIFO queue of waiting tasks, and the figures WorkerPool reports.
  class TinyPool {
    constructor(threads) {
      this.threads = threads;
      this.idle = [];
      this.queue = [];
      this.tasks = new Map();
      this.nextId = 0;
      this.completed = 0;
      this.totalWait = 0;
      this.running = 0;
      this.workers = [];
      for (let i = 0; i < threads; i++) {
        const worker = new Worker(__filename);
        worker.on('message', ({ id, result }) => {
          const task = this.tasks.get(id);
          this.tasks.delete(id);
          this.running--;
          this.completed++;
          this.totalWait += task.startedAt - task.queuedAt;
          this.idle.push(worker);
          worker.unref();
          task.resolve(result);
          this.dispatch();
        });
        worker.unref();
        this.workers.push(worker);
        this.idle.push(worker);
      }
    }
    run(limit) {
      return new Promise((resolve) => {
        this.queue.push({ id: ++this.nextId, limit, resolve, queuedAt: performance.now() });
        this.dispatch();
      });
    }
    dispatch() {
      while (this.queue.length > 0 && this.idle.length > 0) {
        const task = this.queue.shift();
        const worker = this.idle.shift();
        task.startedAt = performance.now();
        this.tasks.set(task.id, task);
        this.running++;
        worker.ref();
        worker.postMessage({ id: task.id, limit: task.limit });
      }
    }
    get queued() { return this.queue.length; }
    get meanWait() { return this.completed === 0 ? 0 : this.totalWait / this.completed; }
    close() { return Promise.all(this.workers.map((worker) => worker.terminate())); }
  }

  const jobCount = 40;
  const limitOfJob = (job) => 20_000 + (job * 7_919 % 13) * 30_000;
  const pool = new TinyPool(4);
  console.log(`${jobCount} jobs through a pool of ${pool.threads} workers.`);
  const start = performance.now();
  let done = 0;
  const jobs = Array.from({ length: jobCount }, (_, job) => pool.run(limitOfJob(job)).then((count) => {
    done++;
    console.log(`${done}/${jobCount} done: job ${job} found ${count} primes below ${limitOfJob(job)}`);
    return count;
  }));
  Promise.all(jobs).then((counts) => {
    const elapsed = Math.round(performance.now() - start);
    console.log(`All ${jobCount} jobs: ${counts.reduce((a, b) => a + b, 0)} primes in total, in ${elapsed} ms.`);
    console.log(`Pool: completed ${pool.completed}, queued ${pool.queued}, running ${pool.running}, threads ${pool.threads}, mean wait ${Math.round(pool.meanWait)} ms.`);
    pool.close().then(() => console.log('Pool closed.'));
  });
}
