// A nextTick callback that throws goes to uncaughtException and cuts the drain short: the ticks
// and microtasks still queued run only after the loop's next callback (here the next timer).
process.on('uncaughtException', (error, origin) => console.log('caught', error.message, origin));
setTimeout(() => {
  console.log('first timer');
  process.nextTick(() => console.log('tick 1'));
  process.nextTick(() => {
    console.log('tick 2');
    throw new Error('boom');
  });
  process.nextTick(() => console.log('tick 3'));
  queueMicrotask(() => console.log('microtask'));
}, 1);
setTimeout(() => console.log('second timer'), 1);
// Busy-wait so that both 1 ms timers are due when the first timers phase runs.
const start = performance.now();
while (performance.now() - start < 5) {}
