// Messages go both ways in order: the parent's messages wait until the worker listens, the
// worker answers each, and closing its port lets the worker's loop end (exit 0).
const { Worker, isMainThread, parentPort } = require('worker_threads');
if (isMainThread) {
  const worker = new Worker(__filename);
  for (const n of [1, 2, 3]) worker.postMessage(n);
  worker.postMessage('done');
  worker.on('message', (message) => console.log('parent got', message));
  worker.on('exit', (code) => console.log('exit', code));
} else {
  parentPort.on('message', (message) => {
    if (message === 'done') {
      parentPort.postMessage('bye');
      parentPort.close();
    } else {
      parentPort.postMessage(message * 10);
    }
  });
}
