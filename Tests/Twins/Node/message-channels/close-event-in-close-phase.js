// A port emits 'close' in the loop's close phase: after the ticks, microtasks and immediates
// queued with close(); the other end hears of it from there and closes one iteration later.
const { MessageChannel } = require('worker_threads');
const { port1, port2 } = new MessageChannel();
port1.on('close', () => {
  console.log('port1 close');
  process.nextTick(() => console.log('tick after port1 close'));
});
port2.on('close', () => console.log('port2 close'));
port1.close();
setImmediate(() => {
  console.log('immediate');
  setImmediate(() => console.log('second immediate'));
});
process.nextTick(() => console.log('tick'));
Promise.resolve().then(() => console.log('microtask'));
