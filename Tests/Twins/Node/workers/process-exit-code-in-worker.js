// process.exit(7) inside a worker ends only that worker: its exit listeners run, the parent
// gets exit 7 and carries on.
const { Worker, isMainThread, parentPort } = require('worker_threads');
if (isMainThread) {
  const worker = new Worker(__filename);
  worker.on('message', (message) => console.log('message', message));
  worker.on('exit', (code) => {
    console.log('exit', code);
    setTimeout(() => console.log('parent still running'), 10);
  });
} else {
  process.on('exit', (code) => parentPort.postMessage('worker exit listener ' + code));
  parentPort.postMessage('before exit');
  process.exit(7);
}
