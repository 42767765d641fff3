// In every callback: synchronous code, then nextTicks, then promise jobs; the due timer comes
// before the immediate, each followed by its own ticks and jobs.
setImmediate(() => {
  console.log('immediate');
  Promise.resolve().then(() => console.log('immediate: promise'));
  process.nextTick(() => console.log('immediate: tick'));
});
setTimeout(() => {
  console.log('timer');
  Promise.resolve().then(() => console.log('timer: promise'));
  process.nextTick(() => console.log('timer: tick'));
}, 1);
Promise.resolve().then(() => console.log('main: promise'));
process.nextTick(() => console.log('main: tick'));
console.log('main');
// Busy-wait so that the 1 ms timer is due when the first timers phase runs.
const start = performance.now();
while (performance.now() - start < 5) {}
