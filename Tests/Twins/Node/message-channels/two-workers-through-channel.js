// Two workers talk directly through a channel the parent created: one sends numbers, the other sums them and reports to the parent.
const { Worker, MessageChannel, isMainThread, workerData, parentPort } = require('worker_threads');
if (isMainThread) {
  const { port1, port2 } = new MessageChannel();
  new Worker(__filename, { workerData: { role: 'sender', port: port1 }, transferList: [port1] });
  const summer = new Worker(__filename, { workerData: { role: 'summer', port: port2 }, transferList: [port2] });
  summer.on('message', (message) => console.log('sum', message));
} else if (workerData.role === 'sender') {
  for (let n = 1; n <= 100; n++) workerData.port.postMessage(n);
  workerData.port.postMessage('done');
} else {
  let sum = 0;
  workerData.port.on('message', (message) => {
    if (message === 'done') {
      parentPort.postMessage(sum);
      workerData.port.close();
    } else {
      sum += message;
    }
  });
}
