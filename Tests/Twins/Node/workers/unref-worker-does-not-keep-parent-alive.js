// A running worker keeps its parent alive until it exits; after unref() it does not, and the
// parent's run ends (exit 0) while the worker still runs.
const { Worker, isMainThread, parentPort } = require('worker_threads');
if (isMainThread) {
  const worker = new Worker(__filename);
  worker.on('message', (message) => {
    console.log('message', message);
    worker.unref();
  });
  process.on('exit', (code) => console.log('parent exit', code));
} else {
  setInterval(() => {}, 1000);
  parentPort.postMessage('running');
}
