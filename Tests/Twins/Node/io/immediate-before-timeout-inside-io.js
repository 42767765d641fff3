// Inside an I/O callback, setImmediate always runs before setTimeout(0): the check phase comes
// right after poll, the timers phase only on the next iteration.
const fs = require('fs');
fs.stat('.', () => {
  setTimeout(() => console.log('timeout'), 0);
  setImmediate(() => console.log('immediate'));
  process.nextTick(() => console.log('nextTick'));
  console.log('stat callback');
});
