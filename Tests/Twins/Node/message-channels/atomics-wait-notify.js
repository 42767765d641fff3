// Atomics.wait in a worker blocks until the main thread's Atomics.notify wakes it ("ok"); notify returns how many it woke.
const { Worker, isMainThread, workerData, parentPort } = require('worker_threads');
if (isMainThread) {
  const cells = new Int32Array(new SharedArrayBuffer(4));
  const worker = new Worker(__filename, { workerData: cells });
  worker.on('message', (message) => console.log('worker:', message));
  const poke = () => {
    const woken = Atomics.notify(cells, 0, 1);
    if (woken === 0) setTimeout(poke, 1);
    else console.log('notified', woken);
  };
  poke();
} else {
  parentPort.postMessage(Atomics.wait(workerData, 0, 0, 10000));
}
