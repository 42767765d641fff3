// An fs.readdir callback is one libuv request: it runs in the poll phase after the script's ticks and microtasks, its own ticks and microtasks run right after it, and the immediate it queues runs before its timeout.
const fs = require('fs');
fs.readdir('.', (error, names) => {
  console.log('readdir callback', names.includes('Package.swift'));
  setTimeout(() => console.log('timeout from callback'), 0);
  setImmediate(() => console.log('immediate from callback'));
  process.nextTick(() => console.log('tick from callback'));
  queueMicrotask(() => console.log('microtask from callback'));
});
queueMicrotask(() => console.log('microtask'));
process.nextTick(() => console.log('nextTick'));
console.log('script end');
