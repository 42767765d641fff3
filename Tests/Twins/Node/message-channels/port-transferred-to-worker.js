// A port passed to a worker in workerData (with a transfer list) works there, and messages posted before the worker listens wait for it.
const { Worker, MessageChannel, isMainThread, workerData } = require('worker_threads');
if (isMainThread) {
  const { port1, port2 } = new MessageChannel();
  port1.postMessage(1);
  port1.postMessage(2);
  port1.on('message', (message) => {
    console.log('parent got', message);
    if (message === 20) port1.close();
  });
  const worker = new Worker(__filename, { workerData: port2, transferList: [port2] });
  worker.on('exit', (code) => console.log('exit', code));
} else {
  const port = workerData;
  port.on('message', (n) => port.postMessage(n * 10));
}
