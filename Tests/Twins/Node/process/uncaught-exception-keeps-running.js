// With an uncaughtException listener the run goes on after a throw: the next timer of the same
// list runs before the ticks and microtasks the throwing callback queued.
process.on('uncaughtException', (error, origin) => {
  console.log('caught', error.message, origin);
  process.nextTick(() => console.log('tick from handler'));
});
setTimeout(() => {
  process.nextTick(() => console.log('tick'));
  queueMicrotask(() => console.log('microtask'));
  throw new Error('boom');
}, 1);
setTimeout(() => console.log('second timer'), 1);
setTimeout(() => console.log('third timer'), 1);
// Busy-wait so that both 1 ms timers are due when the first timers phase runs.
const start = performance.now();
while (performance.now() - start < 5) {}
