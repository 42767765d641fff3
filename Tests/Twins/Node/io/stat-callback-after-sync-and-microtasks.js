// An fs.stat callback comes from the poll phase, so it runs after all synchronous code and after
// the ticks and microtasks the script queued.
const fs = require('fs');
fs.stat('.', (error, stats) => console.log('stat callback', stats.isDirectory()));
queueMicrotask(() => console.log('microtask'));
process.nextTick(() => console.log('nextTick'));
console.log('script end');
