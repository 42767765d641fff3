// Synchronous code runs to the end before any queued callback, whatever queue it is in.
console.log('script start');
setTimeout(() => console.log('timeout'), 0);
queueMicrotask(() => console.log('microtask'));
process.nextTick(() => console.log('nextTick'));
for (let i = 1; i <= 3; i++) console.log('sync step', i);
console.log('script end');
