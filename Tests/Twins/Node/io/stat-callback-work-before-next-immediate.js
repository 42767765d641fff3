// Ticks and microtasks queued in an fs.stat callback run right after it, before the immediate
// it queued.
const fs = require('fs');
fs.stat('.', () => {
  setImmediate(() => console.log('immediate from callback'));
  queueMicrotask(() => console.log('microtask from callback'));
  process.nextTick(() => console.log('tick from callback'));
  console.log('stat callback');
});
