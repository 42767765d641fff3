// Chapter 3: inside an I/O callback the order is fixed: synchronous code, nextTick, promise
// jobs, then the check phase (setImmediate), and only on the next iteration the timers.
const fs = require('fs');
fs.stat('.', () => {
  setTimeout(() => console.log('setTimeout 0'), 0);
  setImmediate(() => console.log('setImmediate'));
  queueMicrotask(() => console.log('microtask (promise job)'));
  process.nextTick(() => console.log('process.nextTick'));
  console.log('synchronous, inside the I/O callback');
});
