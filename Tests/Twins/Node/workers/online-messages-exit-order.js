// The parent sees online, then the worker's messages in the order posted (including one posted
// from the worker's exit listener), then exit with code 0; workerData reaches the worker and
// threadId counts from 1 while the main thread is 0.
const { Worker, isMainThread, parentPort, workerData, threadId } = require('worker_threads');
if (isMainThread) {
  const worker = new Worker(__filename, { workerData: 40 });
  worker.on('online', () => console.log('online'));
  worker.on('message', (message) => console.log('message', message));
  worker.on('exit', (code) => console.log('exit', code));
  console.log('main', threadId, isMainThread, worker.threadId);
} else {
  parentPort.postMessage(workerData + 1);
  parentPort.postMessage(workerData + 2);
  parentPort.postMessage(['worker', threadId, isMainThread]);
  process.on('exit', (code) => parentPort.postMessage('worker exit listener ' + code));
}
