// Channel messages arrive in order, each its own macrotask with microtasks drained after it, in the poll phase: after the promise, before setImmediate.
const { MessageChannel } = require('worker_threads');
const { port1, port2 } = new MessageChannel();
port2.on('message', (message) => {
  console.log('port2 got', message);
  Promise.resolve().then(() => console.log('microtask after', message));
  if (message === 3) port2.postMessage('done');
});
port1.on('message', (message) => {
  console.log('port1 got', message);
  port1.close();
});
setImmediate(() => console.log('immediate'));
Promise.resolve().then(() => console.log('promise'));
for (const n of [1, 2, 3]) port1.postMessage(n);
