// terminate() stops a worker that would run forever: exit comes with code 1, the worker's own
// exit listeners do not run, and the promise terminate returned is fulfilled with 1.
const { Worker, isMainThread, parentPort } = require('worker_threads');
if (isMainThread) {
  const worker = new Worker(__filename);
  worker.on('message', (message) => {
    console.log('message', message);
    worker.terminate().then((code) => console.log('terminate fulfilled', code));
  });
  worker.on('exit', (code) => console.log('exit', code));
} else {
  process.on('exit', () => parentPort.postMessage('worker exit listener'));
  setInterval(() => {}, 1000);
  parentPort.postMessage('ready');
}
