// A queueMicrotask callback that throws goes to uncaughtException (origin "uncaughtException")
// at once, and the microtasks queued after it still run in the same drain.
process.on('uncaughtException', (error, origin) => console.log('caught', error.message, origin));
setTimeout(() => console.log('timeout'), 0);
queueMicrotask(() => console.log('microtask 1'));
queueMicrotask(() => {
  console.log('microtask 2');
  throw new Error('boom');
});
queueMicrotask(() => console.log('microtask 3'));
