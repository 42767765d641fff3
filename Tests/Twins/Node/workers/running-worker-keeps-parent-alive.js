// A running worker keeps its parent's run alive even when the parent has nothing else to do:
// the parent's beforeExit and exit come only after the worker's exit.
const { Worker, isMainThread, parentPort } = require('worker_threads');
if (isMainThread) {
  const worker = new Worker(__filename);
  worker.on('message', (message) => console.log('message', message));
  worker.on('exit', (code) => console.log('worker exit', code));
  process.on('beforeExit', () => console.log('parent beforeExit'));
  process.on('exit', (code) => console.log('parent exit', code));
} else {
  setTimeout(() => parentPort.postMessage('done after 50 ms'), 50);
}
