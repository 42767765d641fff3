// Four workers adding to one shared Int32 cell with Atomics.add reach the exact total.
const { Worker, isMainThread, workerData } = require('worker_threads');
if (isMainThread) {
  const counter = new Int32Array(new SharedArrayBuffer(4));
  let exited = 0;
  for (let i = 0; i < 4; i++) {
    new Worker(__filename, { workerData: counter }).on('exit', () => {
      exited += 1;
      if (exited === 4) console.log('total', Atomics.load(counter, 0));
    });
  }
} else {
  for (let i = 0; i < 10000; i++) Atomics.add(workerData, 0, 1);
}
